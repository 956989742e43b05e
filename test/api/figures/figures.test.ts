import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';
import { act, buildFeedbackApp, newDevice, submit, topicIds, validBody, type OfficerHeaders } from '../feedback/feedback-fixtures.ts';

let t: TestApp & { dataDir: string };
let officer: OfficerHeaders;
let cityAdmin: OfficerHeaders;
let otherOfficer: OfficerHeaders;
let leader: OfficerHeaders;

beforeAll(async () => {
  t = await buildFeedbackApp();
  officer = { ...(await loginAs(t.app, 'canbo.binh-giang')) };
  cityAdmin = { ...(await loginAs(t.app, 'admin.hai-phong')) };
  otherOfficer = { ...(await loginAs(t.app, 'canbo.kinh-mon')) };
  leader = { ...(await loginAs(t.app, 'lanhdao.binh-giang')) };
});
afterAll(() => t?.close());

const fieldsUrl = '/api/v1/console/settings/fields';

describe('lĩnh vực: a managed list', () => {
  it('moves a field to another place in the list, the others making room, and keeps each unit to its own list', async () => {
    const names = ['Đất đai', 'Hộ tịch', 'Môi trường'];
    const ids: number[] = [];
    for (const name of names) {
      const created = await t.app.inject({ method: 'POST', url: fieldsUrl, headers: leader, payload: { name } });
      expect(created.statusCode, created.body).toBe(201);
      ids.push(created.json().id);
    }
    const order = async () => ((await t.app.inject({ method: 'GET', url: fieldsUrl, headers: leader })).json().items as { id: number; name: string; position: number }[]).filter((f) => ids.includes(f.id));
    const first = (await t.app.inject({ method: 'GET', url: fieldsUrl, headers: leader })).json().items.findIndex((f: { id: number }) => f.id === ids[0]);
    const moved = await t.app.inject({ method: 'PATCH', url: `${fieldsUrl}/${ids[2]}`, headers: leader, payload: { position: first } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ id: ids[2], position: first, name: 'Môi trường', active: true });
    expect((await order()).map((f) => f.name)).toEqual(['Môi trường', 'Đất đai', 'Hộ tịch']);
    const positions = ((await t.app.inject({ method: 'GET', url: fieldsUrl, headers: leader })).json().items as { position: number }[]).map((f) => f.position);
    expect(positions).toEqual(positions.map((_, i) => i));
    // Another unit's officer cannot move it (the field is not in their list).
    const kinhMonLeader: OfficerHeaders = { ...(await loginAs(t.app, 'lanhdao.kinh-mon')) };
    expect((await t.app.inject({ method: 'PATCH', url: `${fieldsUrl}/${ids[0]}`, headers: kinhMonLeader, payload: { position: 0 } })).statusCode).toBe(404);
    // Nor classify with it: a field of another unit is refused in words.
    const topics = await topicIds(t.app, 'kinh-mon');
    const sent = await submit(t.app, validBody(topics[0]!), { unit: 'kinh-mon', device: newDevice() });
    expect(sent.statusCode, sent.body).toBe(201);
    const refused = await act(t.app, otherOfficer, sent.json().code, { action: 'accept', fieldId: ids[0], severity: 'binh_thuong' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/Lĩnh vực/);
  });

  it('adds, refuses a name differing only by case or diacritics, classifies by id, and only deactivates one in use', async () => {
    const created = await t.app.inject({ method: 'POST', url: fieldsUrl, headers: leader, payload: { name: 'Giao thông nông thôn' } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as number;
    const twin = await t.app.inject({ method: 'POST', url: fieldsUrl, headers: leader, payload: { name: 'GIAO THONG  nong thon' } });
    expect(twin.statusCode).toBe(409);

    const topics = await topicIds(t.app);
    const sent = await submit(t.app, validBody(topics[0]!), { device: newDevice() });
    const code = sent.json().code as string;
    const unknown = await act(t.app, officer, code, { action: 'accept', fieldId: 999_999, severity: 'binh_thuong' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/Lĩnh vực/);
    const accepted = await act(t.app, officer, code, { action: 'accept', fieldId: id, severity: 'binh_thuong' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ field: 'Giao thông nông thôn', fieldId: id });

    const renamed = await t.app.inject({ method: 'PATCH', url: `${fieldsUrl}/${id}`, headers: leader, payload: { name: 'Giao thông' } });
    expect(renamed.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/console/feedback/${code}`, headers: officer })).json().field).toBe('Giao thông');

    expect((await t.app.inject({ method: 'DELETE', url: `${fieldsUrl}/${id}`, headers: leader })).statusCode).toBe(409);
    const off = await t.app.inject({ method: 'PATCH', url: `${fieldsUrl}/${id}`, headers: leader, payload: { active: false } });
    expect(off.json()).toMatchObject({ active: false, feedbackCount: 1 });
    const again = await submit(t.app, validBody(topics[0]!), { device: newDevice() });
    expect((await act(t.app, officer, again.json().code, { action: 'accept', fieldId: id, severity: 'binh_thuong' })).statusCode).toBe(400);
    // Another unit's officer neither sees nor uses this unit's list.
    const other = await t.app.inject({ method: 'GET', url: fieldsUrl, headers: otherOfficer });
    expect(other.json().items.map((f: { id: number }) => f.id)).not.toContain(id);
  });
});

interface Raw {
  unit_id: number;
  received_day: string;
  status: string;
  due_date: string;
  answered_day: string | null;
  handling_working_days: number | null;
  rating: string | null;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

describe('figures from the summary equal a count over the PAKN', () => {
  it('after random inserts, classifications, answers, rejections, transfers and ratings', async () => {
    const db = t.database.db;
    const units = await db.selectFrom('units').select(['id', 'slug', 'kind']).execute();
    const communes = units.filter((u) => u.kind !== 'city');
    const topicsOf = new Map<number, number[]>();
    for (const u of communes) {
      const ids = (await db.selectFrom('feedback_topics').select('id').where('unit_id', '=', u.id).execute()).map((r) => r.id);
      if (ids.length) topicsOf.set(u.id, ids);
    }
    const used = communes.filter((u) => topicsOf.has(u.id));
    expect(used.length).toBeGreaterThan(1);
    let seed = 42;
    const rand = (n: number) => { seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648; return seed % n; };
    const fieldIds = new Map<number, number[]>();
    for (const u of used) {
      const ids: number[] = [];
      for (const name of ['Đất đai', 'Môi trường', 'Hạ tầng']) {
        const row = await db.insertInto('feedback_fields').values({ unit_id: u.id, name, key: `${name}-${u.id}`, position: ids.length }).returning('id').executeTakeFirstOrThrow();
        ids.push(row.id);
      }
      fieldIds.set(u.id, ids);
    }
    const STATUSES = ['moi', 'da_tiep_nhan', 'dang_xu_ly', 'da_chuyen', 'da_tra_loi', 'dong', 'mo_lai', 'tu_choi'] as const;
    const rows = [];
    for (let i = 0; i < 300; i++) {
      const u = used[rand(used.length)]!;
      const received = new Date(Date.UTC(2026, rand(6), 1 + rand(28), rand(24)));
      const due = new Date(received.getTime() + (rand(30) - 3) * 86_400_000).toISOString().slice(0, 10);
      const status = STATUSES[rand(STATUSES.length)]!;
      const answered = status === 'da_tra_loi' || status === 'dong' || status === 'mo_lai' ? new Date(received.getTime() + rand(40) * 86_400_000) : null;
      rows.push({
        unit_id: u.id, code: `FG-${i}-${rand(1e6)}`, access_key_hash: 'x', kind: 'phan_anh' as const, topic_id: topicsOf.get(u.id)![rand(topicsOf.get(u.id)!.length)]!,
        content: 'Nội dung thử', contact_name: 'A', contact_phone: '0900000000', contact_address: 'B', citizen_key: 'device:x',
        status, field_id: rand(4) === 0 ? null : fieldIds.get(u.id)![rand(3)]!, received_at: received, transfer_due_date: due, due_date: due,
        answered_at: answered, handling_working_days: answered ? rand(25) : null,
        rating: answered && rand(2) ? (rand(3) ? 'hai_long' as const : 'khong_hai_long' as const) : null,
      });
    }
    await db.insertInto('feedback').values(rows).execute();
    // Random changes afterwards, each a separate write as the services make them.
    const ids = (await db.selectFrom('feedback').select(['id', 'unit_id']).where('code', 'like', 'FG-%').execute());
    for (let i = 0; i < 150; i++) {
      const row = ids[rand(ids.length)]!;
      const change = rand(6);
      if (change === 0) await db.updateTable('feedback').set({ status: 'tu_choi' }).where('id', '=', row.id).execute();
      else if (change === 1) await db.updateTable('feedback').set({ status: 'da_tra_loi', answered_at: new Date(Date.UTC(2026, 5, 1 + rand(28))), handling_working_days: rand(20) }).where('id', '=', row.id).execute();
      else if (change === 2) await db.updateTable('feedback').set({ rating: rand(2) ? 'hai_long' : 'khong_hai_long' }).where('id', '=', row.id).execute();
      else if (change === 3) await db.updateTable('feedback').set({ field_id: fieldIds.get(row.unit_id)![rand(3)]! }).where('id', '=', row.id).execute();
      else if (change === 4) {
        const to = used[rand(used.length)]!;
        await db.updateTable('feedback').set({ unit_id: to.id, topic_id: topicsOf.get(to.id)![0]!, field_id: null, status: 'da_chuyen' }).where('id', '=', row.id).execute();
        row.unit_id = to.id;
      } else await db.updateTable('feedback').set({ status: 'mo_lai', due_date: '2026-06-30' }).where('id', '=', row.id).execute();
    }
    await db.deleteFrom('feedback').where('id', '=', ids[0]!.id).execute();

    const city = units.find((u) => u.kind === 'city')!;
    const today = new Date().toISOString().slice(0, 10);
    for (const [who, slug, query] of [[cityAdmin, city.slug, 'period=2026-H1'], [cityAdmin, city.slug, 'from=2026-02-10&to=2026-05-03'], [officer, 'binh-giang', 'period=2026-Q2']] as const) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/console/units/${slug}/figures?${query}`, headers: who });
      expect(res.statusCode, res.body).toBe(200);
      const f = res.json();
      const unitIds = slug === city.slug ? communes.map((u) => u.id) : [units.find((u) => u.slug === slug)!.id];
      const raw = (await sql<Raw>`
        select unit_id, to_char((received_at at time zone 'UTC' + interval '7 hours')::date, 'YYYY-MM-DD') as received_day, status,
               to_char(due_date, 'YYYY-MM-DD') as due_date, to_char((answered_at at time zone 'UTC' + interval '7 hours')::date, 'YYYY-MM-DD') as answered_day,
               handling_working_days, rating
        from feedback where unit_id = any(${unitIds}::int[])`.execute(db)).rows.filter((r) => r.received_day >= f.from && r.received_day <= f.to);
      const answered = raw.filter((r) => r.status === 'da_tra_loi' || r.status === 'dong');
      const open = raw.filter((r) => !['da_tra_loi', 'dong', 'tu_choi'].includes(r.status));
      const onTime = answered.filter((r) => r.answered_day! <= r.due_date);
      const overdue = answered.length - onTime.length + open.filter((r) => r.due_date < today).length;
      expect(f).toMatchObject({
        received: raw.length,
        answered: answered.length,
        answeredOnTime: onTime.length,
        overdue,
        open: open.length,
        rejected: raw.filter((r) => r.status === 'tu_choi').length,
        rated: raw.filter((r) => r.rating).length,
        satisfied: raw.filter((r) => r.rating === 'hai_long').length,
        medianWorkingDays: median(answered.filter((r) => r.handling_working_days !== null).map((r) => r.handling_working_days!)),
      });
      expect(f.byMonth.reduce((s: number, m: { received: number }) => s + m.received, 0)).toBe(raw.length);
      expect(f.byField.reduce((s: number, m: { received: number }) => s + m.received, 0)).toBe(raw.length);
      expect(f.byTopic.reduce((s: number, m: { overdue: number }) => s + m.overdue, 0)).toBe(overdue);
      for (const u of f.byUnit) {
        const id = units.find((x) => x.slug === u.slug)!.id;
        expect(u.received).toBe(raw.filter((r) => r.unit_id === id).length);
      }
      if (slug === city.slug) expect(f.byUnit.length).toBe(communes.length);
    }
  });

  it('answers 400 to a malformed period and 404 to a unit outside the officer’s city', async () => {
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/console/units/binh-giang/figures?period=2026-Q5', headers: officer });
    expect(bad.statusCode).toBe(400);
    const reversed = await t.app.inject({ method: 'GET', url: '/api/v1/console/units/binh-giang/figures?from=2026-05-01&to=2026-04-01', headers: officer });
    expect(reversed.statusCode).toBe(400);
    const other = await t.app.inject({ method: 'GET', url: '/api/v1/console/units/kinh-mon/figures?period=2026', headers: officer });
    expect(other.statusCode).toBe(404);
  });
});

describe('the city administrator’s queue', () => {
  it('shows each item’s commune and filters by commune', async () => {
    const topics = await topicIds(t.app);
    const sent = await submit(t.app, validBody(topics[0]!), { device: newDevice() });
    expect(sent.statusCode).toBe(201);
    const all = await t.app.inject({ method: 'GET', url: '/api/v1/console/feedback?limit=100', headers: cityAdmin });
    const slugs = new Set(all.json().items.map((i: { unit: { slug: string } }) => i.unit.slug));
    expect(slugs.size).toBeGreaterThan(1);
    expect(all.json().items.every((i: { unit: { name: string } }) => i.unit.name.length > 0)).toBe(true);
    const only = await t.app.inject({ method: 'GET', url: '/api/v1/console/feedback?unit=binh-giang&limit=100', headers: cityAdmin });
    expect(only.json().items.length).toBeGreaterThan(0);
    expect(only.json().items.every((i: { unit: { slug: string } }) => i.unit.slug === 'binh-giang')).toBe(true);
    const elsewhere = await t.app.inject({ method: 'GET', url: '/api/v1/console/feedback?unit=kinh-mon&limit=100', headers: cityAdmin });
    expect(elsewhere.json().items.map((i: { code: string }) => i.code)).not.toContain(sent.json().code);
    // A commune's officer filtering on another commune sees nothing of it.
    const probe = await t.app.inject({ method: 'GET', url: '/api/v1/console/feedback?unit=kinh-mon', headers: officer });
    expect(probe.json().total).toBe(0);
  });
});
