import { FormatRegistry } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CityProgress } from '../../../shared/src/api/plans.ts';
import { sumIntoSpans } from '../../../shared/src/plan/count-spans.ts';
import type { CountRowT, CountSource } from '../../../shared/src/plan/vocabulary.ts';
import { PlansService } from '../../../server/src/features/plans/plans.service.ts';
import { ProgressService } from '../../../server/src/features/progress/progress.service.ts';
import { UnitDirectory } from '../../../server/src/features/units/units.service.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs, type OfficerHeaders } from '../../helpers/officers.ts';

/** An honest fake of the CountSource port: the rows it was given, filtered as the port promises. */
class GivenRows implements CountSource {
  constructor(readonly rows: CountRowT[]) {}
  async counts(unitIds: number[], fromDay: string, toDay: string, spans?: readonly string[]) {
    const rows = this.rows.filter((r) => unitIds.includes(r.unitId) && r.day >= fromDay && r.day <= toDay);
    return spans ? sumIntoSpans(rows, spans) : rows;
  }
}

let t: TestApp;
let officer: OfficerHeaders;
let other: OfficerHeaders;
let admin: OfficerHeaders;
let progress: ProgressService;
let ids: Record<string, number>;

beforeAll(async () => {
  t = await buildTestApp();
  officer = await loginAs(t.app, 'canbo.binh-giang');
  other = await loginAs(t.app, 'canbo.nam-an-phu');
  admin = await loginAs(t.app, 'admin.hai-phong');
  const units = new UnitDirectory(t.database.db);
  const plans = new PlansService(t.database.db, units);
  ids = Object.fromEntries(await Promise.all(['hai-phong', 'binh-giang', 'nam-an-phu'].map(async (s) => [s, (await units.get(s)).id])));
  const target = { label: 'Tối thiểu 02 tin, bài/tháng', channel: 'dai_truyen_thanh' as const, kind: 'tin_bai' as const, minimum: 2, periodicity: 'month' as const, office: 'Phòng Văn hóa - Xã hội', taskIndex: null };
  const input = { number: '7/KH-UBND', signedOn: null, title: 'Kế hoạch tuyên truyền CCHC năm 2040', legalBasis: [], from: '2040-01-01', to: '2040-12-31', tasks: [], targets: [target] };
  const bg = { id: ids['binh-giang'], slug: 'binh-giang', name: 'Xã Bình Giang' };
  await plans.create(bg, input);
  await plans.create({ id: ids['nam-an-phu'], slug: 'nam-an-phu', name: 'Xã Nam An Phụ' }, input);
  // A plan that begins and ends inside a month.
  await plans.create(bg, { ...input, title: 'Kế hoạch năm 2041', from: '2041-01-15', to: '2041-11-20' });
  const row = (unitId: number, day: string): CountRowT => ({ unitId, day, channel: 'dai_truyen_thanh', kind: 'tin_bai', count: 1, attendees: 0 });
  const bgRows = ['2040-01-03', '2040-01-30', '2041-01-10', '2041-01-20', '2041-11-19', '2041-11-25'].map((d) => row(ids['binh-giang'], d));
  progress = new ProgressService(plans, [new GivenRows(bgRows), new GivenRows([row(ids['nam-an-phu'], '2040-01-09')])], units);
});
afterAll(() => t?.close());

describe('ProgressService over the seeded units and a fake source', () => {
  it('gives a unit its targets of the period with done from every source', async () => {
    const p = await progress.unit(ids['binh-giang'], '2040-Q1', '2040-02-25');
    expect(p.plan).toMatchObject({ number: '7/KH-UBND', targetCount: 1 });
    expect(p.targets.map((x) => [x.period.key, x.done, x.status, x.atRisk])).toEqual([
      ['2040-01', 2, 'met', false],
      ['2040-02', 0, 'ongoing', true],
      ['2040-03', 0, 'upcoming', false],
    ]);
    expect(p.summary).toEqual({ met: 1, missed: 0, ongoing: 1, upcoming: 1, atRisk: 1 });
  });

  it('names the plan with its counts of tasks and targets (Bình Giang’s seeded 2026 plan: 8 tasks)', async () => {
    const p = await progress.unit(ids['binh-giang'], '2026', '2026-06-01');
    expect(p.plan).toMatchObject({ from: '2026-01-01', taskCount: 8 });
    expect(p.plan!.targetCount).toBe(new Set(p.targets.map((t) => t.targetId)).size);
  });

  it('counts only the plan’s own days of a month it begins or ends in', async () => {
    const p = await progress.unit(ids['binh-giang'], '2041', '2041-12-01');
    const done = Object.fromEntries(p.targets.map((x) => [x.period.key, x.done]));
    expect(p.targets.map((x) => x.period.key)).toEqual(['2041-01', '2041-02', '2041-03', '2041-04', '2041-05', '2041-06', '2041-07', '2041-08', '2041-09', '2041-10', '2041-11']);
    expect([done['2041-01'], done['2041-11']]).toEqual([1, 1]);
    const city = await progress.city(ids['hai-phong'], '2041-11', '2041-12-01');
    expect(city.items.find((i) => i.unit.slug === 'binh-giang')).toMatchObject({ missed: 1, met: 0, targetCount: 1 });
  });

  it('ranks the city’s communes by who is behind, communes without a plan last', async () => {
    const c = await progress.city(ids['hai-phong'], '2040-01', '2040-02-02');
    expect(c.items[0]).toMatchObject({ unit: { slug: 'nam-an-phu' }, hasPlan: true, missed: 1 });
    expect(c.items[1]).toMatchObject({ unit: { slug: 'binh-giang' }, met: 1, score: 1, targetCount: 1 });
    // The city answer counts each commune's targets; their detail is the commune's own progress.
    expect(c.items.every((i) => !('targets' in i))).toBe(true);
    expect(c.items.slice(2).every((i) => !i.hasPlan && i.score === null)).toBe(true);
  });

  it('warns of targets at risk today, with the office and days left', async () => {
    const w = await progress.warnings(ids['binh-giang'], '2040-02-25');
    expect(w.items).toEqual([expect.objectContaining({ unit: { slug: 'binh-giang', name: 'Xã Bình Giang' }, office: 'Phòng Văn hóa - Xã hội', daysLeft: 5, atRisk: true })]);
    expect((await progress.warnings(ids['hai-phong'], '2040-02-25')).items.map((i) => i.unit.slug).sort()).toEqual(['binh-giang', 'nam-an-phu']);
  });

  it('sums the series by month, channel and kind', async () => {
    expect(await progress.series([ids['binh-giang'], ids['nam-an-phu']], '2040-01-01', '2040-12-31')).toEqual([{ month: '2040-01', channel: 'dai_truyen_thanh', kind: 'tin_bai', count: 3 }]);
  });
});

describe('progress routes', () => {
  const get = (url: string, headers: OfficerHeaders) => t.app.inject({ method: 'GET', url: `/api/v1/console/units${url}`, headers: { ...headers } });
  it('answers a unit, its city, and refuses others and bad periods', async () => {
    expect((await get('/binh-giang/progress/2040', officer)).json()).toMatchObject({ period: { key: '2040', label: 'năm 2040' }, plan: { number: '7/KH-UBND' } });
    expect((await get('/binh-giang/progress/2040', admin)).statusCode).toBe(200);
    expect((await get('/binh-giang/progress/2040', other)).statusCode).toBe(404);
    const bad = await get('/binh-giang/progress/2040-13', officer);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('không hợp lệ');
    expect((await get('/binh-giang/progress/2040/city', officer)).statusCode).toBe(404);
    const city = await get('/hai-phong/progress/2040-Q1/city', admin);
    expect(city.statusCode).toBe(200);
    expect(city.json().items.length).toBeGreaterThan(2);
    // The answer is exactly the schema's.
    if (!FormatRegistry.Has('date')) FormatRegistry.Set('date', (v) => /^\d{4}-\d{2}-\d{2}$/.test(v));
    expect([...Value.Errors(CityProgress, city.json())].map((e) => `${e.path} ${e.message}`)).toEqual([]);
    expect(Value.Clean(CityProgress, structuredClone(city.json()))).toEqual(city.json()); // nothing beyond the schema
    expect((await get('/hai-phong/progress/xyz/city', admin)).statusCode).toBe(400);
    expect((await get('/binh-giang/progress/warnings', officer)).statusCode).toBe(200);
    expect((await get('/binh-giang/progress/2040/series', officer)).json()).toMatchObject({ from: '2040-01-01', to: '2040-12-31', items: [] });
  });
});
