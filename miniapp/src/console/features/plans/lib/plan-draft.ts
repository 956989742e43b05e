import type { ImportedTasksT } from '@cchc/shared/api/plan-import';
import type { PlanInputT, PlanT, PlanTargetInputT, PlanTaskInputT } from '@cchc/shared/api/plans';
import type { ChannelT, KindT, PeriodicityT } from '@cchc/shared/plan/vocabulary';

/*
 * The plan as the editor holds it while the officer types: căn cứ as one text (one per line), a target's
 * minimum as typed, and tasks named by a local key so a target keeps its task when rows move or go.
 */

export type DraftTask = PlanTaskInputT & { key: string };
export type DraftTarget = Omit<PlanTargetInputT, 'minimum' | 'taskIndex'> & { minimum: string; taskKey: string | null };
export interface PlanDraft {
  number: string;
  signedOn: string;
  title: string;
  legalBasis: string;
  from: string;
  to: string;
  tasks: DraftTask[];
  targets: DraftTarget[];
}

let counter = 0;
export const newKey = () => `t${++counter}`;

export const emptyTask = (): DraftTask => ({ key: newKey(), content: '', lead: '', partners: '', timeframe: '', product: '' });
export const emptyTarget = (): DraftTarget => ({
  label: '',
  channel: 'dai_truyen_thanh' as ChannelT,
  kind: 'tin_bai' as KindT,
  minimum: '1',
  periodicity: 'month' as PeriodicityT,
  office: '',
  taskKey: null,
});

/** A new plan for a whole year. */
export const emptyDraft = (year: number): PlanDraft => ({
  number: '',
  signedOn: '',
  title: '',
  legalBasis: '',
  from: `${year}-01-01`,
  to: `${year}-12-31`,
  tasks: [],
  targets: [],
});

export function toDraft(plan: PlanT): PlanDraft {
  const tasks = plan.tasks.map(({ content, lead, partners, timeframe, product }) => ({ key: newKey(), content, lead, partners, timeframe, product }));
  return {
    number: plan.number,
    signedOn: plan.signedOn ?? '',
    title: plan.title,
    legalBasis: plan.legalBasis.join('\n'),
    from: plan.from,
    to: plan.to,
    tasks,
    targets: plan.targets.map(({ label, channel, kind, minimum, periodicity, office, taskIndex }) => ({
      label,
      channel,
      kind,
      minimum: String(minimum),
      periodicity,
      office,
      taskKey: taskIndex === null ? null : (tasks[taskIndex]?.key ?? null),
    })),
  };
}

/** The draft as the server takes it, or the first thing to fix, in words. */
export function toInput(draft: PlanDraft): { input: PlanInputT } | { problem: string } {
  const title = draft.title.trim();
  if (title.length < 5) return { problem: 'Hãy ghi trích yếu của kế hoạch (ít nhất 5 ký tự).' };
  if (!draft.from || !draft.to) return { problem: 'Hãy ghi đủ từ ngày và đến ngày, dạng dd/mm/yyyy.' };
  if (draft.from > draft.to) return { problem: 'Từ ngày phải trước đến ngày.' };
  const legalBasis = draft.legalBasis
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const short = legalBasis.findIndex((line) => line.length < 2);
  if (short >= 0) return { problem: `Căn cứ dòng ${short + 1} quá ngắn.` };
  const tasks: PlanTaskInputT[] = [];
  for (const [i, t] of draft.tasks.entries()) {
    const content = t.content.trim();
    if (content.length < 2) return { problem: `Nhiệm vụ ${i + 1} chưa có nội dung.` };
    tasks.push({ content, lead: t.lead.trim(), partners: t.partners.trim(), timeframe: t.timeframe.trim(), product: t.product.trim() });
  }
  const targets: PlanTargetInputT[] = [];
  for (const [i, t] of draft.targets.entries()) {
    const label = t.label.trim();
    if (label.length < 2) return { problem: `Chỉ tiêu ${i + 1} chưa có nội dung (ví dụ "Tối thiểu 02 tin, bài/tháng").` };
    const minimum = Number(t.minimum.trim());
    if (!Number.isInteger(minimum) || minimum < 1 || minimum > 100000) return { problem: `Chỉ tiêu ${i + 1}: số tối thiểu là số nguyên từ 1 đến 100.000.` };
    const index = t.taskKey === null ? -1 : draft.tasks.findIndex((task) => task.key === t.taskKey);
    targets.push({ label, channel: t.channel, kind: t.kind, minimum, periodicity: t.periodicity, office: t.office.trim(), taskIndex: index >= 0 ? index : null });
  }
  return { input: { number: draft.number.trim(), signedOn: draft.signedOn || null, title, legalBasis, from: draft.from, to: draft.to, tasks, targets } };
}

/** Imported rows chosen by the officer, added after the tasks already in the draft. */
export function addImported(draft: PlanDraft, imported: ImportedTasksT['tasks'], chosen: ReadonlySet<number>): PlanDraft {
  const added = imported.filter((_, i) => chosen.has(i)).map((task) => ({ ...task, key: newKey() }));
  return { ...draft, tasks: [...draft.tasks, ...added] };
}
