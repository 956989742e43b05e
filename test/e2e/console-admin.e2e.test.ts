import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

const PASSWORD = 'demo-cchc-2026';
const DESKTOP = { viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };

/** Expected 401/403/429 answers the browser reports as failed resources. */
const realErrors = (errors: string[]) => errors.filter((e) => !/status of (401|403|429)/.test(e));

async function login(page: Page, url: string, username: string, password = PASSWORD): Promise<void> {
  await page.goto(`${url}/console`);
  await page.getByLabel('Tên đăng nhập').waitFor();
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('officer-name').waitFor();
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Mục chính' });

describe('console administration without a terminal', () => {
  const product = productInBrowser();

  it('a plain officer sees neither accounts nor Open311 keys', { timeout: 60_000 }, async () => {
    const page = await product.browser.newPage(DESKTOP);
    await login(page, product.url, 'canbo.kinh-mon');
    await nav(page).getByRole('link', { name: 'Hàng chờ' }).waitFor();
    expect(await nav(page).getByRole('link', { name: 'Tài khoản' }).count()).toBe(0);
    expect(await nav(page).getByRole('link', { name: 'Khóa Open311' }).count()).toBe(0);
  });

  it('the city administrator creates an officer, who logs in with the one-time password; then locks the account', { timeout: 120_000 }, async () => {
    const page = await product.browser.newPage(DESKTOP);
    const errors = collectPageErrors(page);
    await login(page, product.url, 'admin.hai-phong');
    await nav(page).getByRole('link', { name: 'Tài khoản' }).click();
    await page.getByRole('heading', { name: 'Tài khoản cán bộ' }).waitFor();

    await page.getByLabel('Họ và tên').fill('Đỗ Thị Hạnh');
    await page.getByLabel('Tên đăng nhập').fill('canbo.do-thi-hanh');
    await page.getByLabel('Vai trò').selectOption('officer');
    await page.getByLabel('Đơn vị').selectOption('binh-giang');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const secret = page.getByTestId('one-time-password');
    await secret.waitFor();
    const password = (await secret.innerText()).trim();
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    await page.getByText('Đã tạo tài khoản canbo.do-thi-hanh').waitFor();
    const row = page.getByTestId('officer-canbo.do-thi-hanh');
    await row.getByText('Đang hoạt động').waitFor();
    expect(await row.innerText()).toContain('Xã Bình Giang');

    const officer = await product.browser.newPage(DESKTOP);
    await login(officer, product.url, 'canbo.do-thi-hanh', password);
    await officer.getByRole('heading', { name: 'Hàng chờ phản ánh, kiến nghị' }).waitFor();
    expect(await officer.getByTestId('officer-name').innerText()).toContain('Đỗ Thị Hạnh');
    // The officer replaces the one-time password with their own.
    await officer.getByRole('link', { name: 'Đổi mật khẩu' }).click();
    await officer.getByLabel('Mật khẩu hiện tại').fill(password);
    await officer.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-rieng-cua-hanh');
    await officer.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-rieng-cua-hanh');
    await officer.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await officer.getByText('Đã đổi mật khẩu.').waitFor();

    await row.getByRole('button', { name: 'Khóa canbo.do-thi-hanh' }).click();
    await row.getByText(/Đã khóa \d\d\/\d\d\/\d{4}/).waitFor();
    // The locked officer's session ended: the next screen is the login.
    await officer.reload();
    await officer.getByLabel('Tên đăng nhập').waitFor();
    expect(realErrors(errors)).toEqual([]);
  });

  it('the city administrator issues an Open311 key that works at once, and revokes it', { timeout: 120_000 }, async () => {
    const page = await product.browser.newPage(DESKTOP);
    const errors = collectPageErrors(page);
    await login(page, product.url, 'admin.hai-phong');
    await nav(page).getByRole('link', { name: 'Khóa Open311' }).click();
    await page.getByRole('heading', { name: 'Khóa Open311' }).waitFor();
    await page.getByLabel('Tên hệ thống dùng khóa').fill('Tổng đài 1022 Hải Phòng');
    await page.getByLabel('Được gửi đến').selectOption('binh-giang');
    await page.getByRole('button', { name: 'Cấp khóa' }).click();
    const shown = page.getByTestId('issued-key');
    await shown.waitFor();
    const key = (await shown.innerText()).trim();
    expect(key).toMatch(/^o311_/);

    const send = () =>
      fetch(`${product.url}/open311/v2/requests.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          api_key: key,
          jurisdiction_id: 'binh-giang',
          service_code: 'moi-truong',
          description: 'Cống thoát nước ở thôn Đông bị tắc, nước tràn ra đường sau mưa.',
          address_string: 'Thôn Đông, xã Bình Giang',
          first_name: 'Vũ Văn',
          last_name: 'Tổng',
          phone: '0911222333',
        }),
      });
    expect((await send()).status).toBe(201);

    await page.getByRole('button', { name: 'Đã ghi lại, ẩn đi' }).click();
    expect(await page.getByTestId('issued-key').count()).toBe(0);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Thu hồi khóa Tổng đài 1022 Hải Phòng' }).click();
    await page.getByText('Đã thu hồi khóa “Tổng đài 1022 Hải Phòng”.').waitFor();
    await page.getByText(/Đã thu hồi \d\d\/\d\d\/\d{4}/).waitFor();
    expect((await send()).status).toBe(403);
    expect(realErrors(errors)).toEqual([]);
  });
});
