import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_PASSWORD, loadConfig } from '../../server/src/config.ts';
import { MINIAPP_DIR } from '../../server/src/paths.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { collectPageErrors, launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { startFakeZalo, type FakeZalo } from '../helpers/fake-zalo/fake-zalo.ts';
import { WebhookEmitter } from '../helpers/fake-zalo/webhook-emitter.ts';

const DESKTOP = { viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
let zalo: FakeZalo;
let t: TestApp;
let url: string;
let browser: TestBrowser;

beforeAll(async () => {
  zalo = await startFakeZalo();
  const { zalo: zaloConfig } = loadConfig({ ...zalo.env(zalo.issuePair()), ZALO_OA_UNIT: 'binh-giang' });
  t = await buildTestApp({ staticDir: MINIAPP_DIR, zalo: zaloConfig });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  url = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
  await zalo?.stop();
});

async function loginOfficer(page: import('playwright-core').Page, username: string) {
  await page.goto(`${url}/console`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEFAULT_DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('officer-name').waitFor();
}

describe('the console inbox answers what the chatbot could not', () => {
  it('an officer reads a handed-off OA conversation and the reply goes out on Zalo; a Mini App one is answered on its page', async () => {
    const emitter = new WebhookEmitter(zalo.app, `${url}/zalo/webhook`);
    const oaUser = '8468458835291979002';
    expect(await emitter.deliver(emitter.userSendText(oaUser, 'tôi muốn gặp cán bộ để hỏi về đất đai'))).toBe(200);
    await expect.poll(() => zalo.messagesTo(oaUser).length, { timeout: 10_000 }).toBe(1);
    const device = '0b6f1c3e-8a47-4b8e-9d0e-3f2a1c5b7d91';
    const chat = await fetch(`${url}/api/v1/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-device-id': device },
      body: JSON.stringify({ unit: 'binh-giang', text: 'cho tôi gặp cán bộ' }),
    });
    const { sessionId } = (await chat.json()) as { sessionId: string };

    const page = await browser.newPage(DESKTOP);
    const errors = collectPageErrors(page);
    await loginOfficer(page, 'canbo.binh-giang');
    await page.getByRole('navigation', { name: 'Mục chính' }).getByRole('link', { name: 'Hỏi đáp' }).click();
    const table = page.getByTestId('inbox-table');
    await table.getByRole('button', { name: /gặp cán bộ để hỏi về đất đai/ }).click();
    const transcript = page.getByTestId('inbox-transcript');
    await transcript.getByText('tôi muốn gặp cán bộ để hỏi về đất đai').waitFor();
    await transcript.getByLabel('Trả lời người dân').fill('Chào anh, mời anh đến bộ phận một cửa sáng thứ Hai để được hướng dẫn.');
    await transcript.getByRole('button', { name: 'Gửi trả lời' }).click();
    await transcript.getByText('Đã gửi câu trả lời qua Zalo OA.').waitFor();
    await transcript.getByText('Chào anh, mời anh đến bộ phận một cửa sáng thứ Hai để được hướng dẫn.').waitFor();
    await expect.poll(() => zalo.messagesTo(oaUser).length, { timeout: 10_000 }).toBe(2);
    expect(String(zalo.messagesTo(oaUser)[1].message.text)).toBe('Xã Bình Giang trả lời:\nChào anh, mời anh đến bộ phận một cửa sáng thứ Hai để được hướng dẫn.');

    await table.getByRole('button', { name: /cho tôi gặp cán bộ/ }).click();
    await transcript.getByText('cho tôi gặp cán bộ').waitFor();
    await transcript.getByLabel('Trả lời người dân').fill('Chị gọi số 0220 3 888 999 trong giờ hành chính nhé.');
    await transcript.getByRole('button', { name: 'Gửi trả lời' }).click();
    await transcript.getByText(/người dân thấy câu trả lời trên trang Hỏi đáp/).waitFor();
    const replies = await fetch(`${url}/api/v1/chat/replies?sessionId=${sessionId}`, { headers: { 'x-device-id': device } });
    expect(((await replies.json()) as { items: { text: string }[] }).items.map((r) => r.text)).toEqual(['Chị gọi số 0220 3 888 999 trong giờ hành chính nhé.']);
    expect(errors.filter((e) => !/status of (401|403)/.test(e))).toEqual([]);
    await page.context().close();
  });
});

describe('an officer links their Zalo account in the console', () => {
  it('gets a code, sends it to the OA, and sees the link', async () => {
    const page = await browser.newPage(DESKTOP);
    const errors = collectPageErrors(page);
    await page.goto(`${url}/console`);
    await page.getByLabel('Tên đăng nhập').fill('canbo.binh-giang');
    await page.getByLabel('Mật khẩu').fill(DEFAULT_DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('officer-name').waitFor();
    await page.getByRole('link', { name: 'Đổi mật khẩu' }).click();
    const card = page.getByTestId('zalo-link');
    await card.getByRole('button', { name: 'Lấy mã liên kết' }).click();
    const command = await card.getByTestId('zalo-link-command').innerText();
    expect(command).toMatch(/^LK \d{6}$/);

    const oaUser = '8468458835291979001';
    const event = new WebhookEmitter(zalo.app, `${url}/zalo/webhook`).userSendText(oaUser, command);
    expect(await new WebhookEmitter(zalo.app, `${url}/zalo/webhook`).deliver(event)).toBe(200);
    await expect.poll(() => zalo.messagesTo(oaUser).length, { timeout: 10_000 }).toBe(1);
    expect(String(zalo.messagesTo(oaUser)[0].message.text)).toMatch(/Đã liên kết/);

    await card.getByRole('button', { name: 'Tôi đã gửi, kiểm tra lại' }).click();
    await card.getByText(/Đã liên kết từ ngày \d{2}\/\d{2}\/\d{4}/).waitFor();
    await card.getByRole('button', { name: 'Bỏ liên kết Zalo' }).click();
    await card.getByRole('button', { name: 'Lấy mã liên kết' }).waitFor();
    expect(errors.filter((e) => !/status of (401|403)/.test(e))).toEqual([]);
    await page.context().close();
  });
});
