import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamDay } from '@cchc/shared/plan/periods';
import type { TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';
import { buildFeedbackApp, type OfficerHeaders } from '../feedback/feedback-fixtures.ts';

/**
 * The summary of migration 015: month rows in their own tables, day rows for cut months
 * (added, or taken away from a whole month), open PAKN read as "not yet due". After writes
 * of every kind it must equal a count over the PAKN, and what feedback_figures_rebuild()
 * builds from scratch.
 */
let t: TestApp & { dataDir: string };
let cityAdmin: OfficerHeaders;

beforeAll(async () => {
  t = await buildFeedbackApp();
  cityAdmin = { ...(await loginAs(t.app, 'admin.hai-phong')) };
});
afterAll(() => t?.close());

const TABLES = ['feedback_figures', 'feedback_figures_durations', 'feedback_figures_months', 'feedback_figures_month_durations', 'feedback_figures_open'] as const;

async function snapshot(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of TABLES) {
    // Rows whose counts all went back to zero are the same as no row.
    const { rows } = await sql<{ r: string }>`select row_to_json(x)::text as r from ${sql.table(table)} x`.execute(t.database.db);
    out[table] = rows.map((r) => JSON.parse(r.r) as Record<string, unknown>)
      .filter((r) => Object.entries(r).some(([k, v]) => typeof v === 'number' && v !== 0 && !['unit_id', 'topic_id', 'field_id', 'key', 'working_days'].includes(k)))
      .map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

describe('figures summary (migration 015)', () => {
  it('equals a count over the PAKN for ranges crossing month and year ends, and what a rebuild gives, after writes of every kind', async () => {
    const db = t.database.db;
    const city = await db.selectFrom('units').select(['id', 'slug']).where('kind', '=', 'city').executeTakeFirstOrThrow();
    const communes = await db.selectFrom('units').select('id').where('parent_id', '=', city.id).execute();
    const topicsOf = new Map<number, number[]>();
    for (const u of communes) {
      const ids = (await db.selectFrom('feedback_topics').select('id').where('unit_id', '=', u.id).execute()).map((r) => r.id);
      if (ids.length) topicsOf.set(u.id, ids);
    }
    const used = communes.filter((u) => topicsOf.has(u.id));
    let seed = 2026;
    const rand = (n: number) => { seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648; return seed % n; };
    const fieldsOf = new Map<number, number[]>();
    for (const u of used) {
      const ids: number[] = [];
      for (const name of ['Đất đai 015', 'Giao thông 015']) {
        ids.push((await db.insertInto('feedback_fields').values({ unit_id: u.id, name, key: `${name}-${u.id}`, position: 9 + ids.length }).returning('id').executeTakeFirstOrThrow()).id);
      }
      fieldsOf.set(u.id, ids);
    }
    const STATUSES = ['moi', 'da_tiep_nhan', 'dang_xu_ly', 'da_chuyen', 'da_tra_loi', 'dong', 'mo_lai', 'tu_choi'] as const;
    const rows = [];
    for (let i = 0; i < 400; i++) {
      const u = used[rand(used.length)]!;
      // 2025-11-01 … 2026-03-31, at any hour (some fall on the next day in Viet Nam time).
      const received = new Date(Date.UTC(2025, 10, 1) + rand(151) * 86_400_000 + rand(24) * 3_600_000);
      // Some due long after today: open, not yet past due.
      const due = rand(5) === 0 ? '2099-01-01' : new Date(received.getTime() + (rand(30) - 3) * 86_400_000).toISOString().slice(0, 10);
      const status = STATUSES[rand(STATUSES.length)]!;
      const answered = ['da_tra_loi', 'dong', 'mo_lai'].includes(status) ? new Date(received.getTime() + rand(40) * 86_400_000) : null;
      rows.push({
        unit_id: u.id, code: `FS-${i}-${rand(1e6)}`, access_key_hash: 'x', kind: 'phan_anh' as const, topic_id: topicsOf.get(u.id)![rand(topicsOf.get(u.id)!.length)]!,
        content: 'Nội dung thử', contact_name: 'A', contact_phone: '0900000000', contact_address: 'B', citizen_key: 'device:fs',
        status, field_id: rand(3) === 0 ? null : fieldsOf.get(u.id)![rand(2)]!, received_at: received, transfer_due_date: due, due_date: due,
        answered_at: answered, handling_working_days: answered ? rand(25) : null,
        rating: answered && rand(2) ? (rand(3) ? 'hai_long' as const : 'khong_hai_long' as const) : null,
      });
    }
    await db.insertInto('feedback').values(rows).execute();
    const ids = await db.selectFrom('feedback').select(['id', 'unit_id']).where('code', 'like', 'FS-%').execute();
    for (let i = 0; i < 200; i++) {
      const row = ids[rand(ids.length)]!;
      const change = rand(8);
      const set = db.updateTable('feedback').where('id', '=', row.id);
      if (change === 0) await set.set({ status: 'tu_choi' }).execute();
      else if (change === 1) await set.set({ status: 'da_tra_loi', answered_at: new Date(Date.UTC(2026, 2, 1 + rand(28))), handling_working_days: rand(20) }).execute();
      else if (change === 2) await set.set({ rating: rand(2) ? 'hai_long' : 'khong_hai_long' }).execute();
      else if (change === 3) await set.set({ field_id: rand(2) ? fieldsOf.get(row.unit_id)![rand(2)]! : null }).execute();
      else if (change === 4) await set.set({ topic_id: topicsOf.get(row.unit_id)![rand(topicsOf.get(row.unit_id)!.length)]! }).execute();
      else if (change === 5) {
        const to = used[rand(used.length)]!;
        await set.set({ unit_id: to.id, topic_id: topicsOf.get(to.id)![0]!, field_id: null, status: 'da_chuyen' }).execute();
        row.unit_id = to.id;
      } else if (change === 6) await set.set({ status: 'mo_lai', due_date: rand(2) ? '2099-06-30' : '2026-03-31' }).execute();
      else await set.set({ due_date: '2099-02-01' }).execute();
    }
    for (const row of ids.slice(0, 5)) await db.deleteFrom('feedback').where('id', '=', row.id).execute();

    const today = vietnamDay(new Date());
    const unitIds = communes.map((u) => u.id);
    for (const [from, to] of [['2025-12-20', '2026-02-03'], ['2025-11-03', '2026-03-29'], ['2026-01-05', '2026-01-25'], ['2026-01-02', '2026-01-30'], ['2025-11-01', '2026-03-31']]) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/console/units/${city.slug}/figures?from=${from}&to=${to}`, headers: cityAdmin });
      expect(res.statusCode, res.body).toBe(200);
      const f = res.json();
      const { rows: [direct] } = await sql<{ received: number; on_time: number; overdue: number; open: number; rated: number; satisfied: number }>`
        select count(*)::int as received,
               count(*) filter (where status in ('da_tra_loi', 'dong') and (answered_at at time zone 'UTC' + interval '7 hours')::date <= due_date)::int as on_time,
               count(*) filter (where (status in ('da_tra_loi', 'dong') and not coalesce((answered_at at time zone 'UTC' + interval '7 hours')::date <= due_date, false))
                                   or (status not in ('da_tra_loi', 'dong', 'tu_choi') and due_date < ${today}::date))::int as overdue,
               count(*) filter (where status not in ('da_tra_loi', 'dong', 'tu_choi'))::int as open,
               count(rating)::int as rated, count(*) filter (where rating = 'hai_long')::int as satisfied
        from feedback where unit_id = any(${unitIds}::int[])
          and (received_at at time zone 'UTC' + interval '7 hours')::date between ${from}::date and ${to}::date`.execute(db);
      expect(f, `${from}..${to}`).toMatchObject({
        received: direct!.received, answeredOnTime: direct!.on_time, overdue: direct!.overdue, open: direct!.open, rated: direct!.rated, satisfied: direct!.satisfied,
      });
      expect(f.byMonth.reduce((s: number, m: { received: number; overdue: number }) => s + m.received, 0)).toBe(direct!.received);
      expect(f.byMonth.reduce((s: number, m: { overdue: number }) => s + m.overdue, 0)).toBe(direct!.overdue);
      expect(f.byUnit.reduce((s: number, m: { overdue: number }) => s + m.overdue, 0)).toBe(direct!.overdue);
      expect(f.byField.reduce((s: number, m: { overdue: number }) => s + m.overdue, 0)).toBe(direct!.overdue);
    }

    const kept = await snapshot();
    expect(kept.feedback_figures_months.length).toBeGreaterThan(0);
    expect(kept.feedback_figures_open.length).toBeGreaterThan(0);
    await sql`select feedback_figures_rebuild()`.execute(db);
    expect(await snapshot()).toEqual(kept);
  });
});
