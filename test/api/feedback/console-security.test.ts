import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDARS } from '@cchc/shared/calendar/holidays';
import { addDays, vietnamDay, WorkingCalendar } from '@cchc/shared/calendar/working-days';
import type { TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';
import { tinyJpeg } from '../../helpers/test-images.ts';
import { act, buildFeedbackApp, newDevice, submit, topicIds, upload, validBody, type OfficerHeaders } from './feedback-fixtures.ts';

let t: TestApp & { dataDir: string };
let officer: OfficerHeaders;
let leader: OfficerHeaders;
let cityAdmin: OfficerHeaders;
let stranger: OfficerHeaders;
const logLines: string[] = [];
const calendar = new WorkingCalendar(OFFICIAL_CALENDARS);

const PERSONAL = { name: 'Phạm Thị Riêng Tư', phone: '0977 111 222', address: 'Ngõ 99 phố Bí Mật, thôn Kín' };
const CONTENT = 'Nội dung rất riêng tư về cống thoát nước bị tắc ở ngõ nhà tôi từ tháng trước.';

beforeAll(async () => {
  t = await buildFeedbackApp({ logLevel: 'trace' });
  // Every log line the app writes, to check nothing personal is in them.
  const stream = (t.app.log as unknown as Record<symbol, { write: (line: string) => boolean }>)[pino.symbols.streamSym]!;
  stream.write = (line: string) => {
    logLines.push(line);
    return true;
  };
  officer = { ...(await loginAs(t.app, 'canbo.tu-minh')) };
  leader = { ...(await loginAs(t.app, 'lanhdao.tu-minh')) };
  cityAdmin = { ...(await loginAs(t.app, 'admin.hai-phong')) };
  stranger = { ...(await loginAs(t.app, 'canbo.ben-tam')) };
});
afterAll(() => t?.close());

async function fresh(extra: Record<string, unknown> = {}, unit = 'tu-minh', device = newDevice()) {
  const [topic] = await topicIds(t.app, unit);
  const res = await submit(t.app, validBody(topic!, { contact: PERSONAL, content: CONTENT, ...extra }), { unit, device });
  expect(res.statusCode).toBe(201);
  return res.json() as { code: string; accessKey: string };
}

const view = (who: OfficerHeaders | Record<string, never>, code: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/console/feedback/${code}`, headers: who });
const queue = (who: OfficerHeaders, query = '') => t.app.inject({ method: 'GET', url: `/api/v1/console/feedback?${query}`, headers: who });

const ALL_ACTIONS = [
  { action: 'accept', field: 'Môi trường', severity: 'khan' },
  { action: 'reject', reason: 'thieu_thong_tin', note: 'Thiếu thông tin vị trí' },
  { action: 'assign', username: 'canbo.ben-tam' },
  { action: 'transfer', unit: 'ben-tam', note: 'Chuyển về đơn vị mình' },
  { action: 'note', note: 'Ghi chú lạ' },
  { action: 'draft_answer', answer: 'Một câu trả lời không được phép.', submit: true },
  { action: 'approve', publish: true },
  { action: 'return_draft', note: 'Trả lại dự thảo' },
  { action: 'publish', publish: true },
];

describe('an officer of another unit gets 404 on every route', () => {
  it('cannot read, act on, list or open photos of another unit’s PAKN', async () => {
    const device = newDevice();
    const photo = (await upload(t.app, tinyJpeg(), { device })).json().id;
    const { code } = await fresh({ photoIds: [photo] }, 'tu-minh', device);
    const own = (await view(officer, code)).json();
    const photoUrl = own.photos[0].url;
    const unknown = await view(stranger, 'PA-2611-ZZZZZ');

    const read = await view(stranger, code);
    expect(read.statusCode).toBe(404);
    expect(read.json()).toEqual(unknown.json());
    expect((await t.app.inject({ method: 'GET', url: photoUrl, headers: stranger })).statusCode).toBe(404);
    for (const body of ALL_ACTIONS) {
      const res = await act(t.app, stranger, code, body);
      expect(res.statusCode, body.action).toBe(404);
      expect(res.json().error.code).toBe('FEEDBACK_NOT_FOUND');
    }
    const strangerQueue = (await queue(stranger, 'scope=all&limit=100')).json();
    expect(strangerQueue.items.map((i: { code: string }) => i.code)).not.toContain(code);
    expect((await view(officer, code)).json()).toMatchObject({ status: 'moi', history: own.history });
    // The city administrator sees every unit.
    expect((await view(cityAdmin, code)).statusCode).toBe(200);
  });

  it('needs a session on every route, and the CSRF token on writes', async () => {
    const { code } = await fresh();
    for (const request of [
      { method: 'GET' as const, url: '/api/v1/console/feedback' },
      { method: 'GET' as const, url: `/api/v1/console/feedback/${code}` },
      { method: 'GET' as const, url: `/api/v1/console/feedback/${code}/photos/00000000-0000-4000-8000-000000000000` },
      { method: 'POST' as const, url: `/api/v1/console/feedback/${code}/actions`, payload: ALL_ACTIONS[0] },
    ]) {
      const res = await t.app.inject(request);
      expect(res.statusCode, request.url).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
    const noCsrf = await t.app.inject({ method: 'POST', url: `/api/v1/console/feedback/${code}/actions`, headers: { cookie: officer.cookie! }, payload: ALL_ACTIONS[0] });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('CSRF_FAILED');
    expect((await view(officer, code)).json().status).toBe('moi');
  });
});

describe('hidden identity', () => {
  it('is shown to the receiving desk while new, then hidden from handling; the city administrator always sees it', async () => {
    const { code } = await fresh({ hideIdentity: true });
    for (const who of [officer, leader, cityAdmin]) {
      expect((await view(who, code)).json()).toMatchObject({ identityHidden: false, contact: PERSONAL });
    }
    await act(t.app, officer, code, { action: 'accept', field: 'Môi trường', severity: 'binh_thuong' });
    for (const who of [officer, leader]) {
      const body = (await view(who, code)).json();
      expect(body).toMatchObject({ identityHidden: true, contact: null });
      expect(JSON.stringify(body)).not.toContain(PERSONAL.phone);
    }
    expect((await view(cityAdmin, code)).json().contact).toEqual(PERSONAL);
  });

  it('is hidden from the unit a PAKN is transferred to', async () => {
    const { code } = await fresh({ hideIdentity: true });
    await act(t.app, officer, code, { action: 'transfer', unit: 'ben-tam', note: 'Thuộc địa bàn Bến Tắm' });
    expect((await view(stranger, code)).json()).toMatchObject({ status: 'da_chuyen', identityHidden: true, contact: null });
  });

  it('is visible throughout when the citizen did not ask to hide it', async () => {
    const { code } = await fresh();
    await act(t.app, officer, code, { action: 'accept', field: 'Môi trường', severity: 'binh_thuong' });
    expect((await view(leader, code)).json()).toMatchObject({ identityHidden: false, contact: PERSONAL });
  });
});

describe('the queue', () => {
  const setDue = (code: string, due: string) => t.database.db.updateTable('feedback').set({ due_date: due }).where('code', '=', code).execute();

  it('lists open items by deadline with working days left, filters and counts', async () => {
    const today = vietnamDay(new Date());
    const late = await fresh();
    await setDue(late.code, addDays(today, -10));
    const urgent = await fresh();
    await act(t.app, officer, urgent.code, { action: 'accept', field: 'Môi trường', severity: 'khan' });
    const mine = await fresh();
    await act(t.app, officer, mine.code, { action: 'accept', field: 'Môi trường', severity: 'binh_thuong' });
    await act(t.app, leader, mine.code, { action: 'assign', username: 'canbo.tu-minh' });
    await act(t.app, officer, mine.code, { action: 'draft_answer', answer: 'Đã khơi thông cống ngày 3/6.', submit: true });
    const closed = await fresh();
    await act(t.app, officer, closed.code, { action: 'reject', reason: 'thieu_thong_tin', note: 'Thiếu vị trí cụ thể' });

    const res = await queue(officer, 'limit=100');
    expect(res.statusCode).toBe(200);
    const { items, total } = res.json();
    expect(total).toBe(items.length);
    const codes = items.map((i: { code: string }) => i.code);
    expect(codes).not.toContain(closed.code);
    expect(codes).toEqual(expect.arrayContaining([late.code, urgent.code, mine.code]));
    const dues = items.map((i: { dueDate: string }) => i.dueDate);
    expect(dues).toEqual([...dues].sort());
    for (const item of items) expect(item.workingDaysLeft).toBe(calendar.workingDaysLeft(today, item.dueDate));
    const lateItem = items.find((i: { code: string }) => i.code === late.code);
    expect(lateItem.workingDaysLeft).toBeLessThan(0);
    expect(lateItem).toMatchObject({ status: 'moi', topic: 'Thủ tục hành chính', excerpt: expect.stringMatching(/^Nội dung rất riêng tư/), assignee: null });
    expect(JSON.stringify(items)).not.toContain(PERSONAL.phone);

    const only = async (query: string) => (await queue(officer, query)).json().items as { code: string; status: string; severity: string }[];
    const codesOf = (list: { code: string }[]) => list.map((i) => i.code);
    expect(codesOf(await only('overdue=true&limit=100'))).toEqual([late.code]);
    expect(codesOf(await only('mine=true&limit=100'))).toEqual([mine.code]);
    expect(codesOf(await only('awaitingApproval=true&limit=100'))).toEqual([mine.code]);
    const khan = await only('severity=khan&limit=100');
    expect(codesOf(khan)).toContain(urgent.code);
    expect(khan.every((i) => i.severity === 'khan')).toBe(true);
    const accepted = await only('status=da_tiep_nhan&limit=100');
    expect(codesOf(accepted)).toContain(urgent.code);
    expect(accepted.every((i) => i.status === 'da_tiep_nhan')).toBe(true);
    expect(await only('status=tu_choi')).toEqual([]);
    expect(codesOf(await only('status=tu_choi&scope=all&limit=100'))).toContain(closed.code);
    const [, secondTopic] = await topicIds(t.app, 'tu-minh');
    expect(await only(`topicId=${secondTopic}&limit=100`)).toEqual([]);
    expect((await only('limit=100')).every((i) => ['moi', 'da_tiep_nhan', 'dang_xu_ly', 'da_chuyen', 'mo_lai'].includes(i.status))).toBe(true);
    const mineItem = (await queue(officer, 'mine=true')).json().items[0];
    expect(mineItem).toMatchObject({ assignee: expect.any(String), awaitingApproval: true, status: 'dang_xu_ly', severity: 'binh_thuong' });

    const page = (await queue(officer, 'limit=1&offset=1')).json();
    expect(page.items.map((i: { code: string }) => i.code)).toEqual([codes[1]]);
    expect(page.total).toBe(total);
    expect((await queue(officer, 'limit=1000')).statusCode).toBe(400);
    expect((await queue(officer, 'status=khong_co')).statusCode).toBe(400);
  });

  it('shows the city administrator every unit', async () => {
    const elsewhere = await fresh({}, 'ben-tam');
    const codes = (await queue(cityAdmin, 'limit=100')).json().items.map((i: { code: string }) => i.code);
    expect(codes).toContain(elsewhere.code);
    expect((await queue(officer, 'limit=100')).json().items.map((i: { code: string }) => i.code)).not.toContain(elsewhere.code);
  });
});

describe('logs', () => {
  it('never contain the citizen’s name, phone, address or content', async () => {
    // Everything above was logged at trace level; one more round of errors for good measure.
    await submit(t.app, validBody(999_999, { contact: PERSONAL, content: CONTENT }), { unit: 'tu-minh' });
    await submit(t.app, { contact: PERSONAL, content: CONTENT }, { unit: 'tu-minh' });
    expect(logLines.length).toBeGreaterThan(20);
    const all = logLines.join('\n');
    for (const secret of [PERSONAL.name, PERSONAL.phone, '0977111222', PERSONAL.address, CONTENT.slice(0, 30)]) {
      expect(all).not.toContain(secret);
    }
  });
});
