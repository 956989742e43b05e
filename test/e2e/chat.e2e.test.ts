import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_PASSWORD } from '../../server/src/config.ts';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

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

/** Sends a question and waits for the bot's answer to it (the n-th bot bubble). */
async function ask(page: Page, text: string): Promise<string> {
  const before = await page.getByTestId('chat-bot').count();
  await page.getByLabel('Câu hỏi của bạn').fill(text);
  await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
  await expect.poll(() => page.getByTestId('chat-bot').count(), { timeout: 10_000 }).toBe(before + 1);
  return page.getByTestId('chat-bot').last().innerText();
}

describe('"Hỏi đáp" in a phone browser', () => {
  const product = productInBrowser();

  it('answers a procedure with its card, hotlines with call buttons, a guided PAKN with its code, and shows an officer\'s reply', async () => {
    const page = await product.browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(product.url);
    await chooseUnit(page, 'Xã Bình Giang');
    await page.getByRole('link', { name: 'Hỏi đáp' }).click();
    await page.getByLabel('Câu hỏi của bạn').waitFor();
    await settled(page);

    // A procedure: the card opens its detail inside the app.
    await ask(page, 'xin giay xac nhan doc than o dau');
    const card = page.getByTestId('chat-procedure-card').first();
    expect(await card.innerText()).toContain('tình trạng hôn nhân');
    await card.click();
    await page.getByRole('heading', { level: 1, name: /tình trạng hôn nhân/ }).waitFor();
    await settled(page);
    await page.getByRole('button', { name: 'Quay lại' }).click();
    await page.getByLabel('Câu hỏi của bạn').waitFor();
    await settled(page);
    expect(await page.getByTestId('chat-procedure-card').count()).toBeGreaterThan(0); // the conversation is kept

    // Hotlines: call buttons are tel: links.
    await ask(page, 'sdt duong day nong');
    const phones = page.getByTestId('chat-button-phone');
    expect(await phones.count()).toBeGreaterThan(0);
    expect(await phones.first().getAttribute('href')).toMatch(/^tel:\d+$/);

    // A guided PAKN, to its tracking code.
    for (const text of [
      'tôi muốn phản ánh đèn đường hỏng',
      'Đèn ở đầu ngõ 5 thôn Đông tắt cả tuần nay, tối rất tối',
      'Đầu ngõ 5, thôn Đông',
      'Nguyễn Văn An',
      '0912 345 678',
      'Số 7 ngõ 5, thôn Đông',
    ]) await ask(page, text);
    expect(await page.getByTestId('chat-bot').last().innerText()).toContain('Bạn kiểm tra lại');
    const before = await page.getByTestId('chat-bot').count();
    await page.getByTestId('chat-bot').last().getByRole('button', { name: 'Gửi', exact: true }).click();
    await expect.poll(() => page.getByTestId('chat-bot').count(), { timeout: 10_000 }).toBe(before + 1);
    expect(await page.getByTestId('chat-bot').last().innerText()).toMatch(/Mã phản ánh: PA-\d{4}-[A-Z0-9]{5}/);

    // What it cannot answer goes to an officer; the reply appears while the page is open.
    await ask(page, 'tỷ giá đô la hôm nay');
    const handed = await ask(page, 'Gặp cán bộ');
    expect(handed).toContain('chuyển câu hỏi');
    const login = await fetch(`${product.url}/api/v1/console/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'canbo.binh-giang', password: DEFAULT_DEMO_PASSWORD }),
    });
    const cookie = String(login.headers.get('set-cookie')).split(';')[0]!;
    const me = (await (await fetch(`${product.url}/api/v1/console/me`, { headers: { cookie } })).json()) as { csrfToken: string };
    const officer = { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' };
    const inbox = (await (await fetch(`${product.url}/api/v1/console/units/binh-giang/chat/inbox`, { headers: officer })).json()) as { items: { id: string }[] };
    expect(inbox.items.length).toBeGreaterThan(0);
    const reply = await fetch(`${product.url}/api/v1/console/units/binh-giang/chat/inbox/${inbox.items[0]!.id}/reply`, {
      method: 'POST',
      headers: officer,
      body: JSON.stringify({ text: 'Chào bạn, cán bộ xã đã nhận câu hỏi.' }),
    });
    expect(reply.status).toBe(200);
    await expect.poll(() => page.getByTestId('chat-officer').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByTestId('chat-officer').innerText()).toContain('cán bộ xã đã nhận câu hỏi');
    expect(errors).toEqual([]);
  });
});
