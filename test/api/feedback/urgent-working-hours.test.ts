import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';
import { act, buildFeedbackApp, submit, topicIds, validBody } from './feedback-fixtures.ts';

/** An urgent (khẩn) PAKN is timed in working hours over office hours, not in whole days across a holiday. */

let t: TestApp & { dataDir: string };
beforeAll(async () => {
  t = await buildFeedbackApp({ urgentWorkingHours: 8 });
  // Before the first request: units are cached in memory for 30 s.
  await sql`UPDATE units SET office_hours = ${JSON.stringify([{ days: 'Thứ Hai – Thứ Sáu', hours: 'Sáng 7h00 – 11h00, chiều 13h00 – 17h00' }])}::jsonb WHERE slug = 'tu-minh'`.execute(t.database.db);
});
afterAll(() => t?.close());
const iso = (local: string) => new Date(`${local}+07:00`).toISOString();

/** A PAKN received at this Vietnamese wall-clock time (set in the database: received_at is the database's now()), then classified khẩn. */
async function urgentAt(local: string, unit = 'binh-giang', officerName = 'canbo.binh-giang') {
  const [topic] = await topicIds(t.app, unit);
  const sent = await submit(t.app, validBody(topic!), { unit });
  expect(sent.statusCode).toBe(201);
  await sql`UPDATE feedback SET received_at = ${new Date(`${local}+07:00`).toISOString()}::timestamptz WHERE code = ${sent.json().code}`.execute(t.database.db);
  const officer = { ...(await loginAs(t.app, officerName)) };
  const accepted = await act(t.app, officer, sent.json().code, { action: 'accept', field: 'Hạ tầng giao thông', severity: 'khan' });
  expect(accepted.statusCode).toBe(200);
  return { ...sent.json(), officer, body: accepted.json() } as { code: string; accessKey: string; officer: Record<string, string>; body: Record<string, unknown> };
}

describe('khẩn deadlines in working hours', () => {
  it('is due mid-afternoon of the next working day when received Friday 16:00 before Tết', async () => {
    const { code, accessKey, officer, body } = await urgentAt('2026-02-13T16:00:00');
    // 1 hour on Friday 13/2 (to 17:00), Tết 14/2–22/2 skipped, 7 hours on Monday 23/2: 16:30.
    expect(body).toMatchObject({ severity: 'khan', dueDate: '2026-02-23', dueAt: iso('2026-02-23T16:30:00') });
    const tracked = await t.app.inject({ method: 'GET', url: `/api/v1/feedback/${code}`, headers: { 'x-access-key': accessKey } });
    expect(tracked.json()).toMatchObject({ dueDate: '2026-02-23', dueAt: iso('2026-02-23T16:30:00') });
    const queue = await t.app.inject({ method: 'GET', url: '/api/v1/console/feedback?severity=khan&limit=100', headers: officer });
    expect(queue.json().items.find((i: { code: string }) => i.code === code)).toMatchObject({ dueAt: iso('2026-02-23T16:30:00') });
    const row = await t.database.db.selectFrom('feedback').select(['due_at', 'due_date']).where('code', '=', code).executeTakeFirstOrThrow();
    expect(row.due_at?.toISOString()).toBe(iso('2026-02-23T16:30:00'));
  });

  it('counts over the unit’s own published office hours (Tứ Minh: 7:00–11:00, 13:00–17:00)', async () => {
    const { body } = await urgentAt('2026-03-10T10:00:00', 'tu-minh', 'canbo.tu-minh');
    // 1 hour to 11:00, 4 hours 13:00–17:00, 3 hours from 7:00 on Wednesday: 10:00.
    expect(body).toMatchObject({ dueDate: '2026-03-11', dueAt: iso('2026-03-11T10:00:00') });
  });

  it('keeps a unit’s own khẩn rule in working days, and other severities in days', async () => {
    const leader = { ...(await loginAs(t.app, 'lanhdao.kinh-mon')) };
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/console/settings/deadlines',
      headers: leader,
      payload: { rules: [{ topicId: null, severity: 'khan', workingDays: 2 }] },
    });
    expect(put.statusCode).toBe(200);
    const { body } = await urgentAt('2026-03-10T10:00:00', 'kinh-mon', 'canbo.kinh-mon');
    expect(body).toMatchObject({ dueDate: '2026-03-12', dueAt: null });
  });
});
