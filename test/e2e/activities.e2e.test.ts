import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

/*
 * "Hoạt động tuyên truyền" against the real product with its demo data (Bình Giang's 2026 plan, seed 004):
 * an office's monthly batch for November 2026 (sent twice: the second replaces the first), and one
 * activity with a small PDF as evidence; the month's list shows them with dd/mm/yyyy dates. Then a stale
 * edit (someone else saved first) is told in words and reloads.
 */

const PASSWORD = 'demo-cchc-2026';
const DESKTOP = { viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
// The 409 is the stale save this test provokes on purpose.
const realErrors = (errors: string[]) => errors.filter((e) => !/status of (401|403|409|429)/.test(e));
const OFFICE = 'Đoàn Thanh niên xã (kiểm thử)';
const RADIO = 'Tin phát trên loa tháng 11 (kiểm thử)';
const MEETING = 'Lồng ghép họp thôn tháng 11 (kiểm thử)';
const SUPPORT = 'Hỗ trợ người dân nộp hồ sơ trực tuyến (kiểm thử)';

/** The smallest well-formed PDF: one empty page. */
function tinyPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

async function login(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/console`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('officer-name').waitFor();
}

const rowOf = (page: Page, title: string) => page.getByTestId('activity-row').filter({ hasText: title });

describe('the Hoạt động tuyên truyền page in the browser', () => {
  const product = productInBrowser();

  it("Bình Giang's officer logs November 2026's batch of an office and one activity with a PDF, and reads them in the month's list", { timeout: 120_000 }, async () => {
    const page = await product.browser.newPage(DESKTOP);
    const errors = collectPageErrors(page);
    await login(page, product.url, 'canbo.binh-giang');
    await page.getByRole('navigation', { name: 'Mục chính' }).getByRole('link', { name: 'Hoạt động' }).click();
    await page.getByRole('heading', { name: 'Hoạt động tuyên truyền' }).waitFor();

    await page.getByLabel('Tháng', { exact: true }).selectOption('11');
    await page.getByLabel('Năm', { exact: true }).selectOption('2026');
    await page.getByRole('heading', { name: 'Hoạt động tháng 11/2026' }).waitFor();
    expect(page.url()).toContain('month=2026-11');

    // The office's batch: two rows.
    await page.getByRole('button', { name: 'Báo cáo tháng của cơ quan' }).click();
    const batch = page.getByRole('form', { name: 'Báo cáo tháng của cơ quan' });
    await batch.getByLabel('Cơ quan, đơn vị báo cáo').fill(OFFICE);
    await batch.getByLabel('Kênh (dòng 1)').selectOption('dai_truyen_thanh');
    await batch.getByLabel('Loại (dòng 1)').selectOption('tin_bai');
    await batch.getByLabel('Số lượng (dòng 1)').fill('12');
    await batch.getByLabel('Ghi chú (dòng 1)').fill(RADIO);
    await batch.getByRole('button', { name: 'Thêm dòng' }).click();
    await batch.getByLabel('Kênh (dòng 2)').selectOption('hoi_nghi');
    await batch.getByLabel('Loại (dòng 2)').selectOption('hoi_nghi');
    await batch.getByLabel('Số lượng (dòng 2)').fill('2');
    await batch.getByLabel('Người tham dự (dòng 2)').fill('150');
    await batch.getByLabel('Ghi chú (dòng 2)').fill(MEETING);
    await batch.getByRole('button', { name: 'Gửi báo cáo tháng' }).click();
    await page.getByRole('status').filter({ hasText: `Đã lưu báo cáo tháng 11/2026 của ${OFFICE}: 2 dòng, tính vào ngày 30/11/2026.` }).waitFor();
    await rowOf(page, MEETING).waitFor();

    // Sent again, prefilled from what the office sent: it replaces, it does not add.
    await page.getByRole('button', { name: 'Báo cáo tháng của cơ quan' }).click();
    await batch.getByRole('button', { name: `${OFFICE} (2 dòng)` }).click();
    expect(await batch.getByLabel('Số lượng (dòng 1)').inputValue()).toBe('12');
    await batch.getByLabel('Số lượng (dòng 1)').fill('13');
    await batch.getByRole('button', { name: 'Gửi báo cáo tháng' }).click();
    await page.getByRole('status').filter({ hasText: `của ${OFFICE}: 2 dòng` }).waitFor();
    await rowOf(page, RADIO).filter({ hasText: '13 tin, bài' }).waitFor();
    expect(await rowOf(page, RADIO).count()).toBe(1);
    expect(await rowOf(page, MEETING).count()).toBe(1);

    // One activity with a small PDF as evidence.
    await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
    const form = page.getByRole('form', { name: 'Ghi hoạt động mới' });
    await form.getByLabel('Ngày thực hiện').fill('20/11/2026');
    await form.getByLabel('Kênh').selectOption('truc_tiep');
    await form.getByLabel('Loại').selectOption('ho_tro');
    await form.getByLabel('Nội dung').fill(SUPPORT);
    await form.getByLabel('Số lượng').fill('3');
    await form.getByLabel('Số người tham dự').fill('45');
    await form.getByLabel('Cơ quan thực hiện').fill('Bộ phận Một cửa xã');
    await form.getByLabel('Tệp minh chứng').setInputFiles({ name: 'minh-chung.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
    await form.getByRole('button', { name: 'Ghi hoạt động' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã ghi hoạt động và đính kèm tệp minh chứng.' }).waitFor();

    const support = rowOf(page, SUPPORT);
    await support.waitFor();
    const cells = await support.locator('td').allInnerTexts();
    expect(cells[0]).toBe('20/11/2026');
    expect(cells.join(' | ')).toMatch(/3 buổi/);
    const file = support.getByRole('link', { name: /Tệp: minh-chung\.pdf/ });
    const download = await page.request.get(new URL((await file.getAttribute('href'))!, product.url).toString());
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');

    // The batch's rows count on the month's last day, and every date in the list reads dd/mm/yyyy.
    expect((await rowOf(page, RADIO).locator('td').first().innerText()).trim()).toBe('30/11/2026');
    expect(await rowOf(page, RADIO).innerText()).toMatch(/Báo cáo tháng/);
    const days = await page.getByTestId('activity-row').evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent ?? ''));
    expect(days.length).toBeGreaterThanOrEqual(3);
    for (const day of days) expect(day).toMatch(/^\d{2}\/11\/2026$/);

    // Editing while someone else saved the same entry: the stale save says so in words and offers to reload.
    await support.getByRole('button', { name: `Sửa: ${SUPPORT}` }).click();
    const edit = page.getByRole('form', { name: 'Sửa hoạt động' });
    await edit.getByLabel('Số người tham dự').fill('50');
    const api = `${product.url}/api/v1/console/units/binh-giang/activities`;
    const { csrfToken } = (await (await page.request.get(`${product.url}/api/v1/console/me`)).json()) as { csrfToken: string };
    const listed = (await (await page.request.get(`${api}?period=2026-11&limit=200`)).json()) as { items: { id: number; title: string; version: number; [k: string]: unknown }[] };
    const mine = listed.items.find((a) => a.title === SUPPORT)!;
    const other = await page.request.put(`${api}/${mine.id}`, {
      headers: { 'X-CSRF-Token': csrfToken },
      data: { day: '2026-11-20', channel: 'truc_tiep', kind: 'ho_tro', title: SUPPORT, count: 4, attendees: 45, office: 'Bộ phận Một cửa xã', version: mine.version },
    });
    expect(other.status()).toBe(200);
    await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await edit.getByRole('alert').filter({ hasText: 'Người khác vừa lưu thay đổi' }).waitFor();
    await edit.getByRole('button', { name: 'Tải lại' }).click();
    await expect.poll(() => edit.getByLabel('Số lượng').inputValue()).toBe('4');
    await edit.getByLabel('Số người tham dự').fill('50');
    await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu thay đổi.' }).waitFor();
    await support.filter({ hasText: '4 buổi' }).filter({ hasText: '50' }).waitFor();

    expect(realErrors(errors)).toEqual([]);
  });
});
