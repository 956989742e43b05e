import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_PASSWORD } from '../../server/src/config.ts';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

const DESKTOP = { viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
const product = productInBrowser();

async function login(page: Page, username: string): Promise<void> {
  await page.goto(`${product.url}/console`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEFAULT_DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('officer-name').waitFor();
}

describe('the city administrator on a commune’s settings', () => {
  it('renames, moves and switches off the commune’s topics (each write goes to that commune)', async () => {
    const context = await product.browser.browser.newContext(DESKTOP);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    try {
      await login(page, 'admin.hai-phong');
      await page.goto(`${product.url}/console/settings`);
      await page.getByLabel('Đơn vị', { exact: true }).selectOption('binh-giang');
      const first = page.getByLabel('Tên chủ đề 1');
      await first.waitFor();
      const before = await first.inputValue();
      await first.fill(`${before} (đổi tên)`);
      await page.locator('#topics').getByRole('button', { name: 'Lưu thay đổi' }).click();
      await page.getByText('Đã đổi tên chủ đề.').waitFor();
      await page.getByRole('button', { name: `Đưa ${before} (đổi tên) xuống` }).click();
      await page.getByText('Đã đổi thứ tự.').waitFor();
      const res = await page.request.get(`${product.url}/api/v1/console/settings/topics?unit=binh-giang`);
      const names = ((await res.json()) as { items: { name: string }[] }).items.map((t) => t.name);
      expect(names[1]).toBe(`${before} (đổi tên)`);
      expect(errors.filter((e) => !/status of (401|403)/.test(e))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('sees every section of the top bar at 1280 px', async () => {
    const context = await product.browser.browser.newContext(DESKTOP);
    const page = await context.newPage();
    try {
      await login(page, 'admin.hai-phong');
      const links = page.getByRole('navigation', { name: 'Mục chính' }).getByRole('link');
      expect(await links.count()).toBeGreaterThanOrEqual(12);
      for (const link of await links.all()) {
        const box = await link.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 1280, `${await link.innerText()} is visible`).toBe(true);
      }
    } finally {
      await context.close();
    }
  });
});
