import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

const MINIAPP_SRC = path.resolve(import.meta.dirname, '../../miniapp/src');

/** zmp-ui keeps the leaving screen in the DOM while it slides out; wait until only the new one is left. */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.zaui-routes-item').count(), { timeout: 10_000 }).toBe(1);
}

/** The header's back button, once the previous screen's header has gone. */
async function goBack(page: Page): Promise<void> {
  const back = page.getByRole('button', { name: 'Quay lại' });
  await expect.poll(() => back.count(), { timeout: 10_000 }).toBe(1);
  await back.click();
}

async function chooseUnit(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { name: 'Chọn xã, phường của bạn' }).waitFor();
  await page.getByLabel('Tìm tên xã, phường').fill(name.replace(/^Xã /, ''));
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByTestId('current-unit').waitFor();
  await settled(page);
  expect(await page.getByTestId('current-unit').innerText()).toBe(name);
}

describe('citizen catalog in a phone browser', () => {
  const product = productInBrowser();

  it('finds "Đăng ký kết hôn" from an unaccented search, shows its detail, then a hotline to call', async () => {
    const page = await product.browser.newPage();
    const errors = collectPageErrors(page);

    await page.goto(product.url);
    await chooseUnit(page, 'Xã Bình Giang');

    // Search from home, the way people type: no diacritics, everyday words.
    await page.getByLabel('Bạn cần làm thủ tục gì?').fill('thu tuc ket hon');
    await page.getByRole('button', { name: 'Tìm thủ tục' }).click();
    await page.waitForURL((url) => url.pathname === '/procedures' && url.searchParams.get('q') === 'thu tuc ket hon');
    await page.getByTestId('search-results').waitFor();
    await settled(page);
    const first = page.getByTestId('procedure-link').first();
    expect(await first.locator('.list-row__title').innerText()).toBe('Đăng ký kết hôn');

    // The detail: name, required documents, one card per channel.
    await first.click();
    await page.getByRole('heading', { level: 1, name: 'Đăng ký kết hôn' }).waitFor();
    await settled(page);
    expect(new URL(page.url()).pathname).toMatch(/^\/procedures\/1\.000894/);
    await expect.poll(() => page.getByRole('heading', { name: 'Thành phần hồ sơ' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: 'Cách thức thực hiện' }).isVisible()).toBe(true);
    const channels = page.getByTestId('channel-card');
    expect(await channels.count()).toBeGreaterThan(0);
    const firstChannel = await channels.first().innerText();
    expect(firstChannel).toContain('Thời hạn giải quyết');
    expect(firstChannel).toContain('Phí, lệ phí');
    expect(await page.getByText(/Bản chính: \d+/).count()).toBeGreaterThan(0);

    // Back keeps the search (the query lives in the URL), back again is home.
    await goBack(page);
    await page.waitForURL((url) => url.pathname === '/procedures' && url.searchParams.get('q') === 'thu tuc ket hon');
    await settled(page);
    expect(await page.getByLabel('Tìm thủ tục').inputValue()).toBe('thu tuc ket hon');
    await goBack(page);
    await page.waitForURL((url) => url.pathname === '/');
    await settled(page);

    // Hotlines: a real tel: link with the number.
    await page.getByRole('link', { name: 'Đường dây nóng' }).click();
    await page.waitForURL((url) => url.pathname === '/hotlines');
    await page.getByTestId('hotline-card').first().waitFor();
    const tel = page.locator('a[href^="tel:"]').first();
    expect(await tel.getAttribute('href')).toMatch(/^tel:\+?\d{8,12}$/);
    expect(await tel.innerText()).toMatch(/Gọi\s*[\d ]{8,}/);

    expect(errors).toEqual([]);
  });

  it('opens a deep link directly and remembers the chosen unit', async () => {
    const page = await product.browser.newPage();
    const errors = collectPageErrors(page);

    // Procedure codes contain dots: the server's SPA fallback must not take them for file names.
    const response = await page.goto(`${product.url}/procedures/1.000894`);
    expect(response?.status(), 'a deep link must be answered with index.html').toBe(200);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    await page.waitForURL((url) => url.pathname === '/units');
    await page.getByRole('heading', { name: 'Chọn xã, phường của bạn' }).waitFor();
    await page.getByLabel('Tìm tên xã, phường').fill('binh giang');
    await page.getByRole('button', { name: 'Xã Bình Giang', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/procedures/1.000894');
    await page.getByRole('heading', { level: 1, name: 'Đăng ký kết hôn' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Đăng ký kết hôn' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('renders API text as text, never as HTML', async () => {
    const sources = fs.readdirSync(MINIAPP_SRC, { recursive: true, encoding: 'utf8' }).filter((f) => /\.[jt]sx?$/.test(f));
    for (const file of sources) {
      const code = fs.readFileSync(path.join(MINIAPP_SRC, file), 'utf8');
      expect(code, file).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/);
    }

    const page = await product.browser.newPage();
    const markup = '<img src="x" onerror="window.__injected = 1"><b>Đăng ký kết hôn</b>';
    await page.route(/\/api\/v1\/units\/[^/]+\/procedures\?/, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { items: { name: string }[]; total: number };
      body.items = body.items.map((item, index) => (index === 0 ? { ...item, name: markup } : item));
      await route.fulfill({ response, json: body });
    });

    await page.goto(product.url);
    await chooseUnit(page, 'Xã Bình Giang');
    await page.goto(`${product.url}/procedures?q=${encodeURIComponent('kết hôn')}`);
    await page.getByTestId('search-results').waitFor();
    await settled(page);

    const title = page.getByTestId('procedure-link').first().locator('.list-row__title');
    expect(await title.innerText()).toBe(markup);
    expect(await title.locator('img, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
  });

  it('sends "đăng ký tạm trú" to Công an xã: a card above the results with who, a call button and the online route', async () => {
    const page = await product.browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(product.url);
    await chooseUnit(page, 'Xã Bình Giang');
    await page.goto(`${product.url}/procedures?q=${encodeURIComponent('đăng ký tạm trú')}`);
    const card = page.getByTestId('referral-card');
    await card.waitFor();
    await settled(page);
    expect(await card.getByRole('heading', { level: 2 }).innerText()).toMatch(/^Công an xã/);
    expect(await card.innerText()).toMatch(/VNeID/);
    expect(await card.locator('a[href^="tel:"]').getAttribute('href')).toBe('tel:02253999016');
    expect(await card.getByRole('link', { name: /Nộp trực tuyến/ }).getAttribute('href')).toBe('https://dichvucong.gov.vn');
    expect(await page.getByTestId('procedure-link').count()).toBe(0);
    expect(await page.getByText('Không tìm thấy thủ tục phù hợp').count()).toBe(0);

    // "công chứng": the văn phòng công chứng above, the commune's chứng thực below.
    await page.getByLabel('Tìm thủ tục').fill('công chứng');
    await page.waitForURL((url) => url.searchParams.get('q') === 'công chứng');
    await expect.poll(() => page.getByTestId('referral-card').getByRole('heading', { level: 2 }).innerText()).toMatch(/^Văn phòng công chứng/);
    await page.getByTestId('procedure-link').first().waitFor();
    const cardBox = (await page.getByTestId('referral-card').boundingBox())!;
    const firstBox = (await page.getByTestId('procedure-link').first().boundingBox())!;
    expect(cardBox.y).toBeLessThan(firstBox.y);
    expect(errors).toEqual([]);
  });

  it('shows a procedure for elderly readers: a jump list, folding parts, a form to download, no "Bản sao: 0"', async () => {
    const page = await product.browser.newPage();
    const errors = collectPageErrors(page);
    // The demo record names its form without a link; a record that links it gets a download.
    await page.route(/\/api\/v1\/units\/[^/]+\/procedures\/1\.001193$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { documentCases: { documents: { template?: string; templateUrl?: string }[] }[] };
      const doc = body.documentCases[0].documents.find((d) => d.template)!;
      doc.templateUrl = 'https://example.gov.vn/mau/to-khai-khai-sinh.docx';
      await route.fulfill({ response, json: body });
    });
    await page.goto(product.url);
    await chooseUnit(page, 'Xã Bình Giang');
    await page.goto(`${product.url}/procedures/1.001193`);
    await page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' }).waitFor();
    await settled(page);

    const jump = page.getByTestId('jump-list');
    const entries = await jump.getByRole('button').allInnerTexts();
    expect(entries).toEqual(expect.arrayContaining(['Thành phần hồ sơ', 'Cách thức thực hiện', 'Trình tự thực hiện', 'Căn cứ pháp lý']));

    // What to bring is open; the steps fold until asked for, then open from the jump list.
    expect(await page.locator('#section-documents').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const steps = page.locator('#section-steps');
    expect(await steps.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await steps.locator('ol.steps').isVisible()).toBe(false);
    await jump.getByRole('button', { name: 'Trình tự thực hiện' }).click();
    await expect.poll(() => steps.locator('ol.steps').isVisible()).toBe(true);
    // A part folds again when its title is tapped.
    await steps.locator('summary').click();
    await expect.poll(() => steps.locator('ol.steps').isVisible()).toBe(false);

    const download = page.getByRole('link', { name: /^Tải Mẫu Tờ khai đăng ký khai sinh/ });
    expect(await download.getAttribute('href')).toBe('https://example.gov.vn/mau/to-khai-khai-sinh.docx');

    const documents = await page.locator('#section-documents').innerText();
    expect(documents).toMatch(/Bản chính: 1/);
    expect(documents).not.toMatch(/Bản (chính|sao): 0/);
    const fontSize = await page.locator('.document__name').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(18);
    expect(errors).toEqual([]);
  });
});
