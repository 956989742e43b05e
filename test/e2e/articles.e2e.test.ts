import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_PASSWORD } from '../../server/src/config.ts';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';
import { tinyPng } from '../helpers/test-images.ts';

/*
 * An article whose body carries script payloads, written and published in the console, then read by a
 * resident in the Mini App: the server's sanitize-html allow-list and the Mini App's React rebuild keep
 * every payload out of the page (no dialog, no window.__pwned, no script, frame or on* attribute), and the
 * harmless formatting (bold, list, link, the article's own image) is still there.
 */

const DESKTOP = { viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
/** The console's first GET /console/me (nobody logged in yet) is reported as a failed resource. */
const realErrors = (errors: string[]) => errors.filter((e) => !/status of 401 \(Unauthorized\)/.test(e));

/** Every payload sets window.__pwned (or its parent's) and opens a dialog, if it ever runs. */
function payloads(media: string): string {
  return [
    '<script>window.__pwned = "script"; alert("script")</script>',
    '<img src=x onerror="window.__pwned = \'img-onerror\'; alert(\'img\')">',
    '<IMG SRC=JaVaScRiPt:alert("img-js")>',
    `<img src="${media}" onerror="window.__pwned = 'own-img-onerror'" onload="window.__pwned = 'own-img-onload'; alert('onload')">`,
    '<p><a href="javascript:window.__pwned = \'js-link\'; alert(\'js-link\')">Nhận quà tặng</a></p>',
    '<p><a href=" JaVaScRiPt:window.__pwned = \'js-link-2\'">Bấm vào đây</a></p>',
    '<p><a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0nZGF0YSc8L3NjcmlwdD4=">Xem tệp đính kèm</a></p>',
    '<img src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4=">',
    '<svg onload="window.__pwned = \'svg\'; alert(\'svg\')"><circle r="5"></circle></svg>',
    '<iframe src="javascript:parent.__pwned = \'iframe\'; alert(\'iframe\')"></iframe>',
    '<iframe srcdoc="<script>parent.__pwned = \'srcdoc\'</script>"></iframe>',
    '<p style="background:url(javascript:window.__pwned=\'style\');width:expression(alert(\'expr\'))">Đoạn có kiểu chữ lạ</p>',
    '<style>body { background: url("javascript:alert(\'css\')") }</style>',
    '<details open ontoggle="window.__pwned = \'ontoggle\'">Chi tiết</details>',
    '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned = \'mxss\'">',
    '<noscript><p title="</noscript><img src=x onerror=window.__pwned=\'noscript\'>">',
    '<object data="javascript:window.__pwned=\'object\'"></object><embed src="javascript:window.__pwned=\'embed\'">',
    '<form action="javascript:window.__pwned=\'form\'"><button>Gửi</button></form>',
    '<a href="https://dichvucong.gov.vn" onclick="window.__pwned = \'onclick\'" onmouseover="window.__pwned = \'hover\'">Cổng Dịch vụ công quốc gia</a>',
  ].join('\n');
}

const FORMATTING = (media: string) =>
  [
    '<h2>Ba bước nộp hồ sơ trực tuyến</h2>',
    '<p>Từ tháng này, người dân xã có thể nộp hồ sơ <b>hoàn toàn trực tuyến</b>, không cần đến trụ sở.</p>',
    '<ul><li>Đăng nhập bằng tài khoản định danh điện tử VNeID</li><li>Chọn thủ tục và điền tờ khai</li><li>Thanh toán lệ phí trực tuyến</li></ul>',
    '<p>Xem hướng dẫn tại <a href="https://dichvucong.gov.vn/p/home/dvc-trang-chu.html">Cổng Dịch vụ công quốc gia</a>.</p>',
    `<p><img src="${media}" alt="Bộ phận Một cửa xã"></p>`,
  ].join('\n');

/** Collects every dialog (alert, confirm, prompt) the page opens, dismissing it. */
function dialogsOf(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

interface BodyScan {
  pwned: unknown;
  forbidden: string[];
  badAttributes: string[];
  hrefs: string[];
  images: { src: string; loaded: boolean; alt: string }[];
  strong: string[];
  items: string[];
  headings: string[];
}

/** What the rendered body holds: forbidden elements and attributes, links, images, formatting. */
async function scan(body: Locator): Promise<BodyScan> {
  return body.evaluate((root) => {
    const all = [...root.querySelectorAll('*')];
    const forbidden = all
      .filter((el) => /^(script|iframe|frame|object|embed|svg|math|style|link|meta|base|form|button|input|textarea|details|noscript|template|video|audio|source)$/i.test(el.tagName))
      .map((el) => el.tagName.toLowerCase());
    const badAttributes = all.flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name) || /^(style|srcdoc|formaction|action|xlink:href)$/i.test(a.name)).map((a) => `${el.tagName.toLowerCase()}[${a.name}]`),
    );
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      forbidden,
      badAttributes,
      hrefs: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      images: [...root.querySelectorAll('img')].map((img) => ({ src: img.getAttribute('src') ?? '', loaded: img.complete && img.naturalWidth > 0, alt: img.alt })),
      strong: [...root.querySelectorAll('strong')].map((el) => el.textContent ?? ''),
      items: [...root.querySelectorAll('ul > li')].map((el) => el.textContent ?? ''),
      headings: [...root.querySelectorAll('h2')].map((el) => el.textContent ?? ''),
    };
  });
}

/** The body shows our formatting and nothing that could run. */
async function expectCleanAndFormatted(page: Page, body: Locator, mediaId: string): Promise<void> {
  await body.waitFor();
  // Give a late payload (an image's onerror, a frame's load) the time it would need to fire.
  await expect.poll(() => body.locator('img').evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).complete))).toBe(true);
  await page.waitForTimeout(500);
  const found = await scan(body);
  expect(found.pwned).toBeUndefined();
  expect(found.forbidden).toEqual([]);
  expect(found.badAttributes).toEqual([]);
  expect(found.hrefs.length).toBeGreaterThan(0);
  for (const href of found.hrefs) expect(href).toMatch(/^https:\/\//);
  expect(found.hrefs).toContain('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html');
  // Only our own image, shown (it loads), every time it was put in.
  expect(found.images.length).toBeGreaterThan(0);
  for (const img of found.images) {
    expect(img.src).toMatch(new RegExp(`/api/v1/article-media/${mediaId}\\.png$`));
    expect(img.loaded).toBe(true);
  }
  expect(found.images.map((i) => i.alt)).toContain('Bộ phận Một cửa xã');
  expect(found.strong).toEqual(['hoàn toàn trực tuyến']);
  expect(found.items).toEqual(['Đăng nhập bằng tài khoản định danh điện tử VNeID', 'Chọn thủ tục và điền tờ khai', 'Thanh toán lệ phí trực tuyến']);
  expect(found.headings).toEqual(['Ba bước nộp hồ sơ trực tuyến']);
  // The link keeps its text, opens apart from the app, and gives no access back to it.
  const link = body.getByRole('link', { name: 'Cổng Dịch vụ công quốc gia' }).last();
  expect(await link.getAttribute('target')).toBe('_blank');
  expect(await link.getAttribute('rel')).toContain('noopener');
  // A javascript: or data: link is only its words now: clicking them does nothing.
  for (const words of ['Nhận quà tặng', 'Bấm vào đây', 'Xem tệp đính kèm']) {
    const text = body.getByText(words, { exact: true });
    expect(await text.evaluate((el) => el.closest('a'))).toBeNull();
    await text.click();
  }
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
}

describe('an article with script payloads, from the console editor to a resident’s phone', () => {
  const product = productInBrowser();

  it('the officer publishes it, the preview and the Mini App show the formatting and run nothing', { timeout: 150_000 }, async () => {
    const url = product.url;
    const title = `Nộp hồ sơ trực tuyến tại xã Bình Giang (${randomUUID().slice(0, 8)})`;

    // ---- The officer, in the console ----
    const officer = await product.browser.newPage(DESKTOP);
    const officerErrors = collectPageErrors(officer);
    const officerDialogs = dialogsOf(officer);
    await officer.goto(`${url}/console`);
    await officer.getByLabel('Tên đăng nhập').fill('canbo.binh-giang');
    await officer.getByLabel('Mật khẩu').fill(DEFAULT_DEMO_PASSWORD);
    await officer.getByRole('button', { name: 'Đăng nhập' }).click();
    await officer.getByTestId('officer-name').waitFor();
    await officer.getByRole('navigation', { name: 'Mục chính' }).getByRole('link', { name: 'Tin bài' }).click();
    await officer.getByRole('link', { name: 'Viết tin mới' }).click();
    await officer.getByRole('heading', { name: 'Viết tin mới' }).waitFor();

    // The article's own image, uploaded through the editor: it lands in the body as <img src="/api/v1/article-media/…">.
    const bodyField = officer.getByLabel(/^Nội dung/);
    await officer.getByLabel('Chèn ảnh vào nội dung').setInputFiles({ name: 'mot-cua.png', mimeType: 'image/png', buffer: tinyPng() });
    await expect.poll(() => bodyField.inputValue()).toMatch(/\/api\/v1\/article-media\/[0-9a-f-]{36}\.png/);
    const media = /\/api\/v1\/article-media\/([0-9a-f-]{36})\.png/.exec(await bodyField.inputValue())!;
    const mediaId = media[1]!;

    await officer.getByLabel('Tiêu đề', { exact: true }).fill(title);
    await officer.getByLabel('Tóm tắt', { exact: true }).fill('Hướng dẫn <img src=x onerror="window.__pwned=\'summary\'"> nộp hồ sơ <script>alert(1)</script> trực tuyến.');
    await bodyField.fill(`${FORMATTING(media[0])}\n${payloads(media[0])}`);
    await officer.getByRole('button', { name: 'Lưu', exact: true }).click();
    await officer.getByText('Đã lưu tin bài.').waitFor();
    await officer.getByRole('heading', { name: 'Sửa tin bài' }).waitFor();
    // What was stored is already clean: the editor shows the sanitised body back.
    const stored = await bodyField.inputValue();
    expect(stored).not.toMatch(/<script|<iframe|<svg|<style|javascript:|data:|onerror|onload|onclick|expression\(/i);
    expect(stored).toContain('<strong>hoàn toàn trực tuyến</strong>');

    await officer.getByRole('button', { name: 'Đăng lên Mini App' }).click();
    await officer.getByText('Đã đăng tin lên Mini App.').waitFor();
    expect(await officer.getByTestId('article-status').innerText()).toMatch(/Đã đăng ngày \d{2}\/\d{2}\/\d{4}/);
    await expectCleanAndFormatted(officer, officer.getByTestId('article-preview'), mediaId);
    expect(officerDialogs).toEqual([]);
    expect(realErrors(officerErrors)).toEqual([]);

    // ---- A resident, on a phone, in the Mini App ----
    const resident = await product.browser.newPage();
    const residentErrors = collectPageErrors(resident);
    const residentDialogs = dialogsOf(resident);
    await resident.goto(url);
    await resident.getByRole('heading', { name: 'Chọn xã, phường của bạn' }).waitFor();
    await resident.getByLabel('Tìm tên xã, phường').fill('Bình Giang');
    await resident.getByRole('button', { name: 'Xã Bình Giang', exact: true }).click();
    await resident.getByTestId('current-unit').waitFor();
    await resident.getByRole('link', { name: 'Xem tất cả tin' }).click();
    await resident.getByRole('heading', { name: 'Tin cải cách hành chính' }).last().waitFor();

    // The feed: the card shows the summary as words, never as markup.
    const feed = resident.getByTestId('article-list').last();
    const card = feed.getByRole('link').filter({ hasText: title });
    await card.waitFor();
    expect(await card.innerText()).toContain('<img src=x onerror=');
    expect(await feed.evaluate((root) => root.querySelectorAll('script, iframe, svg, img[src="x"], [onerror], [onload]').length)).toBe(0);
    expect(await resident.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();

    await card.click();
    const article = resident.getByTestId('article').last();
    await article.getByRole('heading', { name: title }).waitFor();
    expect(new URL(resident.url()).pathname).toMatch(/^\/articles\/\d+$/);
    await expectCleanAndFormatted(resident, article.getByTestId('article-body'), mediaId);
    // Nothing that could run anywhere on the page either (the title and summary are text).
    expect(await resident.evaluate(() => [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('__pwned') || (s.src ?? '').startsWith('data:')).length)).toBe(0);
    expect(await resident.evaluate(() => document.querySelectorAll('iframe, object, embed, [srcdoc], [onerror], [onload], [onclick]').length)).toBe(0);
    expect(residentDialogs).toEqual([]);
    expect(residentErrors).toEqual([]);
  });
});
