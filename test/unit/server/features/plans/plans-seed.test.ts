import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlanInput } from '../../../../../server/src/features/plans/plan-rules.ts';
import { readSeedPlans } from '../../../../../server/src/features/plans/plans-seed.ts';
import { SEED_DIR } from '../../../../../server/src/paths.ts';

describe('demo plans from the real documents', () => {
  it('each file fits PlanInput and the plan rules, named <slug>-<period>.json', async () => {
    const plans = await readSeedPlans(path.join(SEED_DIR, 'plans'));
    expect(plans.map((p) => p.slug)).toEqual(expect.arrayContaining(['binh-giang', 'kinh-mon', 'nam-an-phu', 'ben-tam']));
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

  it('Nam An Phụ 2026 is seed 000: its căn cứ, the four tasks of "Nhiệm vụ cụ thể", and no counted target (the plan gives no number)', async () => {
    const nap = (await readSeedPlans(path.join(SEED_DIR, 'plans'))).find((p) => p.slug === 'nam-an-phu')!;
    expect(nap.plan).toMatchObject({ from: '2026-01-01', to: '2026-12-31', signedOn: null });
    expect(nap.plan.legalBasis).toEqual([expect.stringContaining('Quyết định số 247/QĐ-UBND ngày 20/01/2026'), expect.stringContaining('Quyết định số 15/QĐ-UBND ngày 12/01/2026')]);
    expect(nap.plan.tasks.map((t) => [t.lead, t.product])).toEqual([
      ['Trung tâm Dịch vụ sự nghiệp công', 'Chuyên mục, tin, bài, ảnh tuyên truyền'],
      ['Văn phòng HĐND - UBND xã', 'Tin, bài, ảnh'],
      ['Trung tâm Dịch vụ sự nghiệp công', 'File âm thanh tuyên truyền'],
      ['Trung tâm Dịch vụ sự nghiệp công', 'Bài thi'],
    ]);
    expect(nap.plan.tasks[1].content).toContain('“Tra cứu thủ tục hành chính”');
    expect(nap.plan.targets).toEqual([]);
  });

  it('Bến Tắm 2025 is seed 003: số 86/KH-UBND of 04/02/2025, six căn cứ, its offices\' tasks with the Zalo OA, and no counted target', async () => {
    const bt = (await readSeedPlans(path.join(SEED_DIR, 'plans'))).find((p) => p.slug === 'ben-tam')!;
    expect(bt.plan).toMatchObject({ number: '86/KH-UBND', signedOn: '2025-02-04', from: '2025-01-01', to: '2025-12-31' });
    expect(bt.plan.title).toContain('phường Bến Tắm năm 2025');
    expect(bt.plan.legalBasis).toHaveLength(6);
    expect(bt.plan.legalBasis[0]).toMatch(/^Nghị quyết số 76\/NQ-CP ngày 15\/7\/2021/);
    expect(bt.plan.legalBasis[4]).toMatch(/^Chỉ thị số 23\/CT-TU ngày 27\/5\/2022/);
    expect(bt.plan.tasks.map((t) => t.lead)).toEqual(expect.arrayContaining(['Công chức Văn phòng - Thống kê', 'Công chức Văn hóa và Thông tin', 'Đài truyền thanh phường', 'Các khu dân cư']));
    expect(bt.plan.tasks.find((t) => t.lead === 'Đài truyền thanh phường')!.content).toContain('chuyên mục “Cải cách hành chính”');
    expect(bt.plan.tasks.some((t) => t.content.includes('Zalo chính danh (OA)'))).toBe(true);
    expect(bt.plan.targets).toEqual([]);
  });
});
