import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

/*
 * The "Báo cáo" page against the real product with its demo data: Kinh Môn's 2025 plan and activity
 * (seed 001) give the year-end report; the officer writes its "tồn tại, hạn chế" and downloads it as Word.
 */

const PASSWORD = 'demo-cchc-2026';
const DESKTOP = { viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
const realErrors = (errors: string[]) => errors.filter((e) => !/status of (401|403|429)/.test(e));

async function login(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/console`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('officer-name').waitFor();
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Mục chính' });

describe('the Báo cáo page in the browser', () => {
  const product = productInBrowser();

  it("Kinh Môn's officer opens the 2025 report, writes its shortcomings, saves, reloads, and downloads the Word file", { timeout: 120_000 }, async () => {
    const page = await product.browser.newPage({ ...DESKTOP, acceptDownloads: true });
    const errors = collectPageErrors(page);
    await login(page, product.url, 'canbo.kinh-mon');
    await nav(page).getByRole('link', { name: 'Báo cáo' }).click();
    await page.getByRole('heading', { name: 'Báo cáo định kỳ', exact: true }).waitFor();

    // The year 2025 through the picker.
    await page.getByLabel('Loại báo cáo', { exact: true }).selectOption('year');
    await page.getByLabel('Năm', { exact: true }).selectOption('2025');
    await page.getByRole('heading', { name: /Kinh Môn — báo cáo năm 2025/ }).waitFor();
    expect(page.url()).toContain('period=2025');

    // Seed 001's counts, in the report's own words.
    const report = page.getByTestId('report-view');
    await expect.poll(() => report.innerText()).toContain('60 tin, bài');
    expect(await report.innerText()).toContain('09 buổi, thu hút 550 lượt người tham dự');
    expect(await page.getByTestId('report-target').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('report-target-summary').innerText()).toMatch(/Đạt: \d+ · Chưa đạt: \d+/);

    // Write the shortcomings and save.
    const words = `Một số thôn chưa tổ chức đủ buổi tuyên truyền (${Date.now()}).`;
    const field = page.getByRole('textbox', { name: 'IV. Tồn tại, hạn chế' });
    await field.fill(words);
    await page.getByRole('button', { name: 'Lưu phần lời' }).click();
    await page.getByText('Đã lưu phần lời của báo cáo.').waitFor();
    await expect.poll(() => page.getByTestId('report-shortcomings').innerText()).toContain(words);

    // After a reload of the whole page both the editor and the report carry it.
    await page.reload();
    await page.getByRole('heading', { name: /Kinh Môn — báo cáo năm 2025/ }).waitFor();
    await expect.poll(() => page.getByRole('textbox', { name: 'IV. Tồn tại, hạn chế' }).inputValue()).toBe(words);
    expect(await page.getByTestId('report-shortcomings').innerText()).toContain(words);

    // The Word file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải bản Word (.docx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(1000);

    expect(realErrors(errors)).toEqual([]);
  });
  it('a save over someone else’s newer save is refused in words, and reloading shows their text', { timeout: 120_000 }, async () => {
    const open = async () => {
      const page = await product.browser.newPage(DESKTOP);
      await login(page, product.url, 'canbo.kinh-mon');
      await page.goto(`${product.url}/console/reports?period=2025-H2`);
      await page.getByRole('heading', { name: /Kinh Môn — báo cáo 6 tháng cuối năm 2025/ }).waitFor();
      await page.getByRole('textbox', { name: 'V. Phương hướng, nhiệm vụ' }).waitFor();
      return page;
    };
    const first = await open();
    const second = await open();
    const errors = collectPageErrors(second);

    await first.getByRole('textbox', { name: 'V. Phương hướng, nhiệm vụ' }).fill('Bản của người thứ nhất.');
    await first.getByRole('button', { name: 'Lưu phần lời' }).click();
    await first.getByText('Đã lưu phần lời của báo cáo.').waitFor();

    // The second officer still holds the version read before: the server answers 409.
    await second.getByRole('textbox', { name: 'V. Phương hướng, nhiệm vụ' }).fill('Bản của người thứ hai.');
    await second.getByRole('button', { name: 'Lưu phần lời' }).click();
    await second.getByText(/Người khác vừa lưu phần lời của báo cáo này/).waitFor();
    await second.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
    await expect.poll(() => second.getByRole('textbox', { name: 'V. Phương hướng, nhiệm vụ' }).inputValue()).toBe('Bản của người thứ nhất.');

    // Saved again on the fresh version, it goes through.
    await second.getByRole('textbox', { name: 'V. Phương hướng, nhiệm vụ' }).fill('Bản của người thứ hai.');
    await second.getByRole('button', { name: 'Lưu phần lời' }).click();
    await second.getByText('Đã lưu phần lời của báo cáo.').waitFor();
    await second.screenshot({ path: '/tmp/pr-reports.png', fullPage: true });
    expect(realErrors(errors).filter((e) => !/status of 409/.test(e))).toEqual([]);
  });
  it('the city administrator sets when reports are due; a newer save elsewhere is refused in words; a commune sees the rule read-only', { timeout: 120_000 }, async () => {
    const open = async (username: string) => {
      const page = await product.browser.newPage(DESKTOP);
      await login(page, product.url, username);
      await nav(page).getByRole('link', { name: 'Báo cáo' }).click();
      await page.getByTestId('report-due-rule').waitFor();
      return page;
    };
    const admin = await open('admin.hai-phong');
    const errors = collectPageErrors(admin);
    const stale = await open('admin.hai-phong');
    const due = admin.getByTestId('report-due');
    expect(await due.getByRole('heading').innerText()).toContain('Hải Phòng');
    expect(await admin.getByTestId('report-due-rule').innerText()).toBe('Gửi báo cáo trước ngày 05 của tháng cuối kỳ báo cáo. (mặc định)');
    // Nothing changed yet: nothing to save.
    expect(await due.getByRole('button', { name: 'Lưu hạn gửi báo cáo' }).isDisabled()).toBe(true);

    await due.getByLabel('Gửi trước ngày').selectOption('10');
    await due.getByLabel('Của tháng').selectOption('next_month');
    await due.getByRole('button', { name: 'Lưu hạn gửi báo cáo' }).click();
    await due.getByText('Đã lưu hạn gửi báo cáo.', { exact: false }).waitFor();
    await expect.poll(() => admin.getByTestId('report-due-rule').innerText()).toBe('Gửi báo cáo trước ngày 10 của tháng đầu tiên sau kỳ báo cáo.');
    // The reports due next follow the new rule: before the 10th.
    await expect.poll(async () => (await admin.getByTestId('upcoming-reports').locator('li').allInnerTexts()).every((t) => /gửi trước ngày 10\//.test(t))).toBe(true);

    // The other tab still holds the default it read: the server's 409, in words, and "Tải lại" shows the new rule.
    const staleDue = stale.getByTestId('report-due');
    await staleDue.getByLabel('Gửi trước ngày').selectOption('12');
    await staleDue.getByRole('button', { name: 'Lưu hạn gửi báo cáo' }).click();
    await staleDue.getByRole('alert').getByText(/vừa được người khác thay đổi/).waitFor();
    await staleDue.getByRole('button', { name: 'Tải lại' }).click();
    await expect.poll(() => stale.getByTestId('report-due-rule').innerText()).toBe('Gửi báo cáo trước ngày 10 của tháng đầu tiên sau kỳ báo cáo.');

    // Kinh Môn's officer reads the city's rule, with nothing to edit.
    const commune = await open('canbo.kinh-mon');
    const communeErrors = collectPageErrors(commune);
    expect(await commune.getByTestId('report-due-rule').innerText()).toBe('Gửi báo cáo trước ngày 10 của tháng đầu tiên sau kỳ báo cáo.');
    expect(await commune.getByTestId('report-due-readonly').innerText()).toContain('chỉ xem');
    expect(await commune.getByTestId('report-due').getByRole('button', { name: 'Lưu hạn gửi báo cáo' }).count()).toBe(0);
    expect(await commune.getByTestId('report-due').locator('select').count()).toBe(0);
    await admin.getByTestId('report-due').screenshot({ path: '/tmp/cp-report-due.png' });

    expect(realErrors(errors)).toEqual([]);
    expect(realErrors(communeErrors)).toEqual([]);
  });
});
