import { describe, expect, it } from 'vitest';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

const PASSWORD = 'demo-cchc-2026';
const DESKTOP = { viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };

describe('the working-day calendar in the console', () => {
  const product = productInBrowser();

  it('reminds the city administrator to enter a provisional year and lists computed years as "Dự kiến"', { timeout: 90_000 }, async () => {
    const page = await product.browser.newPage(DESKTOP);
    const errors = collectPageErrors(page);
    await page.goto(`${product.url}/console`);
    await page.getByLabel('Tên đăng nhập').fill('admin.hai-phong');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();

    // From December 2026 on, the test database (built-in 2025 and 2026 only) always lacks the
    // table of this year or of next year, so the banner is there.
    const banner = page.getByTestId('calendar-reminder');
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/lịch nghỉ lễ, Tết chính thức năm \d{4}/);
    await banner.getByRole('link').click();

    const select = page.getByLabel('Năm');
    await select.waitFor();
    const provisional = select.locator('option', { hasText: '(Dự kiến)' }).first();
    const year = await provisional.getAttribute('value');
    await select.selectOption(year!);
    await expect.poll(() => page.getByTestId('calendar-origin').innerText()).toMatch(/^Dự kiến — tính theo Bộ luật Lao động 2019/);
    expect(await page.getByText(`Dự kiến: chưa có lịch chính thức năm ${year}`).count()).toBe(1);
    expect(errors.filter((e) => !/401/.test(e))).toEqual([]);
  });

  it('shows no reminder to an officer', { timeout: 60_000 }, async () => {
    const page = await product.browser.newPage(DESKTOP);
    await page.goto(`${product.url}/console`);
    await page.getByLabel('Tên đăng nhập').fill('canbo.binh-giang');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('officer-name').waitFor();
    expect(await page.getByTestId('calendar-reminder').count()).toBe(0);
  });
});
