import type { CityProgressRowT, TargetProgressT } from '@cchc/shared/api/plans';
import { formatDate } from '../../../../lib/format.ts';
import { KIND_UNITS } from '@cchc/shared/plan/labels';

/*
 * Turning progress into what an officer reads at a glance: a bar, "done / required", the status in words
 * (the colour only repeats them), and who is behind first.
 */

export type Tone = 'ok' | 'late' | 'warn' | 'muted' | 'progress';

export type TargetBar = {
  key: string;
  /** "tháng 3/2026" — the target's own period. */
  periodLabel: string;
  /** "5 / 6 tin, bài". */
  numbers: string;
  /** 0–100, the bar's filled share (capped at 100 when done passes required). */
  percent: number;
  /** "Đạt", "Chưa đạt", "Đang thực hiện — còn 12 ngày", "Chưa đến kỳ (từ 01/04/2026)". */
  status: string;
  tone: Tone;
  atRisk: boolean;
};

export type TargetGroup = {
  targetId: number;
  label: string;
  office: string;
  bars: TargetBar[];
};

export function statusWords(t: Pick<TargetProgressT, 'status' | 'daysLeft' | 'period'>): string {
  switch (t.status) {
    case 'met':
      return 'Đạt';
    case 'missed':
      return 'Chưa đạt';
    case 'ongoing':
      return `Đang thực hiện — còn ${t.daysLeft} ngày`;
    case 'upcoming':
      return `Chưa đến kỳ (từ ${formatDate(t.period.from)})`;
  }
}

export function toneOf(t: Pick<TargetProgressT, 'status' | 'atRisk'>): Tone {
  if (t.status === 'met') return 'ok';
  if (t.status === 'missed') return 'late';
  if (t.status === 'upcoming') return 'muted';
  return t.atRisk ? 'warn' : 'progress';
}

export function numbersText(t: Pick<TargetProgressT, 'done' | 'required' | 'kind'>): string {
  return `${t.done} / ${t.required} ${KIND_UNITS[t.kind]}`;
}

export function percentDone(done: number, required: number): number {
  if (required <= 0) return done > 0 ? 100 : 0;
  return Math.max(0, Math.min(100, Math.round((done / required) * 100)));
}

export function targetBar(t: TargetProgressT): TargetBar {
  return {
    key: `${t.targetId}:${t.period.key}`,
    periodLabel: t.period.label,
    numbers: numbersText(t),
    percent: percentDone(t.done, t.required),
    status: statusWords(t),
    tone: toneOf(t),
    atRisk: t.atRisk,
  };
}

/** One group per target, in the order they come, with a bar per period of it (a monthly target over a quarter: three). */
export function groupTargets(targets: TargetProgressT[]): TargetGroup[] {
  const groups = new Map<number, TargetGroup>();
  for (const t of targets) {
    let group = groups.get(t.targetId);
    if (!group) {
      group = { targetId: t.targetId, label: t.label, office: t.office, bars: [] };
      groups.set(t.targetId, group);
    }
    group.bars.push(targetBar(t));
  }
  for (const group of groups.values()) group.bars.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return [...groups.values()];
}

/** The banner's sentence for a target about to close below its minimum. */
export function warningText(t: TargetProgressT): string {
  const office = t.office.trim() ? ` Phụ trách: ${t.office.trim()}.` : '';
  const left = t.daysLeft <= 1 ? 'hôm nay là ngày cuối' : `còn ${t.daysLeft} ngày`;
  return `«${t.label}» — ${t.period.label}: mới ${numbersText(t)}, ${left}.${office}`;
}

/** The banner's sentence for a report due soon. */
export function reportDueText(r: { period: { label: string }; dueBefore: string; daysLeft: number }): string {
  const left = r.daysLeft <= 0 ? 'đã đến hạn' : r.daysLeft === 1 ? 'còn 1 ngày' : `còn ${r.daysLeft} ngày`;
  return `Báo cáo ${r.period.label} cần gửi trước ngày ${formatDate(r.dueBefore)} — ${left}.`;
}

/** How far behind a commune is: missed plus at-risk targets. */
export const behindOf = (row: Pick<CityProgressRowT, 'missed' | 'atRisk'>) => row.missed + row.atRisk;

/**
 * The city's table: the most behind first (missed + at risk), then the lower share on track, then by
 * name; communes without a plan for the period come last, since nothing can be counted against them.
 */
export function sortCityRows<T extends CityProgressRowT>(rows: T[]): T[] {
  return [...rows].sort((a, b) => {
    if (a.hasPlan !== b.hasPlan) return a.hasPlan ? -1 : 1;
    const behind = behindOf(b) - behindOf(a);
    if (behind) return behind;
    const score = (a.score ?? 1) - (b.score ?? 1);
    if (score) return score;
    return a.unit.name.localeCompare(b.unit.name, 'vi');
  });
}

/** "3 chưa đạt, 1 sắp hết hạn" for a commune's row; "Đúng tiến độ" when nothing is behind. */
export function behindText(row: Pick<CityProgressRowT, 'missed' | 'atRisk' | 'hasPlan'>): string {
  if (!row.hasPlan) return 'Chưa có kế hoạch';
  const parts: string[] = [];
  if (row.missed) parts.push(`${row.missed} chưa đạt`);
  if (row.atRisk) parts.push(`${row.atRisk} sắp hết hạn mà chưa đạt`);
  return parts.length ? parts.join(', ') : 'Đúng tiến độ';
}
