import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

/** Issue 11: the unit's signed văn bản trả lời (PDF) with the answer; the citizen opens it; public only if the leader says so. */
const PASSWORD = 'demo-cchc-2026';
const DESK = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
const realErrors = (errors: string[]) => errors.filter((e) => !/status of (401|403|404|415)/.test(e));
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function login(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/console`);
  await page.getByLabel('Tên đăng nhập').waitFor();
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('officer-name').waitFor();
}

async function apiLogin(url: string, username: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/v1/console/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const me = (await (await fetch(`${url}/api/v1/console/me`, { headers: { cookie } })).json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' };
}

describe('a signed answer document', () => {
  const product = productInBrowser();

  it('an officer attaches the signed PDF; the citizen opens it; it is public only when the leader publishes it', { timeout: 150_000 }, async () => {
    const url = product.url;
    const topics = (await (await fetch(`${url}/api/v1/units/binh-giang/feedback/topics`)).json()) as { items: { id: number }[] };
    const sent = await fetch(`${url}/api/v1/units/binh-giang/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), 'x-device-id': randomUUID() },
      body: JSON.stringify({ kind: 'kien_nghi', topicId: topics.items[0]!.id, content: `Đề nghị lắp thêm biển báo giao thông tại ngã ba chợ (${randomUUID().slice(0, 6)}).`, contact: { name: 'Trịnh Văn Đức', phone: '0914 555 666', address: 'Thôn Nam' } }),
    });
    const { code, accessKey } = (await sent.json()) as { code: string; accessKey: string };
    const desk = await apiLogin(url, 'canbo.binh-giang');
    await fetch(`${url}/api/v1/console/feedback/${code}/actions`, { method: 'POST', headers: desk, body: JSON.stringify({ action: 'accept', field: 'Giao thông', severity: 'binh_thuong' }) });

    // ---- The officer attaches the document (a PDF only, checked by its bytes) and submits the answer ----
    const officer = await product.browser.newPage(DESK);
    const errors = collectPageErrors(officer);
    await login(officer, url, 'canbo.binh-giang');
    await officer.goto(`${url}/console/feedback/${code}`);
    const picker = officer.getByTestId('answer-document');
    await picker.waitFor();
    await picker.locator('input[type=file]').setInputFiles({ name: 'van-ban.pdf', mimeType: 'application/pdf', buffer: Buffer.from('không phải PDF') });
    await picker.getByRole('button', { name: 'Đính kèm văn bản' }).click();
    await officer.getByText('Văn bản trả lời phải là tệp PDF').waitFor();
    await picker.locator('input[type=file]').setInputFiles({ name: 'CV-215-tra-loi.pdf', mimeType: 'application/pdf', buffer: PDF });
    await picker.getByRole('button', { name: 'Đính kèm văn bản' }).click();
    await officer.getByText('Đã đính kèm văn bản trả lời.').waitFor();
    await officer.getByRole('link', { name: /CV-215-tra-loi\.pdf/ }).waitFor();
    await officer.getByLabel('Dự thảo câu trả lời').fill('UBND xã đã đề nghị lắp biển báo tại ngã ba chợ; chi tiết trong văn bản đính kèm.');
    await officer.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).click();
    await officer.getByText('Đã trình lãnh đạo duyệt.').waitFor();
    expect(realErrors(errors)).toEqual([]);

    // ---- The leader approves and publishes the answer, but not the document ----
    const leader = await product.browser.newPage(DESK);
    await login(leader, url, 'lanhdao.binh-giang');
    await leader.goto(`${url}/console/feedback/${code}`);
    await leader.getByRole('button', { name: 'Duyệt trả lời' }).click();
    await leader.getByRole('checkbox', { name: 'Công khai câu trả lời' }).check();
    const publishDocument = leader.getByRole('checkbox', { name: 'Công khai văn bản trả lời (PDF)' });
    expect(await publishDocument.isChecked()).toBe(false);
    await leader.getByRole('button', { name: 'Duyệt và gửi trả lời' }).click();
    await leader.getByText('Đã duyệt và gửi câu trả lời.').waitFor();
    const published = async () => ((await (await fetch(`${url}/api/v1/units/binh-giang/feedback/published?limit=100`)).json()) as { items: { code: string; answerDocumentUrl: string | null }[] }).items.find((i) => i.code === code);
    expect((await published())?.answerDocumentUrl).toBeNull();
    expect((await fetch(`${url}/api/v1/public/feedback/${code}/answer-document`)).status).toBe(404);

    // ---- The citizen opens it from the Mini App's PAKN page ----
    const citizen = await product.browser.newPage();
    await citizen.goto(`${url}/feedback/lookup`);
    await citizen.getByLabel('Mã phản ánh').fill(code);
    await citizen.getByLabel('Khóa tra cứu').fill(accessKey);
    await citizen.getByRole('button', { name: 'Tra cứu' }).click();
    const link = citizen.getByTestId('feedback-answer').getByRole('link', { name: /Văn bản trả lời/ });
    await link.waitFor();
    const pdf = await fetch(new URL((await link.getAttribute('href'))!, url));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer())).toEqual(PDF);

    // ---- The leader publishes the document too: now it is on the published answer ----
    await leader.reload();
    await leader.getByRole('button', { name: /Công khai/ }).first().click();
    await leader.getByRole('checkbox', { name: 'Công khai văn bản trả lời (PDF)' }).check();
    await leader.getByRole('button', { name: 'Lưu công khai' }).click();
    await leader.getByText('Đã cập nhật công khai.').waitFor();
    expect((await published())?.answerDocumentUrl).toBe(`/api/v1/public/feedback/${code}/answer-document`);
    expect((await fetch(`${url}/api/v1/public/feedback/${code}/answer-document`)).status).toBe(200);
  });
});
