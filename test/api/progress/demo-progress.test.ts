import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs, type OfficerHeaders } from '../../helpers/officers.ts';

/*
 * The Tiến độ figures of the demo data: every demo unit's seeded year has its plan (server/seed/plans)
 * and a year of activity inside it. Nam An Phụ's 2026 plan (seed 000) and Bến Tắm's 2025 plan (seed 003)
 * count no target, so their progress has the plan and its activity but no target to meet or miss.
 */

let t: TestApp;
let admin: OfficerHeaders;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await loginAs(t.app, 'admin.hai-phong');
});
afterAll(() => t?.close());

const get = async (url: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/console/units${url}`, headers: { ...admin } });
  expect(res.statusCode, url).toBe(200);
  return res.json();
};

const SEEDED = [
  { slug: 'binh-giang', year: '2026' },
  { slug: 'nam-an-phu', year: '2026' },
  { slug: 'kinh-mon', year: '2025' },
  { slug: 'tu-minh', year: '2025-H2' },
  { slug: 'ben-tam', year: '2025' },
];

describe('the demo units’ progress', () => {
  it.each(SEEDED)('$slug: its $year has a plan and a year of counted activity', async ({ slug, year }) => {
    const p = await get(`/${slug}/progress/${year}`);
    expect(p.plan).not.toBeNull();
    const series = (await get(`/${slug}/progress/${year}/series`)).items as { month: string; count: number }[];
    expect(series.length).toBeGreaterThan(0);
  });

  it('Nam An Phụ 2026: the plan of seed 000 with its four tasks, no counted target, and a year of activity', async () => {
    const p = await get('/nam-an-phu/progress/2026');
    expect(p.plan).toMatchObject({ from: '2026-01-01', to: '2026-12-31', taskCount: 4, targetCount: 0 });
    expect(p.targets).toEqual([]);
    expect(p.summary).toMatchObject({ met: 0, missed: 0, atRisk: 0 });
    const months = new Set(((await get('/nam-an-phu/progress/2026/series')).items as { month: string }[]).map((r) => r.month));
    // Nothing is dated after today (03/12/2026 at the time of writing: eleven or twelve months).
    expect(months.size).toBeGreaterThanOrEqual(11);
  });

  it('Bến Tắm 2025: số 86/KH-UBND, no counted target, and a whole year of radio items', async () => {
    const p = await get('/ben-tam/progress/2025');
    expect(p.plan).toMatchObject({ number: '86/KH-UBND', from: '2025-01-01', to: '2025-12-31', targetCount: 0 });
    expect(p.targets).toEqual([]);
    const radio = ((await get('/ben-tam/progress/2025/series')).items as { month: string; channel: string; kind: string; count: number }[])
      .filter((r) => r.channel === 'dai_truyen_thanh' && r.kind === 'tin_bai');
    expect(radio.map((r) => r.month)).toHaveLength(12);
    expect(radio.reduce((n, r) => n + r.count, 0)).toBeGreaterThanOrEqual(24);
  });

  it('the city of 2026 lists Nam An Phụ with its plan and nothing behind, after the communes that are behind', async () => {
    const c = (await get('/hai-phong/progress/2026/city')).items as { unit: { slug: string }; hasPlan: boolean; missed: number; atRisk: number }[];
    const nap = c.find((i) => i.unit.slug === 'nam-an-phu')!;
    expect(nap).toMatchObject({ hasPlan: true, missed: 0, atRisk: 0 });
    const bg = c.findIndex((i) => i.unit.slug === 'binh-giang');
    expect(c[bg]!.missed).toBeGreaterThan(0);
    expect(bg).toBeLessThan(c.indexOf(nap));
  });
});
