/**
 * Counts summed per span of days instead of per day, so progress reads a few rows per unit
 * (a month's, or the part of a month inside a plan) rather than one per day, channel and kind.
 *
 * A span list is sorted, distinct days, the first being the range's first day; a span runs
 * from its day to the day before the next one (the last to the range's end). A source asked
 * for spans sums its rows per span and gives each sum its span's first day as `day`.
 *
 * Why progress stays exact: a target's window is one of its periods (months, quarters, halves
 * or years: month-aligned) cut by the plan's span. With spans cut at every month's first day
 * and at every plan's first day and the day after its last, each window is a whole number of
 * spans, and a span lies inside a window exactly when its first day does: summing the rows
 * whose `day` falls in the window (`tally`) gives the same as over the daily rows.
 */
import type { Span } from './progress.ts';
import type { CountRowT } from './vocabulary.ts';

const DAY_MS = 86_400_000;
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
const lastOfMonth = (day: string) => {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return `${day.slice(0, 7)}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** The spans of [from, to]: cut at the first day of every month and at each plan's first day and the day after its last. */
export function countSpans(from: string, to: string, plans: readonly Span[]): string[] {
  const cuts = new Set<string>([from]);
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    month++;
    if (month > 12) (month = 1), year++;
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    if (first > to) break;
    cuts.add(first);
  }
  for (const p of plans) {
    for (const cut of [p.from, dayAfter(p.to)]) if (cut > from && cut <= to) cuts.add(cut);
  }
  return [...cuts].sort();
}

/** The first day of the span a day falls in (the day itself when it is before every span). */
export function spanOf(spans: readonly string[], day: string): string {
  let lo = 0;
  let hi = spans.length - 1;
  if (hi < 0 || day < spans[0]) return day;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid] <= day) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo];
}

/** Daily rows of the spans' range summed per span, as a source asked for spans answers (for sources that hold rows in memory). */
export function sumIntoSpans(rows: readonly CountRowT[], spans: readonly string[]): CountRowT[] {
  const sums = new Map<string, CountRowT>();
  for (const r of rows) {
    const day = spanOf(spans, r.day);
    const key = `${r.unitId}|${day}|${r.channel}|${r.kind}`;
    const s = sums.get(key);
    if (s) {
      s.count += r.count;
      s.attendees += r.attendees;
    } else sums.set(key, { ...r, day });
  }
  return [...sums.values()];
}

/**
 * How a source with per-month sums reads spans over [spans[0], to]: the spans that are whole
 * months from the month sums (by their first days), the others from the daily rows (inclusive ranges).
 */
export function spanParts(spans: readonly string[], to: string): { months: string[]; days: { from: string; to: string }[] } {
  const months: string[] = [];
  const days: { from: string; to: string }[] = [];
  spans.forEach((from, i) => {
    const last = i + 1 < spans.length ? dayBefore(spans[i + 1]) : to;
    if (last < from) return;
    if (from.endsWith('-01') && last === lastOfMonth(from)) months.push(from);
    else days.push({ from, to: last });
  });
  return { months, days };
}
