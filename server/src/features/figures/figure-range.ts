/**
 * A range of days as the summary is read: whole months from the month rows, the days of
 * a month cut by either end from the day rows.
 */
export interface SummarySlices {
  /** First days of the whole months inside the range, as an inclusive span (or null). */
  months: { from: string; to: string } | null;
  /** Inclusive spans of days read from the day rows (at most two). */
  days: { from: string; to: string }[];
}

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;

function monthEnd(day: string): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return `${day.slice(0, 7)}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

function nextDay(day: string, n = 1): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export function slicesOf(from: string, to: string): SummarySlices {
  if (from > to) return { months: null, days: [] };
  // The first whole month starts at or after `from`; the last whole month ends at or before `to`.
  const firstWhole = from === monthStart(from) ? from : nextDay(monthEnd(from));
  const lastWholeEnd = to === monthEnd(to) ? to : nextDay(monthStart(to), -1);
  if (firstWhole > lastWholeEnd) return { months: null, days: [{ from, to }] };
  const days: { from: string; to: string }[] = [];
  if (from < firstWhole) days.push({ from, to: nextDay(firstWhole, -1) });
  if (lastWholeEnd < to) days.push({ from: nextDay(lastWholeEnd), to });
  return { months: { from: firstWhole, to: monthStart(lastWholeEnd) }, days };
}

/** The median of a histogram of whole numbers (the mean of the two middle values when even). */
export function histogramMedian(histogram: { value: number; n: number }[]): number | null {
  const sorted = histogram.filter((h) => h.n > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((s, h) => s + h.n, 0);
  if (total === 0) return null;
  const at = (rank: number): number => {
    let seen = 0;
    for (const h of sorted) {
      seen += h.n;
      if (rank < seen) return h.value;
    }
    return sorted[sorted.length - 1]!.value;
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}
