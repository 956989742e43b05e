import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

/*
 * The "Kế hoạch" page against the real product with its demo data: Bình Giang's 2026 plan (seed 004).
 * Needs a built Mini App (npm run build -w miniapp).
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

/** A console session over plain HTTP: the cookie and the CSRF token. */
async function session(url: string, username: string): Promise<{ cookie: string; 'x-csrf-token': string }> {
  const res = await fetch(`${url}/api/v1/console/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  expect(res.status).toBe(204);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const me = (await (await fetch(`${url}/api/v1/console/me`, { headers: { cookie } })).json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': me.csrfToken };
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Mục chính' });

describe('the Kế hoạch page in the browser', () => {
  const product = productInBrowser();

  it("Bình Giang's officer opens the 2026 plan, changes a target's minimum, saves, and sees it after a reload", { timeout: 90_000 }, async () => {
    const page = await product.browser.newPage(DESKTOP);
    const errors = collectPageErrors(page);
    await login(page, product.url, 'canbo.binh-giang');
    await nav(page).getByRole('link', { name: 'Kế hoạch' }).click();
    await page.getByRole('heading', { name: 'Kế hoạch tuyên truyền CCHC' }).waitFor();

    const item = page.getByTestId('plan-item').filter({ hasText: /năm 2026/ });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.innerText()).toMatch(/Từ 01\/01\/2026 đến 31\/12\/2026/);
    await item.getByRole('link').click();
    await page.getByRole('heading', { name: 'Thông tin kế hoạch' }).waitFor();
    expect(await page.getByLabel('Từ ngày').inputValue()).toBe('01/01/2026');

    const target = page.getByTestId('plan-target').first();
    const minimum = target.getByLabel('Tối thiểu');
    const before = Number(await minimum.inputValue());
    const after = before + 3;
    await minimum.fill(String(after));
    await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await page.getByText(/Đã lưu kế hoạch lúc/).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Thông tin kế hoạch' }).waitFor();
    expect(await page.getByTestId('plan-target').first().getByLabel('Tối thiểu').inputValue()).toBe(String(after));
    // The other fields came back as they were: the target's channel is still chosen in words.
    expect(await page.getByTestId('plan-target').first().getByLabel('Kênh').locator('option:checked').innerText()).toBe('Đài truyền thanh, loa truyền thanh');
    expect(realErrors(errors)).toEqual([]);
  });

  it("Nam An Phụ's officer gets 404 for Bình Giang's plan, even with its id", { timeout: 60_000 }, async () => {
    const binhGiang = await session(product.url, 'canbo.binh-giang');
    const list = (await (await fetch(`${product.url}/api/v1/console/units/binh-giang/plans`, { headers: binhGiang })).json()) as { items: { id: number }[] };
    expect(list.items.length).toBeGreaterThan(0);
    const id = list.items[0].id;

    const namAnPhu = await session(product.url, 'canbo.nam-an-phu');
    const read = await fetch(`${product.url}/api/v1/console/units/binh-giang/plans/${id}`, { headers: namAnPhu });
    expect(read.status).toBe(404);
    const listOther = await fetch(`${product.url}/api/v1/console/units/binh-giang/plans`, { headers: namAnPhu });
    expect(listOther.status).toBe(404);
    // Nor through its own unit's path.
    const own = await fetch(`${product.url}/api/v1/console/units/nam-an-phu/plans/${id}`, { headers: namAnPhu });
    expect(own.status).toBe(404);
  });
});
