import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PaknFiguresT } from '../../shared/src/api/figures.ts';
import { formatCount, formatDays, formatShare, overdueShare, sortByOverdueShare } from '../../miniapp/src/console/features/figures/lib/figures-words.ts';
import { DEFAULT_DEMO_PASSWORD } from '../../server/src/config.ts';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

/*
 * Lĩnh vực, the classify form and "Số liệu PAKN" against the real product with its demo data: Bình Giang's
 * leader keeps the unit's list of lĩnh vực; its officer classifies a new PAKN under one; the page's numbers
 * are the figures API's, for the commune and for the city administrator (every commune, then one picked).
 */

const DESKTOP = { viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
const realErrors = (errors: string[]) => errors.filter((e) => !/status of (401|403|409|429)/.test(e));
/** This year in Viet Nam, the period the figures are read for. */
const YEAR = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

async function login(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/console`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEFAULT_DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('officer-name').waitFor();
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Mục chính' });
const fieldNames = (page: Page) => page.getByTestId('field-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name')));

/** The figures API's answer, read with the page's own session. */
async function apiFigures(page: Page, url: string, unit: string, period: string): Promise<PaknFiguresT> {
  const res = await page.request.get(`${url}/api/v1/console/units/${unit}/figures?period=${period}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as PaknFiguresT;
}

/** A table's body rows as their cells' text. */
const tableRows = (page: Page, testId: string) =>
  page.getByTestId(testId).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));

const bucketRows = (rows: PaknFiguresT['byTopic']) => rows.map((r) => [r.name, ...[r.received, r.answered, r.answeredOnTime, r.overdue].map(formatCount)]);

async function expectNumbersOf(page: Page, api: PaknFiguresT): Promise<void> {
  const value = (id: string) => page.getByTestId(`figure-${id}`).locator('.c-fnumber__value').innerText();
  await expect.poll(() => value('received')).toBe(formatCount(api.received));
  expect(await value('on-time')).toBe(formatCount(api.answeredOnTime));
  expect(await value('overdue')).toBe(formatCount(api.overdue));
  expect(await value('open')).toBe(formatCount(api.open));
  expect(await value('median')).toBe(formatDays(api.medianWorkingDays));
  expect(await value('satisfied')).toBe(formatShare(api.satisfiedShare));
}

async function pickYear(page: Page, year: number): Promise<void> {
  await page.getByLabel('Theo', { exact: true }).selectOption('year');
  await page.getByLabel('Năm', { exact: true }).selectOption(String(year));
  await page.getByRole('heading', { name: new RegExp(`— năm ${year}`) }).waitFor();
}

describe('lĩnh vực, classifying and Số liệu PAKN in the browser', () => {
  const product = productInBrowser();

  it("Bình Giang's leader adds, refuses a twin name, reorders, renames and switches off lĩnh vực; a reload keeps it", { timeout: 120_000 }, async () => {
    const page = await product.browser.newPage(DESKTOP);
    const errors = collectPageErrors(page);
    await login(page, product.url, 'lanhdao.binh-giang');
    await nav(page).getByRole('link', { name: 'Cài đặt' }).click();
    const editor = page.getByTestId('fields-editor');
    await editor.waitFor();

    for (const name of ['Giao thông', 'Đất đai', 'Môi trường']) {
      await editor.getByLabel('Thêm lĩnh vực mới').fill(name);
      await editor.getByRole('button', { name: 'Thêm lĩnh vực' }).click();
      await editor.getByText('Đã thêm lĩnh vực.').waitFor();
      await expect.poll(() => fieldNames(page)).toContain(name);
    }
    expect(await fieldNames(page)).toEqual(['Giao thông', 'Đất đai', 'Môi trường']);

    // A name differing only by case and diacritics: the server's 409, in words.
    await editor.getByLabel('Thêm lĩnh vực mới').fill('GIAO THONG');
    await editor.getByRole('button', { name: 'Thêm lĩnh vực' }).click();
    await expect.poll(() => editor.getByRole('alert').innerText()).toContain('Đơn vị đã có lĩnh vực "GIAO THONG"');
    expect(await fieldNames(page)).toEqual(['Giao thông', 'Đất đai', 'Môi trường']);

    await editor.getByRole('button', { name: 'Đưa Môi trường lên' }).click();
    await expect.poll(() => fieldNames(page)).toEqual(['Giao thông', 'Môi trường', 'Đất đai']);

    await editor.getByLabel('Tên lĩnh vực 1', { exact: true }).fill('Giao thông, vận tải');
    await editor.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await editor.getByText('Đã đổi tên lĩnh vực.').waitFor();

    await editor.getByRole('button', { name: 'Tắt Đất đai' }).click();
    await editor.getByText('Đã tắt lĩnh vực.').waitFor();

    await page.reload();
    await editor.waitFor();
    await expect.poll(() => fieldNames(page)).toEqual(['Giao thông, vận tải', 'Môi trường', 'Đất đai']);
    expect(await page.locator('[data-testid="field-row"][data-name="Đất đai"]').innerText()).toContain('Đã tắt');
    await page.locator('#fields').screenshot({ path: '/tmp/cp-fields.png' });
    expect(realErrors(errors)).toEqual([]);
  });

  it("Bình Giang's officer classifies a new PAKN by picking an active lĩnh vực, and Số liệu PAKN shows the API's numbers", { timeout: 120_000 }, async () => {
    const url = product.url;
    const topics = (await (await fetch(`${url}/api/v1/units/binh-giang/feedback/topics`)).json()) as { items: { id: number }[] };
    const sent = await fetch(`${url}/api/v1/units/binh-giang/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), 'x-device-id': randomUUID() },
      body: JSON.stringify({
        kind: 'phan_anh',
        topicId: topics.items[0]!.id,
        content: 'Bãi rác tự phát ở đầu thôn Đông bốc mùi, đề nghị xã cho thu gom sớm.',
        contact: { name: 'Phạm Văn Đức', phone: '0912 222 333', address: 'Thôn Đông, xã Bình Giang' },
      }),
    });
    expect(sent.status).toBe(201);
    const { code } = (await sent.json()) as { code: string };

    const page = await product.browser.newPage(DESKTOP);
    const errors = collectPageErrors(page);
    await login(page, url, 'canbo.binh-giang');
    await page.goto(`${url}/console/feedback/${code}`);
    await page.getByTestId('feedback-content').waitFor();
    await page.getByRole('button', { name: 'Tiếp nhận, phân loại' }).click();
    const select = page.getByLabel('Lĩnh vực', { exact: true });
    await expect.poll(() => select.locator('option').allInnerTexts()).toEqual(['— Chọn lĩnh vực —', 'Giao thông, vận tải', 'Môi trường']);
    // Nothing chosen: said in words, nothing sent.
    await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    await page.getByText('Vui lòng chọn lĩnh vực.').waitFor();
    await select.selectOption({ label: 'Môi trường' });
    await page.getByLabel('Mức độ').selectOption('binh_thuong');
    await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    await page.getByText('Đã tiếp nhận, phân loại.').waitFor();
    const shown = await page.request.get(`${url}/api/v1/console/feedback/${code}`);
    expect(await shown.json()).toMatchObject({ field: 'Môi trường', status: expect.any(String) });

    // Số liệu PAKN for this year: the API's numbers, a chart, the lĩnh vực table with Môi trường.
    await nav(page).getByRole('link', { name: 'Số liệu PAKN' }).click();
    await page.getByRole('heading', { name: 'Số liệu phản ánh, kiến nghị' }).waitFor();
    await pickYear(page, YEAR);
    expect(page.url()).toContain(`period=${YEAR}`);
    const api = await apiFigures(page, url, 'binh-giang', String(YEAR));
    console.info(`binh-giang ${YEAR}: received ${api.received}, on time ${api.answeredOnTime}, overdue ${api.overdue}, open ${api.open}, median ${api.medianWorkingDays}, satisfied ${api.satisfiedShare}`);
    expect(api.received).toBeGreaterThanOrEqual(1);
    await expectNumbersOf(page, api);
    await page.getByTestId('chart-figures').locator('canvas').waitFor();
    expect(await tableRows(page, 'figures-by-topic')).toEqual(bucketRows(api.byTopic));
    expect(await tableRows(page, 'figures-by-field')).toEqual(bucketRows(api.byField));
    expect(api.byField.map((f) => f.name)).toContain('Môi trường');
    await page.screenshot({ path: '/tmp/cp-figures-commune.png', fullPage: true });
    // A commune sees no by-commune table.
    expect(await page.getByTestId('figures-by-unit').count()).toBe(0);

    // Next year has no PAKN yet: a sentence, not a blank chart.
    await pickYear(page, YEAR + 1);
    await page.getByTestId('figures-empty').waitFor();
    expect(await page.getByTestId('figures-empty').innerText()).toContain(`Không có phản ánh, kiến nghị nào được tiếp nhận trong năm ${YEAR + 1}`);
    expect(await page.getByTestId('chart-figures').count()).toBe(0);
    expect(realErrors(errors)).toEqual([]);
  });

  it('the city administrator reads every commune, the largest share overdue first, then picks one commune', { timeout: 120_000 }, async () => {
    const url = product.url;
    const page = await product.browser.newPage(DESKTOP);
    const errors = collectPageErrors(page);
    await login(page, url, 'admin.hai-phong');
    await nav(page).getByRole('link', { name: 'Số liệu PAKN' }).click();
    await page.getByRole('heading', { name: 'Số liệu phản ánh, kiến nghị' }).waitFor();
    await pickYear(page, YEAR);

    const api = await apiFigures(page, url, 'hai-phong', String(YEAR));
    expect(api.byUnit.length).toBeGreaterThanOrEqual(5);
    await expectNumbersOf(page, api);
    const expected = sortByOverdueShare(api.byUnit).map((r) => [r.name, formatCount(r.received), formatCount(r.answeredOnTime), formatCount(r.overdue), formatShare(overdueShare(r))]);
    expect(await tableRows(page, 'figures-by-unit')).toEqual(expected);
    console.info(`hai-phong ${YEAR}: ${api.byUnit.length} communes, received ${api.received}, overdue ${api.overdue}`);
    await page.screenshot({ path: '/tmp/cp-figures-city.png', fullPage: true });
    expect(await tableRows(page, 'figures-by-topic')).toEqual(bucketRows(api.byTopic));
    expect(await tableRows(page, 'figures-by-field')).toEqual(bucketRows(api.byField));

    // The unit picker: Bình Giang alone.
    await page.getByLabel('Đơn vị', { exact: true }).selectOption('binh-giang');
    await page.getByRole('heading', { name: `Xã Bình Giang — năm ${YEAR}` }).waitFor();
    expect(page.url()).toContain('unit=binh-giang');
    const commune = await apiFigures(page, url, 'binh-giang', String(YEAR));
    await expectNumbersOf(page, commune);
    expect(await page.getByTestId('figures-by-unit').count()).toBe(0);
    expect(realErrors(errors)).toEqual([]);
  });
});
