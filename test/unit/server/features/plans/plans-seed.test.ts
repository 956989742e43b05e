import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlanInput } from '../../../../../server/src/features/plans/plan-rules.ts';
import { readSeedPlans } from '../../../../../server/src/features/plans/plans-seed.ts';
import { SEED_DIR } from '../../../../../server/src/paths.ts';

describe('demo plans from the real documents', () => {
  it('each file fits PlanInput and the plan rules, named <slug>-<period>.json', async () => {
    const plans = await readSeedPlans(path.join(SEED_DIR, 'plans'));
    expect(plans.map((p) => p.slug)).toEqual(expect.arrayContaining(['binh-giang', 'kinh-mon']));
    for (const p of plans) expect(() => checkPlanInput(p.plan), p.file).not.toThrow();
  });

  it('Bình Giang 2026 carries the monthly radio target and the yearly dialogues of seed 004', async () => {
    const bg = (await readSeedPlans(path.join(SEED_DIR, 'plans'))).find((p) => p.slug === 'binh-giang')!;
    expect(bg.plan.from).toBe('2026-01-01');
    expect(bg.plan.tasks).toHaveLength(8);
    expect(bg.plan.targets).toContainEqual(expect.objectContaining({ channel: 'dai_truyen_thanh', kind: 'tin_bai', minimum: 2, periodicity: 'month', taskIndex: 2 }));
    expect(bg.plan.targets).toContainEqual(expect.objectContaining({ kind: 'doi_thoai', minimum: 2, periodicity: 'year' }));
  });

  it('Tứ Minh’s plan is the half-year of seed 002: 9 tasks, 01/07–31/12/2025', async () => {
    const tm = (await readSeedPlans(path.join(SEED_DIR, 'plans'))).find((p) => p.slug === 'tu-minh')!;
    expect(tm.plan).toMatchObject({ from: '2025-07-01', to: '2025-12-31' });
    expect(tm.plan.tasks).toHaveLength(9);
  });

  it('Kinh Môn 2025 targets what its year-end report counts (seed 001)', async () => {
    const km = (await readSeedPlans(path.join(SEED_DIR, 'plans'))).find((p) => p.slug === 'kinh-mon')!;
    const byKind = Object.fromEntries(km.plan.targets.map((t) => [t.kind, t.minimum]));
    expect(byKind).toMatchObject({ tin_bai: 60, van_ban: 50, bang_ron: 32, hoi_nghi: 9, luot_tham_du: 550, hoc_vien: 120, to_cong_nghe_so: 13, ho_tro: 21 });
  });
});
