import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

/** Issue 11: transfer to the agencies PAKN really go to, with NĐ 20/2008 Đ.9's transfer deadline, at 1280×800. */
const PASSWORD = 'demo-cchc-2026';
const DESK = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
const realErrors = (errors: string[]) => errors.filter((e) => !/status of (401|403)/.test(e));

async function login(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/console`);
  await page.getByLabel('Tên đăng nhập').waitFor();
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('officer-name').waitFor();
}

async function send(url: string, unit = 'binh-giang'): Promise<string> {
  const topics = (await (await fetch(`${url}/api/v1/units/${unit}/feedback/topics`)).json()) as { items: { id: number }[] };
  const res = await fetch(`${url}/api/v1/units/${unit}/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), 'x-device-id': randomUUID() },
    body: JSON.stringify({
      kind: 'phan_anh',
      topicId: topics.items[0]!.id,
      content: `Bãi rác tự phát ven kênh thôn Tây bốc mùi, đề nghị xử lý (${randomUUID().slice(0, 8)}).`,
      contact: { name: 'Phan Văn Lực', phone: '0913 222 333', address: 'Thôn Tây' },
    }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { code: string }).code;
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');

describe('transfer to the agencies PAKN really go to', () => {
  const product = productInBrowser();

  it('offers the province’s agencies besides other communes, shows the transfer deadline, and the queue shows both', { timeout: 120_000 }, async () => {
    const code = await send(product.url);
    const waiting = await send(product.url);
    const page = await product.browser.newPage(DESK);
    const errors = collectPageErrors(page);
    await login(page, product.url, 'canbo.binh-giang');
    const transferDue = ((await (await page.request.get(`${product.url}/api/v1/console/feedback/${waiting}`)).json()) as { transferDueDate: string }).transferDueDate;

    // A new PAKN's row shows by when it must be transferred if outside the unit's competence.
    const waitingRow = page.locator(`[data-testid="queue-item"][data-code="${waiting}"]`);
    await waitingRow.waitFor();
    expect(await waitingRow.innerText()).toContain(`Hạn chuyển ${dmy(transferDue)}`);

    await page.goto(`${product.url}/console/feedback/${code}`);
    await page.getByRole('button', { name: 'Chuyển đơn vị' }).click();
    const target = page.getByLabel('Đơn vị nhận');
    const options = await target.locator('option').allInnerTexts();
    for (const agency of ['Công an xã', 'Phòng Văn hóa – Xã hội', 'Phòng Kinh tế', 'Phòng Tài nguyên và Môi trường', 'Phòng Quản lý đô thị']) {
      expect(options.some((o) => o.startsWith(agency)), agency).toBe(true);
    }
    expect(options.some((o) => o.includes('Kinh Môn'))).toBe(true);
    const form = page.getByTestId('transfer-form');
    expect(await form.innerText()).toMatch(new RegExp(`Hạn chuyển: ${dmy(transferDue)}.*Nghị định 20/2008/NĐ-CP, Điều 9`, 's'));

    await target.selectOption({ label: 'Phòng Tài nguyên và Môi trường' });
    await page.getByLabel('Lý do chuyển').fill('Bãi rác ven kênh thuộc thẩm quyền phòng Tài nguyên và Môi trường.');
    await page.getByRole('button', { name: 'Chuyển', exact: true }).click();
    await page.getByText('Đã chuyển đơn vị.').waitFor();
    expect(await page.getByTestId('facts').innerText()).toContain('Phòng Tài nguyên và Môi trường');

    await page.goto(`${product.url}/console?status=da_chuyen`);
    const row = page.locator(`[data-testid="queue-item"][data-code="${code}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain('Đã chuyển: Phòng Tài nguyên và Môi trường');
    expect(realErrors(errors)).toEqual([]);
  });
});
