import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDARS } from '../../../shared/src/calendar/holidays.ts';
import { WorkingCalendar } from '../../../shared/src/calendar/working-days.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs, type OfficerHeaders } from '../../helpers/officers.ts';

let t: TestApp;
let officer: OfficerHeaders;
let leader: OfficerHeaders;
let otherLeader: OfficerHeaders;
let cityAdmin: OfficerHeaders;

beforeAll(async () => {
  t = await buildTestApp();
  officer = await loginAs(t.app, 'canbo.binh-giang');
  leader = await loginAs(t.app, 'lanhdao.binh-giang');
  otherLeader = await loginAs(t.app, 'lanhdao.nam-an-phu');
  cityAdmin = await loginAs(t.app, 'admin.hai-phong');
});
afterAll(() => t?.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const call = (method: Method, url: string, headers: Partial<OfficerHeaders> = {}, payload?: object) =>
  t.app.inject({ method, url: `/api/v1/console/settings${url}`, headers, ...(payload ? { payload } : {}) });

const publicTopics = async (unit: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/units/${unit}/feedback/topics` })).json().items as { id: number; name: string }[];

const submitFeedback = (unit: string, topicId: number) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/units/${unit}/feedback`,
    headers: { 'idempotency-key': crypto.randomUUID(), 'x-device-id': crypto.randomUUID() },
    payload: {
      kind: 'phan_anh',
      topicId,
      content: 'Đèn đường trước cổng trường tiểu học bị hỏng đã hai tuần, buổi tối rất tối.',
      contact: { name: 'Nguyễn Văn An', phone: '0912345678', address: 'Thôn Đông, xã Bình Giang' },
    },
  });

describe('topics', () => {
  it('lists the unit’s default topics, with Open311 codes, to any officer of the unit', async () => {
    const res = await call('GET', '/topics', officer);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.unit).toEqual({ slug: 'binh-giang', name: 'Xã Bình Giang' });
    expect(body.items.map((x: { name: string }) => x.name)).toEqual([
      'Thủ tục hành chính',
      'Thái độ, trách nhiệm của cán bộ',
      'Hạ tầng, giao thông',
      'Môi trường',
      'An ninh, trật tự',
      'Chính sách, pháp luật',
      'Khác',
    ]);
    expect(body.items[2]).toMatchObject({ code: 'ha-tang-giao-thong', active: true, position: 2, feedbackCount: 0 });
  });

  it('refuses writes by an officer (403) and writes without the CSRF token (403 CSRF_FAILED)', async () => {
    const byOfficer = await call('POST', '/topics', officer, { name: 'Cây xanh' });
    expect(byOfficer.statusCode).toBe(403);
    expect(byOfficer.json().error.code).toBe('FORBIDDEN');
    const noCsrf = await call('POST', '/topics', { cookie: leader.cookie }, { name: 'Cây xanh' });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('CSRF_FAILED');
    expect((await call('GET', '/topics')).statusCode).toBe(401);
  });

  it('lets a leader add a topic: kebab-case code, last in the list, offered to citizens', async () => {
    const res = await call('POST', '/topics', leader, { name: '  Cây xanh, chiếu sáng đô thị ' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Cây xanh, chiếu sáng đô thị', code: 'cay-xanh-chieu-sang-do-thi', position: 7, active: true });
    expect((await publicTopics('binh-giang')).map((x) => x.name)).toContain('Cây xanh, chiếu sáng đô thị');
  });

  it('refuses a name that only differs in accents or case (409) and a too short one (400, in Vietnamese)', async () => {
    const dup = await call('POST', '/topics', leader, { name: 'moi truong' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toMatch(/Đơn vị đã có chủ đề/);
    const short = await call('POST', '/topics', leader, { name: 'a' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toMatch(/ít nhất 2 ký tự/);
    const empty = await call('PATCH', '/topics/1', leader, {});
    expect(empty.statusCode).toBe(400);
  });

  it('renames (keeping the service code), moves and deactivates a topic', async () => {
    const topics = (await call('GET', '/topics', leader)).json().items as { id: number; name: string; code: string }[];
    const khac = topics.find((x) => x.code === 'khac')!;
    const renamed = await call('PATCH', `/topics/${khac.id}`, leader, { name: 'Vấn đề khác', position: 0 });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Vấn đề khác', code: 'khac', position: 0 });
    const after = (await call('GET', '/topics', leader)).json().items as { id: number; position: number }[];
    expect(after[0].id).toBe(khac.id);
    expect(after.map((x) => x.position)).toEqual(after.map((_, i) => i));

    const off = await call('PATCH', `/topics/${khac.id}`, leader, { active: false });
    expect(off.json().active).toBe(false);
    expect((await publicTopics('binh-giang')).map((x) => x.id)).not.toContain(khac.id);
  });

  it('never deletes a topic in use (409), deletes an unused one (204)', async () => {
    const topics = (await call('GET', '/topics', leader)).json().items as { id: number; code: string }[];
    const moiTruong = topics.find((x) => x.code === 'moi-truong')!;
    expect((await submitFeedback('binh-giang', moiTruong.id)).statusCode).toBe(201);
    const inUse = await call('DELETE', `/topics/${moiTruong.id}`, leader);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error.message).toMatch(/tắt chủ đề/);
    expect((await call('GET', '/topics', leader)).json().items.find((x: { id: number }) => x.id === moiTruong.id).feedbackCount).toBe(1);

    const fresh = (await call('POST', '/topics', leader, { name: 'Chủ đề thử xóa' })).json();
    expect((await call('DELETE', `/topics/${fresh.id}`, leader)).statusCode).toBe(204);
    expect((await call('DELETE', `/topics/${fresh.id}`, leader)).statusCode).toBe(404);
  });

  it('hides a unit’s topics from another unit’s officers (404), but not from the city administrator', async () => {
    const topics = (await call('GET', '/topics', leader)).json().items as { id: number }[];
    const id = topics[1].id;
    const foreign = await call('PATCH', `/topics/${id}`, otherLeader, { name: 'Đổi tên trái phép' });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('TOPIC_NOT_FOUND');
    expect((await call('DELETE', `/topics/${id}`, otherLeader)).statusCode).toBe(404);
    expect((await call('GET', '/topics?unit=binh-giang', otherLeader)).statusCode).toBe(404);
    expect((await call('POST', '/topics?unit=binh-giang', otherLeader, { name: 'Xen ngang' })).statusCode).toBe(404);

    const asCity = await call('GET', '/topics?unit=binh-giang', cityAdmin);
    expect(asCity.statusCode).toBe(200);
    expect(asCity.json().unit.slug).toBe('binh-giang');
    const patched = await call('PATCH', `/topics/${id}?unit=binh-giang`, cityAdmin, { name: 'Thái độ, trách nhiệm của công chức' });
    expect(patched.statusCode).toBe(200);
    expect((await call('GET', '/topics?unit=khong-co', cityAdmin)).statusCode).toBe(404);
  });
});

describe('deadlines', () => {
  it('shows the defaults with their legal basis, and no unit rules yet', async () => {
    const res = await call('GET', '/deadlines', officer);
    expect(res.statusCode).toBe(200);
    const { defaults, rules } = res.json();
    expect(rules).toEqual([]);
    expect(defaults.find((d: { kind: string }) => d.kind === 'transfer')).toMatchObject({ workingDays: 5 });
    expect(defaults.find((d: { kind: string }) => d.kind === 'transfer').legalBasis).toMatch(/Nghị định 20\/2008.*92\/2017/);
    expect(defaults.find((d: { severity: string }) => d.severity === 'binh_thuong')).toMatchObject({ workingDays: 10 });
    // The answer deadline is the unit's commitment; Điều 28 is the notice of handling (deadline-law.test.ts).
    expect(defaults.find((d: { severity: string }) => d.severity === 'binh_thuong').legalBasis).toMatch(/^Cam kết phục vụ của đơn vị/);
    expect(defaults.find((d: { kind: string }) => d.kind === 'notice').legalBasis).toMatch(/Luật Tiếp công dân 2013 \(Luật số 42\/2013\/QH13\), Điều 28/);
    expect(defaults.find((d: { severity: string }) => d.severity === 'khan')).toMatchObject({ workingHours: 8 });
  });

  it('replaces the unit’s rules, and new PAKN are due by them', async () => {
    const topics = (await call('GET', '/topics', leader)).json().items as { id: number; name: string; code: string }[];
    const haTang = topics.find((x) => x.code === 'ha-tang-giao-thong')!;
    const res = await call('PUT', '/deadlines', leader, {
      rules: [
        { topicId: haTang.id, severity: 'binh_thuong', workingDays: 3 },
        { topicId: null, severity: 'phuc_tap', workingDays: 20 },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().rules).toEqual([
      { topicId: null, topicName: null, severity: 'phuc_tap', workingDays: 20 },
      { topicId: haTang.id, topicName: haTang.name, severity: 'binh_thuong', workingDays: 3 },
    ]);
    const submitted = await submitFeedback('binh-giang', haTang.id);
    expect(submitted.statusCode).toBe(201);
    expect(submitted.json().dueDate).toBe(new WorkingCalendar(OFFICIAL_CALENDARS).dueDate(new Date(), 3));
  });

  it('refuses bad rules in Vietnamese, another unit’s topic, and officers', async () => {
    const foreignTopic = (await call('GET', '/topics', otherLeader)).json().items[0].id;
    const foreign = await call('PUT', '/deadlines', leader, { rules: [{ topicId: foreignTopic, severity: 'khan', workingDays: 1 }] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.message).toMatch(/không thuộc danh sách chủ đề/);
    const twice = await call('PUT', '/deadlines', leader, {
      rules: [{ topicId: null, severity: 'khan', workingDays: 1 }, { topicId: null, severity: 'khan', workingDays: 2 }],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.message).toMatch(/trùng/);
    const tooLong = await call('PUT', '/deadlines', leader, { rules: [{ topicId: null, severity: 'khan', workingDays: 91 }] });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.message).toMatch(/không được lớn hơn 90/);
    expect((await call('PUT', '/deadlines', officer, { rules: [] })).statusCode).toBe(403);
    expect((await call('GET', '/deadlines', leader)).json().rules).toHaveLength(2);
  });
});

describe('reopen window', () => {
  it('reads and sets the days (1–365)', async () => {
    expect((await call('GET', '/reopen-days', officer)).json()).toMatchObject({ days: 30 });
    const set = await call('PUT', '/reopen-days', leader, { days: 45 });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ unit: { slug: 'binh-giang', name: 'Xã Bình Giang' }, days: 45 });
    expect((await call('GET', '/reopen-days', officer)).json().days).toBe(45);
    expect((await call('PUT', '/reopen-days', leader, { days: 0 })).statusCode).toBe(400);
    const tooMany = await call('PUT', '/reopen-days', leader, { days: 366 });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toMatch(/365/);
    expect((await call('PUT', '/reopen-days', officer, { days: 10 })).statusCode).toBe(403);
    expect((await call('GET', '/reopen-days', otherLeader)).json().days).toBe(30);
  });
});

describe('working-day calendar', () => {
  it('shows the preloaded 2026 table, flagging the Quốc khánh day to verify', async () => {
    const res = await call('GET', '/calendar/2026', officer);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ year: 2026, origin: 'official', workingDays: ['2026-01-10'] });
    expect(body.daysOff).toEqual(expect.arrayContaining(['2026-02-16', '2026-02-20', '2026-04-27', '2026-09-02']));
    expect(body.notes.join(' ')).toMatch(/Quốc khánh 2\/9\/2026/);
    const computed = (await call('GET', '/calendar/2031', officer)).json();
    expect(computed).toMatchObject({ origin: 'computed', provisional: true, workingDays: [] });
    expect(computed.daysOff).toEqual(expect.arrayContaining(['2031-01-01', '2031-01-22', '2031-01-23', '2031-04-30', '2031-09-02']));
    expect(computed.notes.join(' ')).toMatch(/^Dự kiến/);
    expect((await call('GET', '/calendar/1990', officer)).statusCode).toBe(400);
  });

  it('lets only the city administrator replace a year', async () => {
    const body = { daysOff: ['2027-01-01'], workingDays: [], source: 'Thông báo thử nghiệm' };
    expect((await call('PUT', '/calendar/2027', leader, body)).statusCode).toBe(403);
    const saved = await call('PUT', '/calendar/2027', cityAdmin, {
      daysOff: ['2027-09-02', '2027-01-01', '2027-01-01', '2027-09-03'],
      workingDays: ['2027-09-11'],
      source: 'Thông báo số 1/TB-BNV (thử nghiệm)',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ year: 2027, origin: 'saved', provisional: false, daysOff: ['2027-01-01', '2027-09-02', '2027-09-03'], workingDays: ['2027-09-11'], notes: [] });
    expect((await call('GET', '/calendar/2027', officer)).json()).toMatchObject({ origin: 'saved', source: 'Thông báo số 1/TB-BNV (thử nghiệm)' });
  });

  it('refuses a weekend day off, a weekday "make-up" day and a date of another year, in Vietnamese', async () => {
    const saturday = await call('PUT', '/calendar/2027', cityAdmin, { daysOff: ['2027-01-02'], workingDays: [], source: 'Thông báo thử' });
    expect(saturday.statusCode).toBe(400);
    expect(saturday.json().error.message).toMatch(/02\/01\/2027 là thứ Bảy/);
    const weekday = await call('PUT', '/calendar/2027', cityAdmin, { daysOff: [], workingDays: ['2027-01-04'], source: 'Thông báo thử' });
    expect(weekday.statusCode).toBe(400);
    expect(weekday.json().error.message).toMatch(/phải là thứ Bảy hoặc Chủ nhật/);
    const otherYear = await call('PUT', '/calendar/2027', cityAdmin, { daysOff: ['2028-01-03'], workingDays: [], source: 'Thông báo thử' });
    expect(otherYear.statusCode).toBe(400);
    expect(otherYear.json().error.message).toMatch(/không thuộc năm 2027/);
    const notADate = await call('PUT', '/calendar/2027', cityAdmin, { daysOff: ['2027-02-30'], workingDays: [], source: 'Thông báo thử' });
    expect(notADate.statusCode).toBe(400);
    expect((await call('GET', '/calendar/2027', officer)).json().daysOff).toEqual(['2027-01-01', '2027-09-02', '2027-09-03']);
  });
});
