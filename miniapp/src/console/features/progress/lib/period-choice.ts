import type { PeriodicityT } from '@cchc/shared/plan/vocabulary';
import { parsePeriod, periodOf, periodsIn, vietnamDay, type Period } from '@cchc/shared/plan/periods';

/*
 * The period picker's arithmetic: a kind (tháng / quý / 6 tháng / năm), a year and which one of the year,
 * to and from the keys the API takes ("2026-03", "2026-Q1", "2026-H1", "2026").
 */

export const PERIOD_KINDS: { kind: PeriodicityT; label: string }[] = [
  { kind: 'month', label: 'Tháng' },
  { kind: 'quarter', label: 'Quý' },
  { kind: 'half', label: '6 tháng' },
  { kind: 'year', label: 'Năm' },
];

export type PeriodChoice = { kind: PeriodicityT; year: number; index: number };

/** The current quarter in Viet Nam: the page's default. */
export function defaultPeriodKey(now = new Date()): string {
  return periodOf('quarter', vietnamDay(now)).key;
}

/** The period a key names, or the default when the key is missing or not a period. */
export function periodFromKey(key: string | null | undefined, now = new Date()): Period {
  return (key && parsePeriod(key)) || (parsePeriod(defaultPeriodKey(now)) as Period);
}

export function choiceOf(period: Period): PeriodChoice {
  const month = Number(period.from.slice(5, 7));
  const index = { month, quarter: Math.ceil(month / 3), half: month <= 6 ? 1 : 2, year: 1 }[period.kind];
  return { kind: period.kind, year: period.year, index };
}

/** The periods of a kind in a year, for the second select. */
export function periodsOfYear(kind: PeriodicityT, year: number): Period[] {
  return periodsIn(kind, `${year}-01-01`, `${year}-12-31`);
}

/** Changing the kind keeps the moment: from quý II/2026 to "tháng" gives tháng 4/2026; to "năm", năm 2026. */
export function switchKind(period: Period, kind: PeriodicityT): Period {
  return periodOf(kind, period.from);
}

/** Changing the year keeps which one of the year (quý II/2025 → quý II/2026). */
export function switchYear(period: Period, year: number): Period {
  const { kind, index } = choiceOf(period);
  return periodsOfYear(kind, year)[index - 1];
}

/** Years the picker offers: from three years back to next year, and the shown one if outside. */
export function yearOptions(shown: number, now = new Date()): number[] {
  const current = Number(vietnamDay(now).slice(0, 4));
  const years = new Set<number>([shown]);
  for (let y = current - 3; y <= current + 1; y++) years.add(y);
  return [...years].sort((a, b) => b - a);
}

/** The months of a period, "YYYY-MM", for a chart's axis. */
export function monthsOf(period: Pick<Period, 'from' | 'to'>): string[] {
  return periodsIn('month', period.from, period.to).map((p) => p.key);
}

/** "2026-03" → "Th3/2026" on a chart's axis. */
export function monthLabel(month: string): string {
  return `Th${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;
}
