import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

/*
 * The "Tiến độ" dashboard against the real product with its demo data: Bình Giang's 2026 plan (seed 004)
 * and a year of activity. Needs the plans feature's progress routes (branch plans8) and a built Mini App.
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

describe('the Tiến độ dashboard in the browser', () => {
  const product = productInBrowser();

  it("Bình Giang's officer reads a target's numbers and status in words for 2026, and a chart", { timeout: 90_000 }, async () => {
    const page = await product.browser.newPage(DESKTOP);
    const errors = collectPageErrors(page);
    await login(page, product.url, 'canbo.binh-giang');
    await nav(page).getByRole('link', { name: 'Tiến độ' }).click();
    await page.getByRole('heading', { name: 'Tiến độ thực hiện kế hoạch' }).waitFor();
    expect(await nav(page).getByRole('link', { name: 'Toàn thành phố' }).count()).toBe(0);

    // The whole year 2026 through the picker.
    await page.getByLabel('Theo', { exact: true }).selectOption('year');
    await page.getByLabel('Năm', { exact: true }).selectOption('2026');
    await page.getByRole('heading', { name: /Xã Bình Giang — năm 2026/ }).waitFor();
    expect(page.url()).toContain('period=2026');

    const bar = page.getByTestId('target-bar').first();
    await bar.waitFor();
    const words = await bar.innerText();
    expect(words).toMatch(/\d+ \/ \d+ \S+/);
    expect(words).toMatch(/Đạt|Chưa đạt|Đang thực hiện — còn \d+ ngày|Chưa đến kỳ/);
    // The bar says the same to a screen reader.
    expect(await bar.getByRole('progressbar').getAttribute('aria-valuetext')).toMatch(/\d+ \/ \d+/);
    // Bình Giang's monthly radio target (seed 004) is among the targets.
    expect(await page.locator('.c-target__label').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/tin, bài/i)]));

    await page.getByTestId('chart-activities').locator('canvas').waitFor();
    expect(realErrors(errors)).toEqual([]);
  });

  it('the city administrator sees the communes with the most behind first, and opens one to its targets', { timeout: 90_000 }, async () => {
    const page = await product.browser.newPage(DESKTOP);
    const errors = collectPageErrors(page);
    await login(page, product.url, 'admin.hai-phong');
    await nav(page).getByRole('link', { name: 'Toàn thành phố' }).click();
    await page.getByRole('heading', { name: 'Tiến độ toàn thành phố' }).waitFor();
    await page.getByLabel('Theo', { exact: true }).selectOption('year');
    await page.getByLabel('Năm', { exact: true }).selectOption('2026');
    await page.getByRole('heading', { name: /năm 2026/ }).waitFor();

    const rows = page.locator('[data-testid^="city-row-"]');
    await rows.first().waitFor();
    const table = await rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
        return { name: tr.querySelector('th')?.textContent ?? '', words: cells[0], missed: cells[1], atRisk: cells[2] };
      }),
    );
    expect(table.length).toBeGreaterThanOrEqual(5);
    const withPlan = table.filter((r) => r.missed !== '—');
    const behind = withPlan.map((r) => Number(r.missed) + Number(r.atRisk));
    expect(behind).toEqual([...behind].sort((a, b) => b - a));
    // Both met and missed targets exist in the demo year: someone is behind, and it is said in words.
    expect(behind[0]).toBeGreaterThan(0);
    expect(table[0].words).toMatch(/chưa đạt/);
    // Communes without a plan come last, flagged.
    const firstWithout = table.findIndex((r) => r.missed === '—');
    if (firstWithout >= 0) expect(table.slice(firstWithout).every((r) => r.words === 'Chưa có kế hoạch')).toBe(true);

    await rows.first().getByRole('button', { name: /Xem \d+ chỉ tiêu/ }).click();
    await page.locator('.c-city-detail [data-testid="target-bar"]').first().waitFor();
    expect(realErrors(errors)).toEqual([]);
  });
});
