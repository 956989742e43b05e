import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanInputT } from '../../../shared/src/api/plans.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs, type OfficerHeaders } from '../../helpers/officers.ts';

let t: TestApp;
let binhGiang: OfficerHeaders;
let namAnPhu: OfficerHeaders;
let cityAdmin: OfficerHeaders;

beforeAll(async () => {
  t = await buildTestApp();
  binhGiang = await loginAs(t.app, 'canbo.binh-giang');
  namAnPhu = await loginAs(t.app, 'canbo.nam-an-phu');
  cityAdmin = await loginAs(t.app, 'admin.hai-phong');
});
afterAll(() => t?.close());

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const call = (method: Method, url: string, headers: Partial<OfficerHeaders>, payload?: object) =>
  t.app.inject({ method, url: `/api/v1/console/units${url}`, headers, ...(payload ? { payload } : {}) });

const plan = (over: Partial<PlanInputT> = {}): PlanInputT => ({
  number: '99/KH-UBND',
  signedOn: '2027-01-05',
  title: 'Kế hoạch tuyên truyền cải cách hành chính năm 2027',
  legalBasis: ['Kế hoạch số 12/KH-UBND của UBND thành phố'],
  from: '2027-01-01',
  to: '2027-12-31',
  tasks: [
    { content: 'Tuyên truyền trên hệ thống truyền thanh xã', lead: 'Phòng Văn hóa - Xã hội', partners: 'Văn phòng HĐND-UBND', timeframe: 'Thường xuyên', product: 'Tin, bài' },
    { content: 'Đối thoại giữa Chủ tịch UBND xã với Nhân dân', lead: 'Văn phòng HĐND-UBND', partners: '', timeframe: 'Quý II, Quý IV', product: 'Buổi đối thoại' },
  ],
  targets: [
    { label: 'Tối thiểu 02 tin, bài về công tác CCHC/tháng', channel: 'dai_truyen_thanh', kind: 'tin_bai', minimum: 2, periodicity: 'month', office: 'Phòng Văn hóa - Xã hội', taskIndex: 0 },
    { label: 'Ít nhất 02 cuộc đối thoại/năm', channel: 'truc_tiep', kind: 'doi_thoai', minimum: 2, periodicity: 'year', office: 'Văn phòng HĐND-UBND', taskIndex: 1 },
  ],
  ...over,
});

describe('plans CRUD', () => {
  let id: number;
  let version: number;

  it('creates a plan (201) with its tasks and targets, in the order given', async () => {
    const res = await call('POST', '/binh-giang/plans', binhGiang, plan());
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ unit: { slug: 'binh-giang', name: 'Xã Bình Giang' }, number: '99/KH-UBND', from: '2027-01-01', to: '2027-12-31', version: 1 });
    expect(body.tasks.map((x: { content: string }) => x.content)).toEqual(['Tuyên truyền trên hệ thống truyền thanh xã', 'Đối thoại giữa Chủ tịch UBND xã với Nhân dân']);
    expect(body.targets[1]).toMatchObject({ kind: 'doi_thoai', minimum: 2, periodicity: 'year', taskIndex: 1, position: 1 });
    id = body.id;
    version = body.version;
  });

  it('lists it for the unit and lets the city read it, but not another commune (404)', async () => {
    const list = await call('GET', '/binh-giang/plans', binhGiang);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.find((p: { id: number }) => p.id === id)).toMatchObject({ taskCount: 2, targetCount: 2 });
    expect((await call('GET', `/binh-giang/plans/${id}`, cityAdmin)).statusCode).toBe(200);
    const other = await call('GET', `/binh-giang/plans/${id}`, namAnPhu);
    expect(other.statusCode).toBe(404);
    expect((await call('GET', '/binh-giang/plans', namAnPhu)).statusCode).toBe(404);
    // Asking through one's own unit does not reach another unit's plan either.
    expect((await call('GET', `/nam-an-phu/plans/${id}`, namAnPhu)).statusCode).toBe(404);
  });

  it('lets only the unit’s own officers write: the city and other communes get 404, no CSRF token 403', async () => {
    expect((await call('PUT', `/binh-giang/plans/${id}`, cityAdmin, { ...plan(), version })).statusCode).toBe(404);
    expect((await call('PUT', `/binh-giang/plans/${id}`, namAnPhu, { ...plan(), version })).statusCode).toBe(404);
    expect((await call('DELETE', `/binh-giang/plans/${id}`, namAnPhu)).statusCode).toBe(404);
    expect((await call('POST', '/binh-giang/plans', cityAdmin, plan({ from: '2028-01-01', to: '2028-12-31' }))).statusCode).toBe(404);
    expect((await call('PUT', `/binh-giang/plans/${id}`, { cookie: binhGiang.cookie }, { ...plan(), version })).statusCode).toBe(403);
    expect((await call('GET', '/binh-giang/plans', {})).statusCode).toBe(401);
  });

  it('saves with the version read: replaces tasks and targets together and bumps the version', async () => {
    const edited = plan({ tasks: [plan().tasks[1]], targets: [{ ...plan().targets[1], minimum: 3, taskIndex: 0 }] });
    const res = await call('PUT', `/binh-giang/plans/${id}`, binhGiang, { ...edited, version });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: version + 1, tasks: [{ content: 'Đối thoại giữa Chủ tịch UBND xã với Nhân dân' }], targets: [{ minimum: 3, taskIndex: 0 }] });
    expect((await call('GET', `/binh-giang/plans/${id}`, binhGiang)).json().targets).toHaveLength(1);
  });

  it('refuses a save at a stale version (409, in Vietnamese) and keeps what the other officer saved', async () => {
    const res = await call('PUT', `/binh-giang/plans/${id}`, binhGiang, { ...plan(), version });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/người khác lưu.*tải lại/);
    const now = (await call('GET', `/binh-giang/plans/${id}`, binhGiang)).json();
    expect(now.version).toBe(version + 1);
    expect(now.targets[0].minimum).toBe(3);
  });

  it('refuses an overlapping plan of the same unit (409 naming the other plan); another unit may use the span', async () => {
    const res = await call('POST', '/binh-giang/plans', binhGiang, plan({ title: 'Kế hoạch 6 tháng cuối năm 2027', from: '2027-07-01', to: '2027-12-31' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('99/KH-UBND');
    expect(res.json().error.message).toContain('01/01/2027 – 31/12/2027');
    const elsewhere = await call('POST', '/nam-an-phu/plans', namAnPhu, plan());
    expect(elsewhere.statusCode).toBe(201);
  });

  it('refuses concurrent overlapping creates: exactly one of them is stored', async () => {
    const span = { from: '2029-01-01', to: '2029-12-31' };
    const results = await Promise.all([1, 2, 3].map((n) => call('POST', '/binh-giang/plans', binhGiang, plan({ ...span, number: `${n}/KH-UBND` }))));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    const stored = (await call('GET', '/binh-giang/plans', binhGiang)).json().items.filter((p: { from: string }) => p.from === '2029-01-01');
    expect(stored).toHaveLength(1);
  });

  it('deletes a plan (204), then it is gone (404)', async () => {
    const created = (await call('POST', '/binh-giang/plans', binhGiang, plan({ from: '2031-01-01', to: '2031-06-30' }))).json();
    expect((await call('DELETE', `/binh-giang/plans/${created.id}`, binhGiang)).statusCode).toBe(204);
    expect((await call('GET', `/binh-giang/plans/${created.id}`, binhGiang)).statusCode).toBe(404);
    expect((await call('DELETE', `/binh-giang/plans/${created.id}`, binhGiang)).statusCode).toBe(404);
  });
});

describe('bad input → 400 in Vietnamese, never a 500', () => {
  const bad = async (body: object, pattern: RegExp) => {
    const res = await call('POST', '/binh-giang/plans', binhGiang, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.message).toMatch(pattern);
  };
  const target = plan().targets[0];

  it('an end before the start', () => bad(plan({ from: '2032-06-01', to: '2032-01-31' }), /đứng trước ngày bắt đầu/));
  it('a span longer than a year', () => bad(plan({ from: '2032-01-01', to: '2033-01-01' }), /dài hơn một năm/));
  it('a day that does not exist', () => bad(plan({ from: '2032-02-30', to: '2032-12-31' }), /./));
  it('a zero or negative minimum (schema)', async () => {
    await bad(plan({ from: '2032-01-01', to: '2032-12-31', targets: [{ ...target, minimum: 0 }] }), /./);
    await bad(plan({ from: '2032-01-01', to: '2032-12-31', targets: [{ ...target, minimum: -2 }] }), /./);
    await bad(plan({ from: '2032-01-01', to: '2032-12-31', targets: [{ ...target, minimum: 1e9 }] }), /./);
  });
  it('an absurd monthly minimum of items', () =>
    bad(plan({ from: '2032-01-01', to: '2032-12-31', targets: [{ ...target, minimum: 5000 }] }), /tối thiểu 5000 tin, bài\/tháng, quá lớn/));
  it('a taskIndex out of range', () =>
    bad(plan({ from: '2032-01-01', to: '2032-12-31', targets: [{ ...target, taskIndex: 7 }] }), /nhiệm vụ số 8.*chỉ có 2 nhiệm vụ/));
  it('an unknown channel, a missing field, a non-numeric id', async () => {
    await bad(plan({ targets: [{ ...target, channel: 'tivi' as never }] }), /./);
    const { title: _title, ...noTitle } = plan();
    await bad(noTitle, /./);
    expect((await call('GET', '/binh-giang/plans/abc', binhGiang)).statusCode).toBe(400);
    expect((await call('GET', '/binh-giang/plans/99999999999', binhGiang)).statusCode).toBe(400);
    expect((await call('PUT', '/binh-giang/plans/1', binhGiang, plan())).statusCode).toBe(400);
  });
  it('allows many visitors a month (people and visits are not capped like items)', async () => {
    const res = await call('POST', '/binh-giang/plans', binhGiang, plan({ from: '2034-01-01', to: '2034-12-31', targets: [{ ...target, kind: 'luot_truy_cap', channel: 'mini_app', minimum: 5000 }] }));
    expect(res.statusCode).toBe(201);
  });
});

describe('seeded demo plans', () => {
  it('Bình Giang’s 2026 plan is seeded with its monthly radio target', async () => {
    const list = (await call('GET', '/binh-giang/plans', binhGiang)).json().items;
    const seeded = list.find((p: { from: string }) => p.from === '2026-01-01');
    expect(seeded).toMatchObject({ to: '2026-12-31', taskCount: 8 });
    const full = (await call('GET', `/binh-giang/plans/${seeded.id}`, binhGiang)).json();
    expect(full.targets).toContainEqual(expect.objectContaining({ channel: 'dai_truyen_thanh', kind: 'tin_bai', minimum: 2, periodicity: 'month' }));
  });
});
