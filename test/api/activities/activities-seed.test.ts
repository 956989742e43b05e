import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Database } from '../../../server/src/db/database.ts';
import { ActivitiesService } from '../../../server/src/features/activities/activities.service.ts';
import { seedDemoActivities } from '../../../server/src/features/activities/activities-seed.ts';
import { EvidenceStorage } from '../../../server/src/features/activities/evidence-storage.ts';
import { PlansService } from '../../../server/src/features/plans/plans.service.ts';
import { UnitDirectory } from '../../../server/src/features/units/units.service.ts';
import { calendarYearWindow } from '../../../server/src/features/activities/plan-window.ts';
import { expectSpansSumTheDays } from '../../helpers/count-spans.ts';
import { openTestDatabase } from '../../helpers/database.ts';

let database: Database;
let activities: ActivitiesService;
let units: { id: number; slug: string }[];

beforeAll(async () => {
  database = await openTestDatabase(inject('template'));
  activities = new ActivitiesService(database.db, new EvidenceStorage('/nonexistent'), calendarYearWindow);
  units = await database.db.selectFrom('units').select(['id', 'slug']).execute();
});
afterAll(() => database?.close());

const id = (slug: string) => units.find((u) => u.slug === slug)!.id;

async function totals(slug: string, from: string, to: string) {
  const out: Record<string, { count: number; attendees: number }> = {};
  for (const r of await activities.counts([id(slug)], from, to)) {
    const key = `${r.channel}/${r.kind}`;
    out[key] = { count: (out[key]?.count ?? 0) + r.count, attendees: (out[key]?.attendees ?? 0) + r.attendees };
  }
  return out;
}

describe('demo activities', () => {
  it('phường Kinh Môn’s 2025 adds up exactly to its year-end report (seed 001)', async () => {
    const t = await totals('kinh-mon', '2025-01-01', '2025-12-31');
    expect(t['dai_truyen_thanh/tin_bai']!.count).toBe(60);
    expect(t['cong_thong_tin/van_ban']!.count).toBe(50);
    expect(t['truc_quan/bang_ron']!.count).toBe(32);
    expect(t['hoi_nghi/hoi_nghi']).toEqual({ count: 9, attendees: 550 });
    expect(t['hoi_nghi/hoc_vien']).toEqual({ count: 120, attendees: 0 });
    expect(t['truc_tiep/to_cong_nghe_so']!.count).toBe(13);
    expect(t['truc_tiep/ho_tro']!.count).toBe(21);
    // Spread over the year, not one lump.
    const months = new Set((await activities.counts([id('kinh-mon')], '2025-01-01', '2025-12-31')).map((r) => r.day.slice(0, 7)));
    expect(months.size).toBe(12);
  });

  it('Bình Giang’s 2026 radio meets 02 items a month except in two months, and nothing is dated after today', async () => {
    const rows = await activities.counts([id('binh-giang')], '2026-01-01', '2026-12-31');
    const radio = new Map<string, number>();
    for (const r of rows) if (r.channel === 'dai_truyen_thanh' && r.kind === 'tin_bai') radio.set(r.day.slice(0, 7), (radio.get(r.day.slice(0, 7)) ?? 0) + r.count);
    const short = [...radio].filter(([, n]) => n < 2).map(([m]) => m);
    expect(short).toEqual(['2026-04', '2026-09']);
    expect(radio.size).toBeGreaterThanOrEqual(10);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    expect(rows.every((r) => r.day <= today)).toBe(true);
  });

  it('every demo activity lies inside a plan of its unit, as an officer’s entry must (seeds 000–004)', async () => {
    const plans = new PlansService(database.db, new UnitDirectory(database.db));
    for (const slug of ['binh-giang', 'nam-an-phu', 'kinh-mon', 'tu-minh', 'ben-tam']) {
      const rows = await activities.counts([id(slug)], '2025-01-01', '2026-12-31');
      expect(rows.length, slug).toBeGreaterThan(0);
      for (const day of new Set(rows.map((r) => r.day))) expect(await plans.coveringPlan(id(slug), day), `${slug} ${day}`).not.toBeNull();
    }
  });

  it('asked for spans (months, cut by a plan inside a month), sums exactly the daily rows of each span', async () => {
    const n = await expectSpansSumTheDays(activities, units.map((u) => u.id), '2025-01-01', '2026-12-31', { from: '2025-03-10', to: '2026-02-17' });
    expect(n).toBeGreaterThan(0);
  });

  it('running the seed again adds nothing', async () => {
    const before = await totals('kinh-mon', '2025-01-01', '2025-12-31');
    expect(await seedDemoActivities(database.db, units)).toBe(0);
    expect(await totals('kinh-mon', '2025-01-01', '2025-12-31')).toEqual(before);
  });

  it('highlights name the entries of a range for the report', async () => {
    const h = await activities.highlights(id('kinh-mon'), '2025-03-01', '2025-03-31');
    expect(h.some((x) => x.kind === 'hoc_vien' && x.title.includes('Tập huấn'))).toBe(true);
    expect(h.every((x) => x.day >= '2025-03-01' && x.day <= '2025-03-31')).toBe(true);
  });
});
