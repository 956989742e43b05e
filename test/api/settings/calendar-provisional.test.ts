import crypto from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';

/** Deadlines over a year without its official table are dự kiến, and the city administrator is reminded. */

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t?.close());
afterEach(() => {
  vi.useRealTimers();
});

/** Pretends it is this Vietnamese wall-clock time (only Date is faked). */
const pretend = (local: string) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${local}+07:00`));
};

const submit = async (deviceId: string) => {
  const topics = (await t.app.inject({ method: 'GET', url: '/api/v1/units/binh-giang/feedback/topics' })).json().items as { id: number }[];
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/units/binh-giang/feedback',
    headers: { 'idempotency-key': crypto.randomUUID(), 'x-device-id': deviceId },
    payload: {
      kind: 'phan_anh',
      topicId: topics[0]!.id,
      content: 'Hồ sơ đăng ký khai sinh nộp đã lâu mà chưa được trả kết quả đúng hẹn.',
      contact: { name: 'Trần Thị Bình', phone: '0912345678', address: 'Thôn Đông, xã Bình Giang' },
    },
  });
};

describe('a due date counted over a year without an official table', () => {
  it('skips Tết 2027 and says "dự kiến" to the citizen and in the console', async () => {
    pretend('2027-02-01T09:00:00');
    const device = crypto.randomUUID();
    const res = await submit(device);
    expect(res.statusCode).toBe(201);
    // 10 working days from Monday 1/2/2027: 2–4/2, then Tết (5/2, 8–11/2) is skipped.
    expect(res.json()).toMatchObject({ dueDate: '2027-02-22', dueDateProvisional: true });
    const { code, accessKey } = res.json();
    const tracked = await t.app.inject({ method: 'GET', url: `/api/v1/feedback/${code}`, headers: { 'x-access-key': accessKey } });
    expect(tracked.json()).toMatchObject({ dueDate: '2027-02-22', dueDateProvisional: true });
    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/feedback/mine', headers: { 'x-device-id': device } });
    expect(mine.json().items[0]).toMatchObject({ code, dueDateProvisional: true });
    const officer = await loginAs(t.app, 'canbo.binh-giang');
    const detail = await t.app.inject({ method: 'GET', url: `/api/v1/console/feedback/${code}`, headers: { ...officer } });
    expect(detail.json()).toMatchObject({ dueDate: '2027-02-22', dueDateProvisional: true });
    const queue = await t.app.inject({ method: 'GET', url: '/api/v1/console/feedback', headers: { ...officer } });
    expect(queue.json().items.find((i: { code: string }) => i.code === code)).toMatchObject({ dueDateProvisional: true });
  });

  it('is not provisional inside a year with its table', async () => {
    pretend('2026-11-02T09:00:00');
    const res = await submit(crypto.randomUUID());
    expect(res.json()).toMatchObject({ dueDate: '2026-11-16', dueDateProvisional: false });
  });
});

describe('the calendar overview and the reminder to enter next year', () => {
  it('lists computed years as provisional; from 1 October reminds the city administrator only', async () => {
    pretend('2026-09-30T10:00:00');
    const admin = await loginAs(t.app, 'admin.hai-phong');
    const september = (await t.app.inject({ method: 'GET', url: '/api/v1/console/settings/calendar', headers: { ...admin } })).json();
    expect(september.reminder).toBeNull();
    expect(september.years).toEqual([
      { year: 2025, origin: 'official', provisional: false },
      { year: 2026, origin: 'official', provisional: false },
      { year: 2027, origin: 'computed', provisional: true },
      { year: 2028, origin: 'computed', provisional: true },
    ]);

    pretend('2026-10-01T08:00:00');
    // Sessions idle for a day have ended: log in again on the new day.
    const adminOct = await loginAs(t.app, 'admin.hai-phong');
    const leaderOct = await loginAs(t.app, 'lanhdao.binh-giang');
    const october = (await t.app.inject({ method: 'GET', url: '/api/v1/console/settings/calendar', headers: { ...adminOct } })).json();
    expect(october.reminder).toMatchObject({ year: 2027 });
    expect(october.reminder.message).toMatch(/nhập lịch nghỉ lễ, Tết chính thức năm 2027/);
    const forLeader = await t.app.inject({ method: 'GET', url: '/api/v1/console/settings/calendar', headers: { ...leaderOct } });
    expect(forLeader.statusCode).toBe(200);
    expect(forLeader.json().reminder).toBeNull();

    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/console/settings/calendar/2027',
      headers: { ...adminOct },
      payload: { daysOff: ['2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'], workingDays: [], source: 'Thông báo số 2/TB-BNV (thử nghiệm)' },
    });
    expect(saved.statusCode).toBe(200);
    const after = (await t.app.inject({ method: 'GET', url: '/api/v1/console/settings/calendar', headers: { ...adminOct } })).json();
    expect(after.reminder).toBeNull();
    expect(after.years[2]).toEqual({ year: 2027, origin: 'saved', provisional: false });

    // A year that began without its table is asked for at once.
    pretend('2028-01-03T08:00:00');
    const admin2028 = await loginAs(t.app, 'admin.hai-phong');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/console/settings/calendar', headers: { ...admin2028 } })).json().reminder).toMatchObject({ year: 2028 });
  });
});
