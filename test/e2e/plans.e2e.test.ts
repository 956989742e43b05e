import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

/*
 * The "Kế hoạch" page against the real product with its demo data: Bình Giang's 2026 plan (seed 004).
 * Needs a built Mini App (npm run build -w miniapp).
 */

const PASSWORD = 'demo-cchc-2026';
const DESKTOP = { viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
const realErrors = (errors: string[]) => errors.filter((e) => !/status of (401|403|429)/.test(e));

async function login(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/console`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('officer-name').waitFor();
}

/** A console session over plain HTTP: the cookie and the CSRF token. */
async function session(url: string, username: string): Promise<{ cookie: string; 'x-csrf-token': string }> {
  const res = await fetch(`${url}/api/v1/console/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  expect(res.status).toBe(204);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const me = (await (await fetch(`${url}/api/v1/console/me`, { headers: { cookie } })).json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': me.csrfToken };
}

/** A task table laid out like the plans' appendices: a title row, the header, a group row, three tasks. */
async function taskTable(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nhiệm vụ');
  ws.getCell('A1').value = 'NHIỆM VỤ CỤ THỂ';
  ws.getRow(3).values = ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Sản phẩm'];
  ws.getRow(4).values = ['I.', 'Tuyên truyền trên hệ thống truyền thanh'];
  ws.getRow(5).values = [1, 'Xây dựng chuyên mục CCHC trên loa truyền thanh xã', 'Phòng Văn hóa - Xã hội', 'Các thôn', 'Thường xuyên', 'Tin, bài'];
  ws.getRow(6).values = [2, 'Phát file âm thanh về dịch vụ công trực tuyến', 'Trung tâm Dịch vụ Sự nghiệp công', '', 'Quý II/2027', 'File âm thanh'];
  ws.getRow(7).values = [3, 'Treo băng rôn tại trụ sở', 'Văn phòng HĐND và UBND', '', 'Quý III/2027', 'Băng rôn'];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Mục chính' });

describe('the Kế hoạch page in the browser', () => {
  const product = productInBrowser();

  it("Bình Giang's officer opens the 2026 plan, changes a target's minimum, saves, and sees it after a reload", { timeout: 90_000 }, async () => {
    const page = await product.browser.newPage(DESKTOP);
    const errors = collectPageErrors(page);
    await login(page, product.url, 'canbo.binh-giang');
    await nav(page).getByRole('link', { name: 'Kế hoạch' }).click();
    await page.getByRole('heading', { name: 'Kế hoạch tuyên truyền CCHC' }).waitFor();

    const item = page.getByTestId('plan-item').filter({ hasText: /năm 2026/ });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.innerText()).toMatch(/Từ 01\/01\/2026 đến 31\/12\/2026/);
    await item.getByRole('link').click();
    await page.getByRole('heading', { name: 'Thông tin kế hoạch' }).waitFor();
    expect(await page.getByLabel('Từ ngày').inputValue()).toBe('01/01/2026');

    const target = page.getByTestId('plan-target').first();
    const minimum = target.getByLabel('Tối thiểu');
    const before = Number(await minimum.inputValue());
    const after = before + 3;
    await minimum.fill(String(after));
    await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await page.getByText(/Đã lưu kế hoạch lúc/).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Thông tin kế hoạch' }).waitFor();
    expect(await page.getByTestId('plan-target').first().getByLabel('Tối thiểu').inputValue()).toBe(String(after));
    // The other fields came back as they were: the target's channel is still chosen in words.
    expect(await page.getByTestId('plan-target').first().getByLabel('Kênh').locator('option:checked').innerText()).toBe('Đài truyền thanh, loa truyền thanh');
    expect(realErrors(errors)).toEqual([]);
  });

  it("Nam An Phụ's officer gets 404 for Bình Giang's plan, even with its id", { timeout: 60_000 }, async () => {
    const binhGiang = await session(product.url, 'canbo.binh-giang');
    const list = (await (await fetch(`${product.url}/api/v1/console/units/binh-giang/plans`, { headers: binhGiang })).json()) as { items: { id: number }[] };
    expect(list.items.length).toBeGreaterThan(0);
    const id = list.items[0].id;

    const namAnPhu = await session(product.url, 'canbo.nam-an-phu');
    const read = await fetch(`${product.url}/api/v1/console/units/binh-giang/plans/${id}`, { headers: namAnPhu });
    expect(read.status).toBe(404);
    const listOther = await fetch(`${product.url}/api/v1/console/units/binh-giang/plans`, { headers: namAnPhu });
    expect(listOther.status).toBe(404);
    // Nor through its own unit's path.
    const own = await fetch(`${product.url}/api/v1/console/units/nam-an-phu/plans/${id}`, { headers: namAnPhu });
    expect(own.status).toBe(404);
  });

  it('a save over a plan someone else saved meanwhile says so in words and reloads the newer plan', { timeout: 90_000 }, async () => {
    const page = await product.browser.newPage(DESKTOP);
    const errors = collectPageErrors(page);
    await login(page, product.url, 'canbo.binh-giang');
    await nav(page).getByRole('link', { name: 'Kế hoạch' }).click();
    await page.getByTestId('plan-item').filter({ hasText: /năm 2026/ }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Thông tin kế hoạch' }).waitFor();
    const id = Number(new URL(page.url()).searchParams.get('plan'));

    // A colleague saves the plan with a new minimum for the first target.
    const colleague = await session(product.url, 'canbo.binh-giang');
    const planUrl = `${product.url}/api/v1/console/units/binh-giang/plans/${id}`;
    const plan = (await (await fetch(planUrl, { headers: colleague })).json()) as Record<string, unknown> & { tasks: Record<string, unknown>[]; targets: Record<string, unknown>[] };
    const strip = ({ id: _id, position: _position, ...rest }: Record<string, unknown>) => rest;
    const body = {
      number: plan.number, signedOn: plan.signedOn, title: plan.title, legalBasis: plan.legalBasis, from: plan.from, to: plan.to, version: plan.version,
      tasks: plan.tasks.map(strip),
      targets: plan.targets.map((t, i) => ({ ...strip(t), minimum: i === 0 ? 77 : t.minimum })),
    };
    const put = await fetch(planUrl, { method: 'PUT', headers: { ...colleague, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(put.status).toBe(200);

    await page.getByTestId('plan-target').first().getByLabel('Tối thiểu').fill('5');
    await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await page.getByRole('alert').filter({ hasText: 'Người khác đã lưu kế hoạch này' }).waitFor();
    await page.getByRole('button', { name: 'Tải lại kế hoạch' }).click();
    await expect.poll(() => page.getByTestId('plan-target').first().getByLabel('Tối thiểu').inputValue()).toBe('77');
    expect(realErrors(errors).filter((e) => !/status of 409/.test(e))).toEqual([]);
  });

  it("Vĩnh Bảo's officer (a commune without a plan yet) creates a plan with tasks read from an XLSX table and a target", { timeout: 90_000 }, async () => {
    const page = await product.browser.newPage(DESKTOP);
    const errors = collectPageErrors(page);
    await login(page, product.url, 'canbo.vinh-bao');
    await nav(page).getByRole('link', { name: 'Kế hoạch' }).click();
    await page.getByText('Đơn vị chưa có kế hoạch tuyên truyền nào').waitFor();
    await page.getByRole('button', { name: 'Thêm kế hoạch' }).click();

    await page.getByLabel('Số, ký hiệu').fill('09/KH-UBND');
    await page.getByLabel('Trích yếu').fill('Kế hoạch tuyên truyền cải cách hành chính năm 2027');
    await page.getByLabel('Căn cứ').fill('Nghị quyết số 76/NQ-CP\nQuyết định của UBND thành phố');
    await page.getByLabel('Từ ngày').fill('01/01/2027');
    await page.getByLabel('Đến ngày').fill('31/12/2027');

    await page.getByText('Nhập nhiệm vụ từ tệp Excel (.xlsx)').click();
    await page.getByLabel('Tệp bảng nhiệm vụ (.xlsx)').setInputFiles({ name: 'nhiem-vu.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await taskTable() });
    await page.getByRole('button', { name: 'Đọc bảng nhiệm vụ' }).click();
    await page.getByText(/Đọc được 3 nhiệm vụ/).waitFor();
    await page.getByText('Tuyên truyền trên hệ thống truyền thanh').waitFor();
    await page.getByLabel('Treo băng rôn tại trụ sở').uncheck();
    await page.getByRole('button', { name: 'Thêm 2 nhiệm vụ vào kế hoạch' }).click();
    await expect.poll(() => page.getByTestId('plan-task').count()).toBe(2);
    expect(await page.getByTestId('plan-task').first().getByLabel('Cơ quan chủ trì').inputValue()).toBe('Phòng Văn hóa - Xã hội');

    await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    const target = page.getByTestId('plan-target').first();
    await target.getByLabel('Chỉ tiêu (lời của kế hoạch)').fill('Tối thiểu 03 tin, bài về CCHC/tháng trên loa truyền thanh');
    await target.getByLabel('Tối thiểu').fill('3');
    await target.getByLabel('Thuộc nhiệm vụ').selectOption({ label: 'Nhiệm vụ 1: Xây dựng chuyên mục CCHC trên loa truyền thanh xã' });
    await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    await page.getByText('Đã tạo kế hoạch “Kế hoạch tuyên truyền cải cách hành chính năm 2027”.').waitFor();

    await page.getByRole('button', { name: 'Về danh sách kế hoạch' }).click();
    const item = page.getByTestId('plan-item');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.innerText()).toMatch(/Số 09\/KH-UBND · Từ 01\/01\/2027 đến 31\/12\/2027/);
    expect(await item.innerText()).toContain('2 nhiệm vụ · 1 chỉ tiêu');

    // The server kept the target on its task.
    const api = await session(product.url, 'canbo.vinh-bao');
    const list = (await (await fetch(`${product.url}/api/v1/console/units/vinh-bao/plans`, { headers: api })).json()) as { items: { id: number }[] };
    const saved = (await (await fetch(`${product.url}/api/v1/console/units/vinh-bao/plans/${list.items[0].id}`, { headers: api })).json()) as { legalBasis: string[]; targets: { taskIndex: number | null; minimum: number }[] };
    expect(saved.legalBasis).toEqual(['Nghị quyết số 76/NQ-CP', 'Quyết định của UBND thành phố']);
    expect(saved.targets).toMatchObject([{ taskIndex: 0, minimum: 3 }]);
    expect(realErrors(errors)).toEqual([]);
  });

  it("the city administrator reads a commune's plan without the means to change it", { timeout: 90_000 }, async () => {
    const page = await product.browser.newPage(DESKTOP);
    const errors = collectPageErrors(page);
    await login(page, product.url, 'admin.hai-phong');
    await page.goto(`${product.url}/console/plans?unit=binh-giang`);
    await page.getByText('Bạn xem được kế hoạch của đơn vị này').waitFor();
    await page.getByTestId('plan-item').filter({ hasText: /năm 2026/ }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Thông tin kế hoạch' }).waitFor();
    expect(page.url()).toContain('unit=binh-giang');
    expect(await page.getByTestId('plan-target').first().getByLabel('Tối thiểu').isDisabled()).toBe(true);
    for (const name of ['Lưu kế hoạch', 'Thêm chỉ tiêu', 'Thêm nhiệm vụ', 'Thêm kế hoạch']) expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(realErrors(errors)).toEqual([]);
  });
});
