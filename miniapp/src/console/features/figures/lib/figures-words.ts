import type { PaknFiguresT } from '@cchc/shared/api/figures';
import { compareVietnamese } from '@cchc/shared/text/collate';

/*
 * The "Số liệu PAKN" page's numbers in words: Vietnamese number style (1.234; 2,5), shares as percents,
 * and the by-commune order (the largest share overdue first).
 */

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** 1234 → "1.234". */
export const formatCount = (n: number) => integer.format(n);

/** 2.5 → "2,5"; null (nothing answered) → "—". */
export const formatDays = (days: number | null) => (days === null ? '—' : decimal.format(days));

/** 0.834 → "83%"; null (nothing to divide by) → "—". */
export const formatShare = (share: number | null) => (share === null ? '—' : `${integer.format(Math.round(share * 100))}%`);

/** Overdue out of received, 0–1; null when nothing was received. */
export const overdueShare = (row: { received: number; overdue: number }) => (row.received === 0 ? null : row.overdue / row.received);

export type UnitRow = PaknFiguresT['byUnit'][number];

/** Communes with the largest share overdue first (then more overdue, then by name); those without PAKN last. */
export function sortByOverdueShare(rows: UnitRow[]): UnitRow[] {
  return [...rows].sort((a, b) => {
    const sa = overdueShare(a);
    const sb = overdueShare(b);
    if (sa === null || sb === null) return sa === sb ? compareVietnamese(a.name, b.name) : sa === null ? 1 : -1;
    return sb - sa || b.overdue - a.overdue || compareVietnamese(a.name, b.name);
  });
}

/** True when the period has nothing to show (the page says so in a sentence). */
export const isEmptyPeriod = (figures: Pick<PaknFiguresT, 'received'>) => figures.received === 0;
