import type { PlanT } from '@cchc/shared/api/plans';
import { describe, expect, it } from 'vitest';
import { addImported, emptyDraft, emptyTarget, emptyTask, toDraft, toInput, type PlanDraft } from '../../../../../../../miniapp/src/console/features/plans/lib/plan-draft.ts';

const plan: PlanT = {
  id: 7,
  unit: { slug: 'binh-giang', name: 'Xã Bình Giang' },
  number: '12/KH-UBND',
  signedOn: '2026-01-15',
  title: 'Kế hoạch tuyên truyền CCHC năm 2026',
  legalBasis: ['Nghị quyết 76/NQ-CP', 'Quyết định 1/QĐ-UBND'],
  from: '2026-01-01',
  to: '2026-12-31',
  tasks: [
    { id: 1, position: 0, content: 'Xây dựng kế hoạch', lead: 'Phòng VH-XH', partners: '', timeframe: 'T1/2026', product: 'Kế hoạch' },
    { id: 2, position: 1, content: 'Tuyên truyền trên loa', lead: 'Trung tâm DVSNC', partners: '', timeframe: 'Thường xuyên', product: 'Tin, bài' },
  ],
  targets: [
    { id: 9, position: 0, label: 'Tối thiểu 02 tin, bài/tháng', channel: 'dai_truyen_thanh', kind: 'tin_bai', minimum: 2, periodicity: 'month', office: 'Trung tâm DVSNC', taskIndex: 1 },
    { id: 10, position: 1, label: 'Một hội nghị/năm', channel: 'hoi_nghi', kind: 'hoi_nghi', minimum: 1, periodicity: 'year', office: '', taskIndex: null },
  ],
  version: 3,
  updatedAt: '2026-02-01T03:00:00.000Z',
};

const input = (draft: PlanDraft) => {
  const result = toInput(draft);
  if ('problem' in result) throw new Error(result.problem);
  return result.input;
};

describe('the plan draft the editor holds', () => {
  it('gives back the plan it was made from, căn cứ one per line', () => {
    const draft = toDraft(plan);
    expect(draft.legalBasis).toBe('Nghị quyết 76/NQ-CP\nQuyết định 1/QĐ-UBND');
    const { id, unit, version, updatedAt, ...rest } = plan;
    void [id, unit, version, updatedAt];
    expect(input(draft)).toEqual({
      ...rest,
      tasks: rest.tasks.map(({ id: _i, position: _p, ...t }) => t),
      targets: rest.targets.map(({ id: _i, position: _p, ...t }) => t),
    });
  });

  it('keeps a target on its task when tasks move or one before it goes', () => {
    const draft = toDraft(plan);
    const moved = { ...draft, tasks: [draft.tasks[1], draft.tasks[0]] };
    expect(input(moved).targets[0].taskIndex).toBe(0);
    const removed = { ...draft, tasks: [draft.tasks[1]] };
    expect(input(removed).targets[0].taskIndex).toBe(0);
    const gone = { ...draft, tasks: [draft.tasks[0]] };
    expect(input(gone).targets[0].taskIndex).toBeNull();
  });

  it('drops empty căn cứ lines, trims, and turns a typed minimum into a number', () => {
    const draft = toDraft(plan);
    draft.legalBasis = '  Nghị quyết 76  \n\n \nLuật 2025\n';
    draft.targets[0] = { ...draft.targets[0], minimum: ' 5 ' };
    draft.signedOn = '';
    const out = input(draft);
    expect(out.legalBasis).toEqual(['Nghị quyết 76', 'Luật 2025']);
    expect(out.targets[0].minimum).toBe(5);
    expect(out.signedOn).toBeNull();
  });

  it('says in words what to fix before sending', () => {
    const problem = (draft: PlanDraft) => ('problem' in toInput(draft) ? (toInput(draft) as { problem: string }).problem : null);
    expect(problem(emptyDraft(2026))).toMatch(/trích yếu/);
    const ok = toDraft(plan);
    expect(problem({ ...ok, from: '2026-12-31', to: '2026-01-01' })).toMatch(/Từ ngày phải trước/);
    expect(problem({ ...ok, to: '' })).toMatch(/dd\/mm\/yyyy/);
    expect(problem({ ...ok, tasks: [...ok.tasks, emptyTask()] })).toBe('Nhiệm vụ 3 chưa có nội dung.');
    expect(problem({ ...ok, targets: [...ok.targets, { ...emptyTarget(), label: 'Hai tin' , minimum: '0' }] })).toMatch(/Chỉ tiêu 3: số tối thiểu/);
    expect(problem({ ...ok, targets: [{ ...ok.targets[0], minimum: '1.5' }] })).toMatch(/Chỉ tiêu 1: số tối thiểu/);
    expect(problem({ ...ok, targets: [...ok.targets, emptyTarget()] })).toMatch(/Chỉ tiêu 3 chưa có nội dung/);
    expect(problem(ok)).toBeNull();
  });

  it('adds only the imported rows the officer kept, after the tasks already there', () => {
    const draft = toDraft(plan);
    const imported = ['A', 'B', 'C'].map((content) => ({ content: `Nhiệm vụ ${content}`, lead: '', partners: '', timeframe: '', product: '' }));
    const next = addImported(draft, imported, new Set([0, 2]));
    expect(next.tasks.map((t) => t.content)).toEqual(['Xây dựng kế hoạch', 'Tuyên truyền trên loa', 'Nhiệm vụ A', 'Nhiệm vụ C']);
    expect(new Set(next.tasks.map((t) => t.key)).size).toBe(4);
    expect(input(next).targets[0].taskIndex).toBe(1);
  });

  it('starts a new plan on the whole year', () => {
    expect(emptyDraft(2027)).toMatchObject({ from: '2027-01-01', to: '2027-12-31', tasks: [], targets: [] });
  });
});
