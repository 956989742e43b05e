import jsQRImport from 'jsqr';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CurrentSurveyT, QuestionSetSummaryT, SatisfactionFiguresT } from '../../shared/src/api/satisfaction.ts';
import { formatCount, formatInterval, formatPercent } from '../../shared/src/satisfaction/figure-words.ts';
import { surveyLink } from '../../shared/src/satisfaction/survey-link.ts';
import { DEFAULT_DEMO_PASSWORD } from '../../server/src/config.ts';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

/*
 * The console's satisfaction pages against the real product and its demo data: Bình Giang's "Hài lòng" shows
 * the API's index and sample; the A5 QR sheet's code, read back from a screenshot, is the survey link with
 * its desk and procedure; the city administrator makes a new question-set version and opens it.
 */

// jsqr is CommonJS: at run time the default import is the function itself.
const jsQR = jsQRImport as unknown as typeof jsQRImport.default;

/** The login screen's first look (no session yet) answers 401; that is not the app failing. */
const realErrors = (errors: string[]) => errors.filter((e) => !/status of 401/.test(e));

const DESKTOP = { viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
const YEAR = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

async function login(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/console`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEFAULT_DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('officer-name').waitFor();
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Mục chính' });
const value = (page: Page, id: string) => page.getByTestId(`sat-${id}`).locator('.c-fnumber__value').innerText();

/**
 * What a phone's camera would read: the element's pixels as shown on screen, decoded by jsQR. The PNG is turned
 * into pixels in a blank page (the console's Content-Security-Policy rightly refuses data: URLs).
 */
async function readQr(page: Page, selector: ReturnType<Page['locator']>): Promise<string | null> {
  const png = await selector.screenshot();
  const blank = await page.context().newPage();
  const rgba = await blank.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return { width: bitmap.width, height: bitmap.height, base64: btoa(binary) };
  }, png.toString('base64'));
  await blank.close();
  const pixels = new Uint8ClampedArray(Buffer.from(rgba.base64, 'base64'));
  return jsQR(pixels, rgba.width, rgba.height)?.data ?? null;
}

describe('the satisfaction pages of the console', () => {
  const product = productInBrowser();

  it("Bình Giang's leader reads the index, its interval, the sample and the 766 ratios the API computes", { timeout: 120_000 }, async () => {
    const page = await product.browser.newPage(DESKTOP);
    const errors = collectPageErrors(page);
    await login(page, product.url, 'lanhdao.binh-giang');
    await nav(page).getByRole('link', { name: 'Hài lòng' }).click();
    await page.getByTestId('satisfaction').waitFor();
    await page.getByRole('heading', { name: `Xã Bình Giang — năm ${YEAR}` }).waitFor();

    const res = await page.request.get(`${product.url}/api/v1/console/units/binh-giang/satisfaction?period=${YEAR}&granularity=month`);
    expect(res.status()).toBe(200);
    const api = (await res.json()) as SatisfactionFiguresT;
    expect(api.responses).toBeGreaterThan(0);

    await expect.poll(() => value(page, 'index')).toBe(formatPercent(api.overall.share));
    expect(await value(page, 'ci')).toBe(formatInterval(api.overall.ci));
    expect(await value(page, 'sample')).toBe(formatCount(api.overall.n));
    expect(await value(page, 'responses')).toBe(formatCount(api.responses));
    expect(await page.getByTestId('sat-low-sample').count()).toBe(api.overall.lowSample ? 1 : 0);
    if (api.overall.requiredSample !== null) {
      expect(await page.getByTestId('sat-sample').innerText()).toContain(`cần ${formatCount(api.overall.requiredSample)}`);
    }
    expect(await page.getByTestId('ratio-pakn-on-time').locator('.c-fnumber__value').innerText()).toBe(formatPercent(api.ratios.paknOnTime.ratio));
    expect(await page.getByTestId('ratio-tthc-satisfied').locator('.c-fnumber__value').innerText()).toBe(formatPercent(api.ratios.tthcSatisfied.ratio));

    // The factors side by side, each with its own sample; the weakest criteria first; the charts drawn.
    const factorRows = await page.getByTestId('sat-factors').locator('tbody tr').allInnerTexts();
    expect(factorRows).toHaveLength(api.factors.length);
    api.factors.forEach((f, i) => {
      expect(factorRows[i]).toContain(formatPercent(f.share));
      expect(factorRows[i]).toContain(formatCount(f.n));
    });
    expect(await page.getByTestId('sat-weakest').locator('tbody tr').first().locator('th').innerText()).toBe(api.weakest[0].text);
    await page.getByTestId('chart-sat-trend').locator('canvas').waitFor();

    // One procedure on its own: its index, interval and sample as the API's breakdown says.
    const one = api.byProcedure.find((p) => p.key !== '')!;
    await page.getByLabel('Xem riêng thủ tục').selectOption(one.key);
    const focused = await page.getByTestId('sat-focus-figure').innerText();
    expect(focused).toContain(`${one.name}: hài lòng chung ${formatPercent(one.share)}`);
    expect(focused).toContain(`${formatInterval(one.ci)} · ${formatCount(one.n)} người trả lời`);
    await page.getByTestId('sat-comments').waitFor();

    // The XLSX export answers a spreadsheet with the page's period.
    const href = await page.getByTestId('sat-export').getAttribute('href');
    const file = await page.request.get(`${product.url}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('spreadsheetml');
    expect(href).toContain(`from=${api.from}`);

    // The leader stops publishing: the Mini App's public figures go; ticking it again brings them back.
    const publicStatus = async () => (await page.request.get(`${product.url}/api/v1/units/binh-giang/satisfaction`)).status();
    const toggle = page.getByTestId('sat-publish').getByLabel('Công khai chỉ số hài lòng trên Mini App');
    expect(await toggle.isChecked()).toBe(true);
    expect(await publicStatus()).toBe(200);
    await toggle.click();
    await page.getByText('Đã thôi công khai chỉ số hài lòng.').waitFor();
    expect(await toggle.isChecked()).toBe(false);
    expect(await publicStatus()).toBe(404);
    await toggle.click();
    await page.getByText('Đã công khai chỉ số hài lòng trên Mini App.').waitFor();
    expect(await toggle.isChecked()).toBe(true);
    expect(await publicStatus()).toBe(200);
    expect(realErrors(errors)).toEqual([]);
  });

  it('the A5 sheet of a desk and of a procedure carries a QR code that reads as the survey link', { timeout: 120_000 }, async () => {
    const page = await product.browser.newPage(DESKTOP);
    const errors = collectPageErrors(page);
    await login(page, product.url, 'canbo.binh-giang');
    await page.goto(`${product.url}/console/satisfaction/qr`);
    await page.getByLabel('Thêm tờ cho quầy').fill('Quầy 3 — Hộ tịch');
    await page.getByRole('button', { name: 'Thêm quầy' }).click();
    await page.getByLabel('Thêm tờ cho thủ tục').fill('khai sinh');
    await page.getByRole('button', { name: 'Tìm thủ tục' }).click();
    const found = page.getByTestId('qr-procedures').locator('li').first();
    await found.waitFor();
    const procedureCode = /\(([^)]+)\)/.exec(await found.innerText())![1];
    await found.getByRole('button', { name: 'Thêm tờ' }).click();

    const sheets = page.getByTestId('qr-sheet');
    await expect.poll(() => sheets.count()).toBe(3);
    await expect.poll(() => page.locator('.c-qr[data-state="drawn"]').count()).toBe(3);
    const deskSheet = sheets.nth(1);
    expect(await deskSheet.innerText()).toContain('XÃ BÌNH GIANG');
    const deskLink = surveyLink(product.url, { unit: 'binh-giang', desk: 'Quầy 3 — Hộ tịch' });
    expect(await readQr(page, deskSheet.getByTestId('qr-canvas'))).toBe(deskLink);
    expect(await readQr(page, sheets.nth(2).getByTestId('qr-canvas'))).toBe(surveyLink(product.url, { unit: 'binh-giang', procedure: procedureCode }));

    // The link opens the survey with its desk.
    const phone = await product.browser.newPage();
    await phone.goto(deskLink);
    await expect.poll(() => phone.getByTestId('survey-context').innerText()).toContain('Quầy 3 — Hộ tịch');

    // Printed: one A5 page per sheet, nothing of the console around them.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.c-top').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Thêm quầy' }).isVisible()).toBe(false);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes).toEqual([
      [420, 595],
      [420, 595],
      [420, 595],
    ]);
    expect(realErrors(errors)).toEqual([]);
  });

  it('the city administrator makes a new version from the current one, edits a question and opens it; citizens get it', { timeout: 120_000 }, async () => {
    const page = await product.browser.newPage(DESKTOP);
    const errors = collectPageErrors(page);
    await login(page, product.url, 'admin.hai-phong');
    await nav(page).getByRole('link', { name: 'Hài lòng' }).click();
    await page.getByRole('link', { name: 'Bộ câu hỏi' }).click();
    await page.getByTestId('question-sets').waitFor();
    const before = (await (await page.request.get(`${product.url}/api/v1/console/satisfaction/question-sets`)).json()) as { items: QuestionSetSummaryT[] };
    const current = before.items.find((s) => s.status === 'open')!;

    await page.getByRole('button', { name: 'Tạo phiên bản mới từ bộ đang dùng' }).click();
    const form = page.getByTestId('question-set-form');
    await form.waitFor();
    const first = form.getByTestId('question-row').first();
    const code = await first.getAttribute('data-code');
    await first.getByLabel('Nội dung câu 1').fill('Nơi đón tiếp có đủ chỗ ngồi, sạch sẽ, thoáng mát?');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.locator('.c-notice--success, .c-notice--error').waitFor();
    expect(await page.locator('.c-notice--success, .c-notice--error').innerText()).toBe('Đã lưu bản nháp.');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Lưu và mở cho người dân' }).click();
    await expect.poll(() => page.locator('.c-notice--success, .c-notice--error').innerText()).toMatch(/^Đã mở phiên bản/);
    await page.getByTestId('question-set-read').waitFor();

    const after = (await (await page.request.get(`${product.url}/api/v1/console/satisfaction/question-sets`)).json()) as { items: QuestionSetSummaryT[] };
    const opened = after.items.find((s) => s.status === 'open')!;
    expect(opened.version).toBeGreaterThan(current.version);
    expect(after.items.find((s) => s.id === current.id)!.status).toBe('closed');
    const survey = (await (await page.request.get(`${product.url}/api/v1/units/binh-giang/surveys/current`)).json()) as CurrentSurveyT;
    expect(survey.questionSetVersion).toBe(opened.version);
    expect(survey.questions.find((q) => q.code === code)!.text).toBe('Nơi đón tiếp có đủ chỗ ngồi, sạch sẽ, thoáng mát?');

    await page.getByRole('link', { name: '← Mọi phiên bản' }).click();
    await expect.poll(() => page.getByTestId('question-sets').locator(`tr[data-status="open"]`).innerText()).toContain(`Phiên bản ${opened.version}`);
    expect(realErrors(errors)).toEqual([]);
  });
});
