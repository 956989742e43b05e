import { randomUUID } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

const PASSWORD = 'demo-cchc-2026';
const DESKTOP = { viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
const XSS = '<img src=x onerror=alert(1)><script>alert(1)</script>';

/** A real PNG (gradient, width × height) built in memory: the server checks the bytes, not the name. */
function makePng(width: number, height: number): Buffer {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = table[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * (width * 3 + 1) + 1 + x * 3;
      rows[i] = (x * 255) / width;
      rows[i + 1] = (y * 255) / height;
      rows[i + 2] = 150;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** zmp-ui keeps the leaving screen in the DOM while it slides out; wait until only the new one is left. */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.zaui-routes-item').count(), { timeout: 10_000 }).toBe(1);
}

async function chooseUnit(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { name: 'Chọn xã, phường của bạn' }).waitFor();
  await page.getByLabel('Tìm tên xã, phường').fill(name.replace(/^Xã /, ''));
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByTestId('current-unit').waitFor();
  await settled(page);
}

/** The browser reports the console's first GET /console/me (nobody logged in yet) as a failed resource. */
const realErrors = (errors: string[]) => errors.filter((e) => !/status of 401 \(Unauthorized\)/.test(e));

/** The unit's leader adds a lĩnh vực over the API (the classify form picks from the unit's list); one already there is fine. */
async function addField(url: string, username: string, name: string): Promise<void> {
  const login = await fetch(`${url}/api/v1/console/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  expect(login.status).toBe(204);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const me = (await (await fetch(`${url}/api/v1/console/me`, { headers: { cookie } })).json()) as { csrfToken: string };
  const created = await fetch(`${url}/api/v1/console/settings/fields`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': me.csrfToken },
    body: JSON.stringify({ name }),
  });
  expect([201, 409]).toContain(created.status);
}

async function consoleLogin(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/console`);
  await page.getByLabel('Tên đăng nhập').waitFor();
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('officer-name').waitFor();
}

describe('phản ánh, kiến nghị from a phone to the officers and back', () => {
  const product = productInBrowser();

  it('a citizen sends one with a photo; an officer accepts and drafts; a leader approves and publishes; the citizen reads and rates it', { timeout: 180_000 }, async () => {
    const url = product.url;
    const content = `Đèn đường trục chính thôn Đông hỏng đã hai tuần, buổi tối rất tối, nguy hiểm cho người đi xe máy (${randomUUID().slice(0, 8)}).`;
    const answer = 'Kính gửi ông Nguyễn Văn An, UBND xã đã cử cán bộ kiểm tra và thay bóng đèn đường thôn Đông. Cảm ơn ông đã phản ánh.';
    const publicAnswer = 'UBND xã đã thay bóng đèn đường thôn Đông. Mọi thắc mắc ông An gọi lại số 0912 345 678.';

    // ---- The citizen, on a phone ----
    const citizen = await product.browser.newPage();
    const citizenErrors = collectPageErrors(citizen);
    await citizen.goto(url);
    await chooseUnit(citizen, 'Xã Bình Giang');
    await citizen.getByRole('link', { name: 'Gửi phản ánh, kiến nghị' }).click();
    await citizen.getByRole('heading', { name: 'Bạn muốn gửi gì?' }).waitFor();
    await settled(citizen);
    await citizen.getByRole('button', { name: /^Phản ánh/ }).click();
    await citizen.getByRole('heading', { name: /lĩnh vực nào/ }).waitFor();
    await settled(citizen);
    await citizen.getByRole('button', { name: 'Hạ tầng, giao thông' }).click();
    await citizen.getByLabel('Việc gì đã xảy ra?').waitFor();
    await settled(citizen);
    await citizen.getByLabel('Việc gì đã xảy ra?').fill(content);
    await citizen.getByRole('button', { name: 'Tiếp tục' }).click();

    await citizen.getByRole('heading', { name: 'Ảnh và nơi xảy ra sự việc' }).waitFor();
    await settled(citizen);
    await citizen.getByTestId('photo-input').setInputFiles({ name: 'den-duong.png', mimeType: 'image/png', buffer: makePng(96, 72) });
    await citizen.getByText('Đã tải lên').waitFor({ timeout: 20_000 });
    expect(await citizen.getByTestId('photo-list').locator('img').count()).toBe(1);
    await citizen.getByLabel('Địa chỉ nơi xảy ra sự việc').fill('Trục đường chính thôn Đông, gần nhà văn hóa');
    await citizen.getByRole('button', { name: 'Tiếp tục' }).click();

    await citizen.getByRole('heading', { name: 'Thông tin người gửi' }).waitFor();
    await settled(citizen);
    await citizen.getByText('Nghị định 20/2008').waitFor();
    await citizen.getByRole('textbox', { name: 'Họ và tên' }).fill('Nguyễn Văn An');
    await citizen.getByRole('textbox', { name: 'Số điện thoại' }).fill('0912 345 678');
    await citizen.getByRole('textbox', { name: 'Địa chỉ liên hệ' }).fill('Số 5, thôn Đông, xã Bình Giang');
    await citizen.getByRole('button', { name: 'Tiếp tục' }).click();

    await citizen.getByRole('heading', { name: 'Xem lại trước khi gửi' }).waitFor();
    await settled(citizen);
    expect(await citizen.getByTestId('review-content').innerText()).toBe(content);
    await citizen.getByRole('button', { name: 'Gửi phản ánh' }).click();

    await citizen.getByTestId('feedback-sent').waitFor();
    const code = await citizen.getByTestId('tracking-code').getAttribute('data-code');
    expect(code).toMatch(/^PA-\d{4}-[2-9A-HJ-NP-Z]{5}$/);
    expect(await citizen.getByTestId('access-key').getAttribute('data-code')).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    expect(await citizen.getByText('Hạn trả lời:').innerText()).toMatch(/Hạn trả lời: \d{2}\/\d{2}\/\d{4}/);

    // ---- The officer, at a desk ----
    const officer = await product.browser.newPage(DESKTOP);
    const officerErrors = collectPageErrors(officer);
    await consoleLogin(officer, url, 'canbo.binh-giang');
    const row = officer.locator(`[data-testid="queue-item"][data-code="${code}"]`);
    await row.waitFor();
    expect(await row.getByTestId('deadline-badge').innerText()).toMatch(/^(còn \d+ ngày làm việc|Hôm nay hết hạn)$/);
    await row.click();
    await officer.getByTestId('feedback-content').waitFor();
    expect(await officer.getByTestId('feedback-content').innerText()).toBe(content);
    expect(await officer.getByTestId('photos').locator('img').count()).toBe(1);
    expect(await officer.getByTestId('contact').innerText()).toContain('Nguyễn Văn An');
    // A plain officer never sees the leader's buttons.
    expect(await officer.getByRole('button', { name: 'Duyệt trả lời' }).count()).toBe(0);

    await addField(url, 'lanhdao.binh-giang', 'Hạ tầng, chiếu sáng công cộng');
    await officer.getByRole('button', { name: 'Tiếp nhận, phân loại' }).click();
    await officer.getByLabel('Lĩnh vực', { exact: true }).selectOption({ label: 'Hạ tầng, chiếu sáng công cộng' });
    await officer.getByLabel('Mức độ').selectOption('binh_thuong');
    await officer.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    await officer.getByText('Đã tiếp nhận, phân loại.').waitFor();
    // Assign from the unit's list of officers.
    await officer.getByRole('button', { name: 'Giao xử lý' }).click();
    await officer.getByLabel('Cán bộ được giao').selectOption('canbo.binh-giang');
    await officer.getByRole('button', { name: 'Giao', exact: true }).click();
    await officer.getByText('Đã giao xử lý.').waitFor();
    expect(await officer.getByText('Cán bộ Một cửa Xã Bình Giang (canbo.binh-giang)').count()).toBeGreaterThan(0);
    await officer.getByLabel('Dự thảo câu trả lời').fill(answer);
    await officer.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).click();
    await officer.getByText('Đã trình lãnh đạo duyệt.').waitFor();
    expect(await officer.getByTestId('history').innerText()).toContain('Trình lãnh đạo duyệt trả lời');
    expect(realErrors(officerErrors)).toEqual([]);

    // ---- The leader approves and publishes, with the photo ----
    const leader = await product.browser.newPage(DESKTOP);
    const leaderErrors = collectPageErrors(leader);
    await consoleLogin(leader, url, 'lanhdao.binh-giang');
    await leader.getByRole('navigation', { name: 'Mục chính' }).getByRole('link', { name: 'Chờ duyệt' }).click();
    await leader.getByRole('heading', { name: 'Trả lời chờ duyệt' }).waitFor();
    await leader.locator(`[data-testid="queue-item"][data-code="${code}"]`).click();
    await leader.getByTestId('feedback-content').waitFor();
    await leader.getByRole('button', { name: 'Duyệt trả lời' }).click();
    // Publication is a decision of its own: not ticked by default, and nothing to preview until it is.
    const publish = leader.getByRole('checkbox', { name: 'Công khai câu trả lời' });
    expect(await publish.isChecked()).toBe(false);
    expect(await leader.getByTestId('public-preview').count()).toBe(0);
    await publish.check();
    // The leader sees exactly what will be public, the masked name highlighted.
    const preview = leader.getByTestId('public-preview');
    await preview.getByTestId('public-answer').waitFor();
    expect(await preview.getByTestId('public-answer').innerText()).toBe(answer.replace('Nguyễn Văn An', '[đã ẩn]'));
    expect(await preview.getByTestId('public-answer').locator('mark').allInnerTexts()).toEqual(['[đã ẩn]']);
    expect(await preview.getByTestId('public-content').innerText()).toBe(content);
    // … and edits the public copy; what is left of the citizen's name and phone is masked again.
    await preview.getByRole('button', { name: 'Sửa bản công khai' }).click();
    expect(await leader.getByLabel('Câu trả lời công khai').inputValue()).toBe(answer);
    await leader.getByLabel('Câu trả lời công khai').fill(publicAnswer);
    await leader.getByRole('button', { name: 'Lưu bản công khai' }).click();
    await expect.poll(() => preview.getByTestId('public-answer').innerText()).toBe('UBND xã đã thay bóng đèn đường thôn Đông. Mọi thắc mắc ông [đã ẩn] gọi lại số 09xx xxx xxx.');
    expect(await preview.getByTestId('public-answer').locator('mark').allInnerTexts()).toEqual(['[đã ẩn]', '09xx xxx xxx']);
    await preview.getByText('bản gốc vẫn được giữ nguyên').waitFor();
    await leader.getByRole('checkbox', { name: 'Công khai ảnh 1' }).check();
    await leader.getByRole('button', { name: 'Duyệt và gửi trả lời' }).click();
    await leader.getByText('Đã duyệt và gửi câu trả lời.').waitFor();
    expect(await leader.getByTestId('answer').innerText()).toBe(answer);
    expect(realErrors(leaderErrors)).toEqual([]);

    // ---- The citizen reads the answer in "Phản ánh của tôi" and rates it ----
    await citizen.goto(`${url}/feedback/mine`);
    const mine = citizen.getByTestId('my-feedback').filter({ hasText: code! });
    await mine.waitFor();
    expect(await mine.getByTestId('feedback-status').innerText()).toBe('Đã trả lời');
    await settled(citizen);
    await mine.click();
    await citizen.getByTestId('feedback-answer').waitFor();
    await settled(citizen);
    expect(await citizen.getByTestId('feedback-answer').innerText()).toContain(answer);
    expect(await citizen.getByTestId('feedback-timeline').innerText()).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    await citizen.getByRole('radio', { name: 'Hài lòng', exact: true }).click();
    await citizen.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await citizen.getByTestId('rating-done').waitFor();
    expect(await citizen.getByTestId('rating-done').innerText()).toContain('Hài lòng');
    expect(await citizen.getByTestId('feedback-detail').getByTestId('feedback-status').first().innerText()).toBe('Đã đóng');

    // The public copy is published, without the citizen's name or phone; the citizen kept the original answer.
    await citizen.goto(`${url}/feedback/published`);
    const published = citizen.getByTestId('published-feedback').filter({ hasText: 'UBND xã đã thay bóng đèn đường thôn Đông.' });
    await published.waitFor();
    const card = await published.innerText();
    expect(card).toContain('Mọi thắc mắc ông [đã ẩn] gọi lại số 09xx xxx xxx.');
    expect(card).not.toContain('Nguyễn Văn An');
    expect(card).not.toContain('0912');
    expect(await published.locator('img').count()).toBe(1);

    expect(citizenErrors).toEqual([]);
  });

  it('keeps what the citizen typed when sending fails, and a retry never records it twice', { timeout: 120_000 }, async () => {
    const url = product.url;
    const content = `Rác thải đổ trộm cạnh kênh thôn Bắc nhiều ngày chưa được thu gom (${randomUUID().slice(0, 8)}).`;
    const page = await product.browser.newPage();
    await page.goto(url);
    await chooseUnit(page, 'Xã Bình Giang');
    await page.goto(`${url}/feedback/new`);
    await page.getByRole('button', { name: /^Kiến nghị/ }).click();
    await page.getByRole('heading', { name: /lĩnh vực nào/ }).waitFor();
    await settled(page);
    await page.getByRole('button', { name: 'Môi trường' }).click();
    await page.getByLabel('Việc gì chưa hợp lý và bạn đề xuất thế nào?').waitFor();
    await settled(page);
    await page.getByLabel('Việc gì chưa hợp lý và bạn đề xuất thế nào?').fill(content);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('heading', { name: 'Ảnh và nơi xảy ra sự việc' }).waitFor();
    await settled(page);
    await page.getByRole('button', { name: 'Bỏ qua, tiếp tục' }).click();
    await page.getByRole('heading', { name: 'Thông tin người gửi' }).waitFor();
    await settled(page);
    await page.getByRole('textbox', { name: 'Họ và tên' }).fill('Lê Thị Bình');
    await page.getByRole('textbox', { name: 'Số điện thoại' }).fill('0987 654 321');
    await page.getByRole('textbox', { name: 'Địa chỉ liên hệ' }).fill('Thôn Bắc, xã Bình Giang');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('heading', { name: 'Xem lại trước khi gửi' }).waitFor();
    await settled(page);

    // The first send reaches the server, but the answer is lost on the way back.
    const keys: string[] = [];
    let lose = true;
    await page.route(/\/api\/v1\/units\/binh-giang\/feedback$/, async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      const response = await route.fetch();
      if (lose) {
        lose = false;
        expect(response.status()).toBe(201);
        await route.abort('connectionreset');
      } else {
        await route.fulfill({ response });
      }
    });
    await page.getByRole('button', { name: 'Gửi kiến nghị' }).click();
    await page.getByTestId('send-error').waitFor();
    expect(await page.getByTestId('send-error').innerText()).toContain('Không kết nối được máy chủ');
    expect(await page.getByTestId('review-content').innerText()).toBe(content);

    await page.getByRole('button', { name: 'Gửi lại' }).click();
    await page.getByTestId('feedback-sent').waitFor();
    const code = await page.getByTestId('tracking-code').getAttribute('data-code');
    expect(code).toMatch(/^KN-/);
    expect(keys.length).toBe(2);
    expect(keys[1]).toBe(keys[0]);

    await page.goto(`${url}/feedback/mine`);
    await page.getByTestId('my-feedback').first().waitFor();
    const mine = await page.getByTestId('my-feedback').allInnerTexts();
    expect(mine.filter((text) => text.includes(code!))).toHaveLength(1);
    expect(mine.filter((text) => text.includes('Rác thải đổ trộm cạnh kênh thôn Bắc'))).toHaveLength(1);
  });

  it('shows script in a PAKN as text, in the console and in the Mini App', { timeout: 120_000 }, async () => {
    const url = product.url;
    const deviceId = randomUUID();
    const content = `Nội dung thử: ${XSS} đèn đường hỏng ở thôn Tây.`;

    const topics = (await (await fetch(`${url}/api/v1/units/binh-giang/feedback/topics`)).json()) as { items: { id: number }[] };
    const sent = await fetch(`${url}/api/v1/units/binh-giang/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), 'x-device-id': deviceId },
      body: JSON.stringify({
        kind: 'phan_anh',
        topicId: topics.items[0]!.id,
        content,
        contact: { name: `<b>Trần</b> ${XSS}`, phone: '0912 000 111', address: 'Thôn Tây, xã Bình Giang' },
      }),
    });
    expect(sent.status).toBe(201);
    const { code, accessKey } = (await sent.json()) as { code: string; accessKey: string };

    const dialogs: string[] = [];
    const watch = (page: Page) => {
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
    };

    // The console: queue excerpt and the PAKN page.
    const officer = await product.browser.newPage(DESKTOP);
    watch(officer);
    await consoleLogin(officer, url, 'canbo.binh-giang');
    const row = officer.locator(`[data-testid="queue-item"][data-code="${code}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain('<script>alert(1)</script>');
    expect(await row.locator('img, script').count()).toBe(0);
    await row.click();
    const shown = officer.getByTestId('feedback-content');
    await shown.waitFor();
    expect(await shown.innerText()).toBe(content);
    expect(await shown.locator('img, script').count()).toBe(0);
    expect(await officer.getByTestId('contact').innerText()).toContain('<b>Trần</b>');
    expect(await officer.getByTestId('contact').locator('b, img').count()).toBe(0);

    // The Mini App: "Phản ánh của tôi" (this device sent it) and the detail.
    const citizen = await product.browser.newPage();
    watch(citizen);
    await citizen.addInitScript(
      ([id, unit]) => {
        localStorage.setItem('cchc.device-id.v1', id);
        localStorage.setItem('cchc.unit.v1', unit);
      },
      [deviceId, JSON.stringify({ slug: 'binh-giang', name: 'Xã Bình Giang' })],
    );
    await citizen.goto(`${url}/feedback/mine`);
    const item = citizen.getByTestId('my-feedback').filter({ hasText: code });
    await item.waitFor();
    expect(await item.locator('img, script').count()).toBe(0);
    await settled(citizen);

    await citizen.goto(`${url}/feedback/lookup`);
    await citizen.getByRole('textbox', { name: 'Mã phản ánh' }).fill(code);
    await citizen.getByRole('textbox', { name: 'Khóa tra cứu' }).fill(accessKey);
    await citizen.getByRole('button', { name: 'Tra cứu' }).click();
    const text = citizen.getByTestId('feedback-content');
    await text.waitFor();
    expect(await text.innerText()).toBe(content);
    expect(await text.locator('img, script').count()).toBe(0);
    expect(await citizen.locator('img[src="x"]').count()).toBe(0);

    expect(dialogs).toEqual([]);
  });
});
