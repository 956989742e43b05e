import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

/**
 * Issue 11, the citizens' small things, on a 360 px phone: a useful way out of a not-found page, "CCHC"
 * explained, zmp-ui buttons in the app's font, long procedure names clamped on the home page.
 */

const UNIT = JSON.stringify({ slug: 'binh-giang', name: 'Xã Bình Giang' });

async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.zaui-routes-item').count(), { timeout: 10_000 }).toBe(1);
}

async function phone(product: { browser: { newPage(): Promise<Page> } }): Promise<Page> {
  const page = await product.browser.newPage();
  await page.addInitScript((unit) => localStorage.setItem('cchc.unit.v1', unit), UNIT);
  return page;
}

describe('the citizens’ small things', () => {
  const product = productInBrowser();

  it('a procedure that is not there offers a way back, not a “Thử lại” that does nothing; a network error offers “Thử lại” that works', { timeout: 120_000 }, async () => {
    const page = await phone(product);
    // Opened from a link someone sent (no page before it in the app): "Quay lại" leads home.
    await page.goto(`${product.url}/procedures/9.999999`);
    const state = page.locator('.ui-state--error');
    await state.waitFor();
    expect(await state.innerText()).toContain('Không tìm thấy');
    expect(await state.getByRole('button', { name: 'Thử lại' }).count()).toBe(0);
    await state.getByRole('button', { name: 'Quay lại' }).click();
    await page.getByTestId('current-unit').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    // The network drops: "Thử lại" is offered, and it loads the page once the network is back.
    const other = await phone(product);
    const errors = collectPageErrors(other);
    let drop = true;
    await other.route(/\/api\/v1\/units\/binh-giang\/procedures\/[^/?]+$/, (route) => (drop ? route.abort('internetdisconnected') : route.continue()));
    await other.goto(`${product.url}/procedures/1.001193`);
    const offline = other.locator('.ui-state--error');
    await offline.waitFor();
    drop = false;
    await offline.getByRole('button', { name: 'Thử lại' }).click();
    await other.getByRole('heading', { level: 1 }).filter({ hasText: /khai sinh/i }).waitFor();
    expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });

  it('explains “CCHC” on the first screen of the home page', { timeout: 60_000 }, async () => {
    const page = await phone(product);
    await page.goto(product.url);
    await page.getByTestId('current-unit').waitFor();
    const explained = page.getByText(/CCHC\W{1,5}(là )?(viết tắt của )?(“|")?cải cách hành chính/i).first();
    await explained.waitFor();
    const box = await explained.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(740);
  });

  it('a long screen title takes two lines rather than ending in “…” (“Phản ánh, kiến nghị của tôi”)', { timeout: 60_000 }, async () => {
    const page = await phone(product);
    await page.goto(`${product.url}/feedback/mine`);
    const title = page.locator('.zaui-header-title');
    await expect.poll(() => title.innerText()).toBe('Phản ánh, kiến nghị của tôi');
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  });

  it('zmp-ui buttons use the app’s font', { timeout: 60_000 }, async () => {
    const page = await phone(product);
    await page.goto(product.url);
    await page.getByTestId('current-unit').waitFor();
    const fonts = await page.evaluate(() => {
      const body = getComputedStyle(document.body).fontFamily;
      const buttons = [...document.querySelectorAll('.zaui-btn')].map((b) => getComputedStyle(b).fontFamily);
      return { body, buttons };
    });
    expect(fonts.buttons.length).toBeGreaterThan(0);
    for (const font of fonts.buttons) expect(font).toBe(fonts.body);
  });

  it('clamps long procedure names on the home page to three lines, the whole name one tap away', { timeout: 60_000 }, async () => {
    const page = await phone(product);
    await page.goto(product.url);
    const titles = page.getByTestId('procedure-link').locator('.list-row__title');
    await titles.first().waitFor();
    const measured = await titles.evaluateAll((elements) =>
      elements.map((el) => ({
        text: el.textContent ?? '',
        height: el.getBoundingClientRect().height,
        lineHeight: parseFloat(getComputedStyle(el).lineHeight),
        clipped: el.scrollHeight > el.clientHeight + 1,
      })),
    );
    const longest = measured.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    expect(longest.text.length).toBeGreaterThan(90);
    for (const title of measured) expect(title.height).toBeLessThanOrEqual(title.lineHeight * 3 + 1);
    expect(longest.clipped).toBe(true);

    // The row still holds the whole name (read out, and shown on a long press), and opens its page, whose heading is the whole name.
    const row = page.getByTestId('procedure-link').filter({ hasText: longest.text.slice(0, 30) }).first();
    expect(await row.getAttribute('title')).toBe(longest.text);
    await settled(page);
    await row.click();
    const heading = page.getByRole('heading', { level: 1 }).filter({ hasText: longest.text.slice(0, 30) });
    await heading.waitFor();
    expect(await heading.innerText()).toBe(longest.text);
  });
});
