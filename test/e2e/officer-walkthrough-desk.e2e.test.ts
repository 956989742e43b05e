import { randomInt, randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

/**
 * Issue 11, officers' walkthrough at a desk (1280×800): finding a PAKN in the queue, the city
 * administrator's communes, hidden identity, who did the work, each role's buttons, the action panel in view.
 */
const PASSWORD = 'demo-cchc-2026';
const DESK = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
const realErrors = (errors: string[]) => errors.filter((e) => !/status of (401|403|404|409)/.test(e));

async function login(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/console`);
  await page.getByLabel('Tên đăng nhập').waitFor();
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('officer-name').waitFor();
}

async function apiLogin(url: string, username: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/v1/console/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  expect(res.status).toBe(204);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const me = (await (await fetch(`${url}/api/v1/console/me`, { headers: { cookie } })).json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' };
}

async function act(url: string, who: Record<string, string>, code: string, body: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${url}/api/v1/console/feedback/${code}/actions`, { method: 'POST', headers: who, body: JSON.stringify(body) });
  expect(res.status, await res.clone().text()).toBe(200);
}

/** A citizen's PAKN sent over the API (the citizen's screens are tested elsewhere). */
async function send(url: string, contact: { name: string; phone: string }, extra: Record<string, unknown> = {}, unit = 'binh-giang'): Promise<string> {
  const topics = (await (await fetch(`${url}/api/v1/units/${unit}/feedback/topics`)).json()) as { items: { id: number }[] };
  const res = await fetch(`${url}/api/v1/units/${unit}/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), 'x-device-id': randomUUID() },
    body: JSON.stringify({
      kind: 'phan_anh',
      topicId: topics.items[0]!.id,
      content: `Cống thoát nước đầu ngõ 12 bị tắc, mưa xuống nước tràn vào nhà dân (${randomUUID().slice(0, 8)}).`,
      contact: { ...contact, address: 'Số 3, ngõ 12, thôn Đông' },
      ...extra,
    }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { code: string }).code;
}

const randomPhone = () => `09${String(randomInt(10_000_000, 99_999_999))}`;
const spaced = (p: string) => `${p.slice(0, 4)} ${p.slice(4, 7)} ${p.slice(7)}`;
const row = (page: Page, code: string) => page.locator(`[data-testid="queue-item"][data-code="${code}"]`);

describe('officers’ walkthrough at a desk', () => {
  const product = productInBrowser();

  it('finds a PAKN in the queue by its code as people say it, by phone as people write it, or by name', { timeout: 120_000 }, async () => {
    const phone = randomPhone();
    const name = `Trần Thị Mơ ${randomUUID().slice(0, 4)}`;
    const code = await send(product.url, { name, phone: spaced(phone) });
    // Another sender's PAKN in the same queue, which no search for the first may find.
    const other = await send(product.url, { name: 'Nguyễn Văn Khác', phone: spaced(randomPhone()) });
    const page = await product.browser.newPage(DESK);
    const errors = collectPageErrors(page);
    await login(page, product.url, 'canbo.binh-giang');
    await row(page, other).waitFor();
    const search = page.getByLabel('Tìm theo mã, số điện thoại, họ tên');
    const [, yy, tail] = code.split('-');
    for (const typed of [`${code.toLowerCase().replaceAll('-', ' ')}`, `PA${yy}${tail}`, ` pa - ${yy} - ${tail!.toLowerCase()} `, `+84 ${phone.slice(1, 4)} ${phone.slice(4)}`, spaced(phone), name.toLowerCase()]) {
      await search.fill(typed);
      await expect.poll(() => page.getByText(/^\d+ phản ánh, sắp theo hạn xử lý$/).innerText(), { message: typed }).toBe('1 phản ánh, sắp theo hạn xử lý');
      await row(page, code).waitFor();
      expect(await row(page, other).count(), typed).toBe(0);
    }
    // The search stays in the address, like the other filters.
    await page.waitForURL((u) => u.searchParams.get('q') === name.toLowerCase());
    await search.fill('PA-0000-ZZZZZ');
    await page.getByText('Không có phản ánh nào khớp bộ lọc.').waitFor();
    expect(realErrors(errors)).toEqual([]);
  });

  it('shows the city administrator which commune each row belongs to, and filters by commune', { timeout: 120_000 }, async () => {
    const kinhMon = await send(product.url, { name: 'Phạm Văn Hùng', phone: spaced(randomPhone()) }, {}, 'kinh-mon');
    const page = await product.browser.newPage(DESK);
    await login(page, product.url, 'admin.hai-phong');
    await row(page, kinhMon).waitFor();
    expect(await row(page, kinhMon).getByTestId('queue-unit').innerText()).toContain('Kinh Môn');
    await page.getByLabel('Xã, phường').selectOption({ label: 'Xã Bình Giang' });
    await page.waitForURL((u) => u.searchParams.get('unit') === 'binh-giang');
    await expect.poll(() => row(page, kinhMon).count()).toBe(0);
    const units = await page.getByTestId('queue-unit').allInnerTexts();
    expect(units.length).toBeGreaterThan(0);
    expect(new Set(units)).toEqual(new Set(['Xã Bình Giang']));
    await page.reload();
    expect(await page.getByLabel('Xã, phường').inputValue()).toBe('binh-giang');
  });

  it('flags hidden identity in the queue and on the PAKN page to every officer who handles it', { timeout: 120_000 }, async () => {
    const code = await send(product.url, { name: 'Lê Văn Kín', phone: spaced(randomPhone()) }, { hideIdentity: true });
    const flag = 'Người gửi đề nghị giữ bí mật danh tính';
    const desk = await product.browser.newPage(DESK);
    await login(desk, product.url, 'canbo.binh-giang');
    await row(desk, code).waitFor();
    expect(await row(desk, code).getByTestId('identity-flag').innerText()).toBe(flag);
    await row(desk, code).click();
    await desk.getByTestId('feedback-content').waitFor();
    // The receiving desk still sees the contact, and the request.
    expect(await desk.getByTestId('identity-flag').innerText()).toBe(flag);
    await act(product.url, await apiLogin(product.url, 'canbo.binh-giang'), code, { action: 'accept', field: 'Giao thông', severity: 'binh_thuong' });
    const leader = await product.browser.newPage(DESK);
    await login(leader, product.url, 'lanhdao.binh-giang');
    await leader.goto(`${product.url}/console/feedback/${code}`);
    await leader.getByTestId('feedback-content').waitFor();
    expect(await leader.getByTestId('identity-flag').innerText()).toBe(flag);
    expect(await leader.getByText('Lê Văn Kín').count()).toBe(0);
  });

  it('makes whoever drafts an unassigned PAKN its handler, listed under “Của tôi”', { timeout: 120_000 }, async () => {
    const code = await send(product.url, { name: 'Đỗ Văn Nam', phone: spaced(randomPhone()) });
    await act(product.url, await apiLogin(product.url, 'canbo.binh-giang'), code, { action: 'accept', field: 'Giao thông', severity: 'binh_thuong' });
    const page = await product.browser.newPage(DESK);
    await login(page, product.url, 'canbo.binh-giang');
    await page.goto(`${product.url}/console/feedback/${code}`);
    await page.getByTestId('feedback-content').waitFor();
    expect(await page.getByTestId('facts').innerText()).toContain('Chưa giao');
    await page.getByLabel('Dự thảo câu trả lời').fill('UBND xã đã cho nạo vét cống thoát nước đầu ngõ 12 ngày 02/12/2026.');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.getByText('Đã lưu dự thảo.').waitFor();
    await expect.poll(() => page.getByTestId('facts').innerText()).toMatch(/Người xử lý\s+Cán bộ Một cửa Xã Bình Giang \(canbo\.binh-giang\)/i);
    await page.goto(`${product.url}/console?mine=1`);
    await row(page, code).waitFor();
  });

  it('shows each role only its actions: a leader sees no “Trình lãnh đạo duyệt”, an officer no “Duyệt trả lời”', { timeout: 120_000 }, async () => {
    const code = await send(product.url, { name: 'Ngô Thị Lan', phone: spaced(randomPhone()) });
    await act(product.url, await apiLogin(product.url, 'canbo.binh-giang'), code, { action: 'accept', field: 'Giao thông', severity: 'binh_thuong' });
    const leader = await product.browser.newPage(DESK);
    await login(leader, product.url, 'lanhdao.binh-giang');
    await leader.goto(`${product.url}/console/feedback/${code}`);
    await leader.getByTestId('feedback-content').waitFor();
    await leader.getByRole('button', { name: 'Giao xử lý' }).waitFor();
    expect(await leader.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).count()).toBe(0);
    expect(await leader.getByLabel('Dự thảo câu trả lời').count()).toBe(0);

    const officer = await product.browser.newPage(DESK);
    await login(officer, product.url, 'canbo.binh-giang');
    await officer.goto(`${product.url}/console/feedback/${code}`);
    await officer.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).waitFor();
    await officer.getByLabel('Dự thảo câu trả lời').fill('UBND xã đã cho nạo vét cống thoát nước đầu ngõ 12 ngày 02/12/2026.');
    await officer.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).click();
    await officer.getByText('Đã trình lãnh đạo duyệt.').waitFor();
    expect(await officer.getByRole('button', { name: 'Duyệt trả lời' }).count()).toBe(0);
    await leader.reload();
    await leader.getByRole('button', { name: 'Duyệt trả lời' }).waitFor();
    expect(await leader.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).count()).toBe(0);
  });

  it('keeps the action panel in view at 1280×800, even scrolled down the PAKN page', { timeout: 120_000 }, async () => {
    const code = await send(product.url, { name: 'Vũ Văn Bình', phone: spaced(randomPhone()) });
    const page = await product.browser.newPage(DESK);
    await login(page, product.url, 'canbo.binh-giang');
    await page.goto(`${product.url}/console/feedback/${code}`);
    await page.getByTestId('feedback-content').waitFor();
    const button = page.getByRole('button', { name: 'Tiếp nhận, phân loại' });
    const inView = async () => {
      const box = await button.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 800 && box.x + box.width <= 1280;
    };
    expect(await inView()).toBe(true);
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(300);
    expect(await inView()).toBe(true);
  });
});
