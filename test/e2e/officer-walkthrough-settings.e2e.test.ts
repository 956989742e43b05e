import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

/** Issue 11, officers' walkthrough at a desk (1280×800): the settings form and the import page. */
const PASSWORD = 'demo-cchc-2026';
const DESK = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1, acceptDownloads: true };
const realErrors = (errors: string[]) => errors.filter((e) => !/status of (401|403)/.test(e));

async function login(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/console`);
  await page.getByLabel('Tên đăng nhập').waitFor();
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('officer-name').waitFor();
}

/** The downloaded template with one row typed under its headers, as a commune would. */
async function fillIn(template: Buffer, ext: 'csv' | 'xlsx', row: string[]): Promise<Buffer> {
  if (ext === 'csv') return Buffer.concat([template, Buffer.from(`${row.join(',')}\r\n`)]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  wb.worksheets[0]!.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Mục chính' });

describe('officers’ walkthrough: settings and import', () => {
  const product = productInBrowser();

  it('renames topics with the one save of the form (no “Lưu tên”), and warns before leaving unsaved changes', { timeout: 120_000 }, async () => {
    const page = await product.browser.newPage(DESK);
    const errors = collectPageErrors(page);
    await login(page, product.url, 'lanhdao.kinh-mon');
    await nav(page).getByRole('link', { name: 'Cài đặt' }).click();
    const first = page.getByLabel('Tên chủ đề 1');
    await first.waitFor();
    const before = await first.inputValue();
    await first.fill(`${before} (đổi)`);
    expect(await page.getByRole('button', { name: 'Lưu tên' }).count()).toBe(0);

    // In-app navigation asks first; staying keeps the typed name.
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await nav(page).getByRole('link', { name: 'Hàng chờ' }).click();
    await expect.poll(() => asked).toMatch(/chưa lưu/);
    expect(new URL(page.url()).pathname).toBe('/console/settings');
    expect(await first.inputValue()).toBe(`${before} (đổi)`);

    // Closing or reloading the tab warns too (beforeunload).
    const warned = await page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(warned).toBe(true);

    await page.locator('#topics').getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã đổi tên chủ đề.').waitFor();
    const topics = (await (await fetch(`${product.url}/api/v1/units/kinh-mon/feedback/topics`)).json()) as { items: { name: string }[] };
    expect(topics.items.map((t) => t.name)).toContain(`${before} (đổi)`);
    // Saved: leaving asks nothing.
    page.once('dialog', (dialog) => {
      asked = `again: ${dialog.message()}`;
      void dialog.dismiss();
    });
    await nav(page).getByRole('link', { name: 'Hàng chờ' }).click();
    await page.getByRole('heading', { name: 'Hàng chờ phản ánh, kiến nghị' }).waitFor();
    expect(asked).not.toMatch(/^again/);
    expect(realErrors(errors)).toEqual([]);
  });

  it('offers a Vietnamese file picker and CSV/XLSX templates whose headers the importer reads back', { timeout: 120_000 }, async () => {
    const page = await product.browser.newPage(DESK);
    const errors = collectPageErrors(page);
    await login(page, product.url, 'lanhdao.kinh-mon');
    await page.goto(`${product.url}/console/catalog/import`);
    await page.getByRole('heading', { name: 'Nhập thủ tục từ tệp' }).waitFor();
    // The browser's own "Choose File / No file chosen" is not shown: a Vietnamese label and the chosen name are.
    const picker = page.getByTestId('file-picker');
    expect(await picker.innerText()).toContain('Chọn tệp');
    expect(await picker.innerText()).toContain('Chưa chọn tệp nào');
    const native = page.locator('input[type=file]');
    const box = await native.boundingBox();
    expect(box === null || box.width <= 1 || box.height <= 1).toBe(true);

    for (const [link, ext] of [['Tải mẫu CSV', 'csv'], ['Tải mẫu XLSX', 'xlsx']] as const) {
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: link }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(`mau-nhap-thu-tuc.${ext}`);
      const bytes = fs.readFileSync((await file.path())!);
      if (ext === 'csv') expect(bytes.toString('utf8')).toMatch(/^\uFEFFMã thủ tục,Tên thủ tục,Lĩnh vực,/);
      else expect(bytes.subarray(0, 2).toString()).toBe('PK');

      // The commune fills in one procedure under the template's headers and imports it.
      const code = ext === 'csv' ? '1.999001' : '1.999002';
      const filled = await fillIn(bytes, ext, [code, `Thủ tục mẫu nhập từ ${ext.toUpperCase()}`, 'Hộ tịch', 'Không', '', 'UBND xã Kinh Môn', 'Công dân Việt Nam', '05 ngày làm việc', 'Không', 'Trực tiếp']);
      await native.setInputFiles({ name: `mau-nhap-thu-tuc.${ext}`, mimeType: ext === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: filled });
      await expect.poll(() => picker.innerText()).toContain(`mau-nhap-thu-tuc.${ext}`);
      await page.getByRole('button', { name: 'Nhập thủ tục' }).click();
      await page.getByText('Đã nhập xong.').waitFor();
      const report = await page.getByTestId('import-report').innerText();
      expect(report, ext).toMatch(/1\s*thêm mới/);
      expect(report, ext).toMatch(/0\s*dòng lỗi/);
      await page.reload();
      await page.getByTestId('file-picker').waitFor();
    }
    expect(realErrors(errors)).toEqual([]);
  });
});
