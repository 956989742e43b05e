import { parsePeriod, periodOf, periodsIn, vietnamDay, type Period } from '@cchc/shared/plan/periods';

/*
 * The report page's period arithmetic: reports are made per quarter, half-year or year (never per month),
 * to and from the keys the API takes ("2026-Q1", "2026-H1", "2026").
 */

export type ReportKind = 'quarter' | 'half' | 'year';

export const REPORT_KINDS: { kind: ReportKind; label: string }[] = [
  { kind: 'quarter', label: 'Quý' },
  { kind: 'half', label: '6 tháng' },
  { kind: 'year', label: 'Năm' },
];

const isReportKind = (kind: string): kind is ReportKind => kind === 'quarter' || kind === 'half' || kind === 'year';

/** The current quarter in Viet Nam: the page's default. */
export function defaultReportKey(now = new Date()): string {
  return periodOf('quarter', vietnamDay(now)).key;
}

/** The period a key names when a report can be made for it (quarter, half, year); else the default. */
export function reportPeriodFromKey(key: string | null | undefined, now = new Date()): Period {
  const period = key ? parsePeriod(key) : null;
  if (period && isReportKind(period.kind)) return period;
  return parsePeriod(defaultReportKey(now)) as Period;
}

/** The periods of a kind in a year, for the "Kỳ" select. */
export function reportPeriodsOfYear(kind: ReportKind, year: number): Period[] {
  return periodsIn(kind, `${year}-01-01`, `${year}-12-31`);
}

/** Which one of its year a period is: quý III → 3, 6 tháng cuối năm → 2, năm → 1. */
export function indexInYear(period: Period): number {
  const month = Number(period.from.slice(5, 7));
  if (period.kind === 'quarter') return Math.ceil(month / 3);
  if (period.kind === 'half') return month <= 6 ? 1 : 2;
  return 1;
}

/** Changing the kind keeps the moment: from quý III/2025 to "6 tháng" gives 6 tháng cuối năm 2025. */
export function switchReportKind(period: Period, kind: ReportKind): Period {
  return periodOf(kind, period.from);
}

/** Changing the year keeps which one of the year (quý II/2025 → quý II/2026). */
export function switchReportYear(period: Period, year: number): Period {
  const kind = isReportKind(period.kind) ? period.kind : 'quarter';
  return reportPeriodsOfYear(kind, year)[indexInYear(period) - 1];
}

/** Years offered: three years back to next year, and the shown one if outside, newest first. */
export function reportYearOptions(shown: number, now = new Date()): number[] {
  const current = Number(vietnamDay(now).slice(0, 4));
  const years = new Set<number>([shown]);
  for (let y = current - 3; y <= current + 1; y++) years.add(y);
  return [...years].sort((a, b) => b - a);
}

/** "quý I/2026" → "Quý I/2026" at the start of a line. */
export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
