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
