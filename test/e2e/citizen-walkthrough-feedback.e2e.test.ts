import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

/**
 * Issue 11, the citizens' PAKN items, walked through on a 360 px phone: the tracking code as people say it,
 * the access key kept on the PAKN's page, a deadline that changes says why, the kind's own name, places
 * rather than coordinates, published answers read in full.
 */

const PASSWORD = 'demo-cchc-2026';

async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.zaui-routes-item').count(), { timeout: 10_000 }).toBe(1);
}

/** An officer's console session over the API: act on a PAKN as they would with the console's buttons. */
async function consoleAs(url: string, username: string) {
  const login = await fetch(`${url}/api/v1/console/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  expect(login.status).toBe(204);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const me = (await (await fetch(`${url}/api/v1/console/me`, { headers: { cookie } })).json()) as { csrfToken: string };
  return async (code: string, action: Record<string, unknown>) => {
    const response = await fetch(`${url}/api/v1/console/feedback/${code}/actions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': me.csrfToken },
      body: JSON.stringify(action),
    });
    expect(response.status, await response.clone().text()).toBe(200);
  };
}

/** A PAKN sent over the API from a device, as the Mini App sends it. */
async function send(url: string, deviceId: string, body: { kind?: 'phan_anh' | 'kien_nghi'; content: string; location?: Record<string, unknown> }) {
  const topics = (await (await fetch(`${url}/api/v1/units/binh-giang/feedback/topics`)).json()) as { items: { id: number }[] };
  const response = await fetch(`${url}/api/v1/units/binh-giang/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), 'x-device-id': deviceId },
    body: JSON.stringify({
      kind: body.kind ?? 'phan_anh',
      topicId: topics.items[0]!.id,
      content: body.content,
      ...(body.location ? { location: body.location } : {}),
      contact: { name: 'Phạm Văn Cường', phone: '0912 111 222', address: 'Thôn Nam, xã Bình Giang' },
    }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { code: string; accessKey: string; dueDate: string };
}

/** The phone that sent it: its device id, its unit, and the access key it stored when sending. */
async function onSendingDevice(page: Page, deviceId: string, keys: Record<string, string>): Promise<void> {
  await page.addInitScript(
    ([id, unit, stored]) => {
      localStorage.setItem('cchc.device-id.v1', id);
      localStorage.setItem('cchc.unit.v1', unit);
      localStorage.setItem('cchc.feedback.keys.v1', stored);
    },
    [deviceId, JSON.stringify({ slug: 'binh-giang', name: 'Xã Bình Giang' }), JSON.stringify(keys)],
  );
}

const dayOf = (iso: string) => iso.split('-').reverse().join('/');

describe('the citizen’s PAKN, walked through on a phone', () => {
  const product = productInBrowser();

  it('finds a PAKN by its code however it is typed: spaces, dashes, dots, case, no dashes (API and lookup page)', { timeout: 120_000 }, async () => {
    const url = product.url;
    const sent = await send(url, randomUUID(), { content: `Cống thoát nước thôn Nam bị tắc, nước tràn ra đường (${randomUUID().slice(0, 8)}).` });
    const [kind, yymm, tail] = sent.code.split('-') as [string, string, string];
    const key = sent.accessKey;
    for (const typed of [`${kind} ${yymm} ${tail}`.toLowerCase(), `${kind}${yymm}${tail}`, `${kind} – ${yymm} – ${tail}`, `${kind}.${yymm}.${tail}`.toLowerCase()]) {
      const response = await fetch(`${url}/api/v1/feedback/${encodeURIComponent(typed)}`, { headers: { 'x-access-key': key.toLowerCase().replace('-', ' ') } });
      expect(response.status, typed).toBe(200);
      expect(((await response.json()) as { code: string }).code).toBe(sent.code);
    }

    // Another phone: the citizen reads the code out of a notebook, the way they say it.
    const page = await product.browser.newPage();
    const errors = collectPageErrors(page);
    await page.addInitScript((unit) => localStorage.setItem('cchc.unit.v1', unit), JSON.stringify({ slug: 'binh-giang', name: 'Xã Bình Giang' }));
    await page.goto(`${url}/feedback/lookup`);
    await page.getByRole('textbox', { name: 'Mã phản ánh' }).fill(`${kind} ${yymm} ${tail}`.toLowerCase());
    await page.getByRole('textbox', { name: 'Khóa tra cứu' }).fill(key.toLowerCase().replace('-', ''));
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByTestId('feedback-detail').waitFor();
    expect(await page.getByTestId('feedback-detail').getByTestId('tracking-code').getAttribute('data-code')).toBe(sent.code);
    expect(new URL(page.url()).pathname).toBe(`/feedback/${sent.code}`);
    expect(errors).toEqual([]);
  });

  it('shows the access key on the PAKN’s own page of the phone that sent it, with a copy button and a word to keep it', { timeout: 120_000 }, async () => {
    const url = product.url;
    const deviceId = randomUUID();
    const sent = await send(url, deviceId, { content: `Đường bê tông thôn Nam bị nứt, xe đi qua rất nguy hiểm (${randomUUID().slice(0, 8)}).` });
    const page = await product.browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    const errors = collectPageErrors(page);
    await onSendingDevice(page, deviceId, { [sent.code]: sent.accessKey });
    await page.goto(`${url}/feedback/${sent.code}`);
    const keyCard = page.getByTestId('access-key-card');
    await keyCard.waitFor();
    await settled(page);
    expect(await keyCard.getByTestId('access-key').getAttribute('data-code')).toBe(sent.accessKey);
    expect(await keyCard.innerText()).toMatch(/giữ/);
    expect(await keyCard.innerText()).toMatch(/máy khác|đổi điện thoại/);
    await keyCard.getByRole('button', { name: 'Sao chép mã và khóa' }).click();
    await keyCard.getByText('Đã sao chép').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(sent.code);
    expect(copied).toContain(sent.accessKey);
    expect(errors).toEqual([]);
  });

  it('says in the history why the deadline changed when an officer marks the PAKN khẩn, naming no officer', { timeout: 120_000 }, async () => {
    const url = product.url;
    const deviceId = randomUUID();
    const sent = await send(url, deviceId, { content: `Cây xanh đổ chắn ngang đường liên thôn, cần xử lý ngay (${randomUUID().slice(0, 8)}).` });
    const act = await consoleAs(url, 'canbo.binh-giang');
    await act(sent.code, { action: 'accept', field: 'Hạ tầng, giao thông', severity: 'khan' });

    const page = await product.browser.newPage();
    await onSendingDevice(page, deviceId, { [sent.code]: sent.accessKey });
    await page.goto(`${url}/feedback/${sent.code}`);
    const history = page.getByTestId('feedback-timeline');
    await history.waitFor();
    const change = history.getByTestId('due-change');
    await change.waitFor();
    const text = await change.innerText();
    expect(text).toContain(`Hạn trả lời đổi từ ${dayOf(sent.dueDate)}`);
    expect(text).toMatch(/sang \d{2}:\d{2} (ngày )?\d{2}\/\d{2}\/\d{4}|sang \d{2}\/\d{2}\/\d{4}/);
    expect(text).toMatch(/khẩn/i);
    const all = await history.innerText();
    expect(all).not.toContain('canbo');
    expect(all).not.toContain('Cán bộ Một cửa');
  });

  it('names a kiến nghị as a kiến nghị, shows the place picked and a map link rather than coordinates; the short-text error sits on its own line', { timeout: 180_000 }, async () => {
    const url = product.url;
    const content = `Đề nghị lắp thêm đèn chiếu sáng ở ngõ 3 thôn Nam vì buổi tối rất tối (${randomUUID().slice(0, 8)}).`;
    const page = await product.browser.newPage({ geolocation: { latitude: 20.78, longitude: 106.45 }, permissions: ['geolocation'] });
    const errors = collectPageErrors(page);
    await page.addInitScript((unit) => localStorage.setItem('cchc.unit.v1', unit), JSON.stringify({ slug: 'binh-giang', name: 'Xã Bình Giang' }));
    await page.goto(`${url}/feedback/new`);
    await page.getByRole('button', { name: /^Kiến nghị/ }).click();
    await page.getByRole('heading', { name: /lĩnh vực nào/ }).waitFor();
    await settled(page);
    await page.getByRole('button', { name: 'Môi trường' }).click();
    const field = page.getByLabel('Việc gì chưa hợp lý và bạn đề xuất thế nào?');
    await field.waitFor();
    await settled(page);

    // Too short: the error has a line of its own, under the field, not squeezed beside the counter.
    await field.fill('Đèn tối');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    const error = page.getByRole('alert').filter({ hasText: 'ít nhất 20 ký tự' });
    await error.waitFor();
    const counter = page.locator('.ui-field__counter');
    const [errorBox, counterBox, fieldBox] = [await error.boundingBox(), await counter.boundingBox(), await field.boundingBox()];
    expect(errorBox!.width).toBeGreaterThan(fieldBox!.width * 0.9);
    const overlapY = Math.min(errorBox!.y + errorBox!.height, counterBox!.y + counterBox!.height) - Math.max(errorBox!.y, counterBox!.y);
    expect(overlapY).toBeLessThanOrEqual(0);

    await field.fill(content);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('heading', { name: 'Ảnh và nơi xảy ra sự việc' }).waitFor();
    await settled(page);
    await page.getByLabel('Địa chỉ nơi xảy ra sự việc').fill('Ngõ 3 thôn Nam, gần nhà văn hóa');
    await page.getByRole('button', { name: 'Dùng vị trí hiện tại' }).click();
    const location = page.getByTestId('location');
    await location.waitFor();
    expect(await location.innerText()).not.toMatch(/\d+\.\d{3,}/);
    const mapLink = location.getByRole('link', { name: 'Xem trên bản đồ' });
    expect(await mapLink.getAttribute('href')).toMatch(/^https:\/\/(www\.google\.com\/maps|www\.openstreetmap\.org)\/.*20\.78.*106\.45/);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    await page.getByRole('heading', { name: 'Thông tin người gửi' }).waitFor();
    await settled(page);
    await page.getByRole('textbox', { name: 'Họ và tên' }).fill('Đỗ Thị Dung');
    await page.getByRole('textbox', { name: 'Số điện thoại' }).fill('0987 111 333');
    await page.getByRole('textbox', { name: 'Địa chỉ liên hệ' }).fill('Thôn Nam, xã Bình Giang');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('heading', { name: 'Xem lại trước khi gửi' }).waitFor();
    await settled(page);
    const review = await page.locator('.zaui-routes-item').innerText();
    expect(review).toContain('Kiến nghị sẽ được gửi đến Xã Bình Giang');
    expect(review).toContain('Ngõ 3 thôn Nam, gần nhà văn hóa');
    expect(review).not.toMatch(/\d+\.\d{3,}/);
    await page.getByRole('button', { name: 'Gửi kiến nghị' }).click();

    await page.getByTestId('feedback-sent').waitFor();
    await settled(page);
    expect(await page.locator('.zaui-header-title').innerText()).toBe('Đã gửi kiến nghị');
    // Only the list's own name (“Phản ánh, kiến nghị của tôi”, for both kinds) may say phản ánh.
    const sentText = (await page.getByTestId('feedback-sent').innerText()).replaceAll('Phản ánh, kiến nghị của tôi', '');
    expect(sentText).toContain('Mã kiến nghị');
    expect(sentText).not.toMatch(/phản ánh/i);
    const code = await page.getByTestId('tracking-code').getAttribute('data-code');
    expect(code).toMatch(/^KN-/);
    // The sent page too can copy the code and key.
    expect(await page.getByTestId('feedback-sent').getByRole('button', { name: 'Sao chép mã và khóa' }).count()).toBe(1);

    await page.getByRole('link', { name: 'Xem kiến nghị' }).click();
    const detail = page.getByTestId('feedback-detail');
    await detail.waitFor();
    await settled(page);
    expect(await page.locator('.zaui-header-title').innerText()).toBe('Chi tiết kiến nghị');
    const place = detail.getByTestId('feedback-place');
    expect(await place.innerText()).toContain('Ngõ 3 thôn Nam, gần nhà văn hóa');
    expect(await place.innerText()).not.toMatch(/\d+\.\d{3,}/);
    expect(await place.getByRole('link', { name: 'Xem trên bản đồ' }).getAttribute('href')).toMatch(/20\.78.*106\.45/);
    expect(await detail.innerText()).not.toMatch(/phản ánh/i);
    expect(errors).toEqual([]);
  });

  it('lets a reader open the whole text of a long published PAKN', { timeout: 120_000 }, async () => {
    const url = product.url;
    const ending = `Kết thúc nội dung ${randomUUID().slice(0, 8)}.`;
    const content = `${'Mương thủy lợi đầu thôn Nam bị bồi lấp, rác thải ứ đọng, nước không thoát được khi mưa lớn, gây ngập ruộng và đường đi. '.repeat(8)}${ending}`;
    const sent = await send(url, randomUUID(), { content });
    const officer = await consoleAs(url, 'canbo.binh-giang');
    await officer(sent.code, { action: 'accept', field: 'Môi trường', severity: 'binh_thuong' });
    await officer(sent.code, { action: 'draft_answer', answer: 'UBND xã đã giao tổ thủy lợi nạo vét mương đầu thôn Nam trong tuần này.', submit: true });
    const leader = await consoleAs(url, 'lanhdao.binh-giang');
    await leader(sent.code, { action: 'approve', publish: true });

    const page = await product.browser.newPage();
    await page.addInitScript((unit) => localStorage.setItem('cchc.unit.v1', unit), JSON.stringify({ slug: 'binh-giang', name: 'Xã Bình Giang' }));
    await page.goto(`${url}/feedback/published`);
    const card = page.getByTestId('published-feedback').filter({ hasText: sent.code });
    await card.waitFor();
    await settled(page);
    const text = card.locator('.published__content');
    // Clamped at first: the end is not in view.
    const clampedHeight = (await text.boundingBox())!.height;
    await card.getByRole('button', { name: 'Xem thêm' }).click();
    await card.getByRole('button', { name: 'Thu gọn' }).waitFor();
    expect((await text.boundingBox())!.height).toBeGreaterThan(clampedHeight * 1.3);
    expect(await text.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    expect(await text.innerText()).toContain(ending);
  });
});
