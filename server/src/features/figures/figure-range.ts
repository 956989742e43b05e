/**
 * A range of days as the summary is read: whole months from the month rows, the days of
 * a month cut by either end from the day rows. A month cut near its edge is read whole,
 * minus the few days outside the range (fewer day rows to read than the days inside).
 */
export interface SummarySlices {
  /** First days of the months read from the month rows, as an inclusive span (or null). */
  months: { from: string; to: string } | null;
  /** Inclusive spans of days added from the day rows (at most two). */
  days: { from: string; to: string }[];
  /** Inclusive spans of days taken away: the outside days of a month read whole (at most two). */
  minus: { from: string; to: string }[];
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

const daysIn = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;

export function slicesOf(from: string, to: string): SummarySlices {
  if (from > to) return { months: null, days: [], minus: [] };
  const days: { from: string; to: string }[] = [];
  const minus: { from: string; to: string }[] = [];
  if (monthStart(from) === monthStart(to)) {
    // Inside one month: its days, or the month without the days outside when those are fewer.
    const outside = [
      ...(from > monthStart(from) ? [{ from: monthStart(from), to: nextDay(from, -1) }] : []),
      ...(to < monthEnd(to) ? [{ from: nextDay(to), to: monthEnd(to) }] : []),
    ];
    if (outside.length === 0) return { months: { from: monthStart(from), to: monthStart(from) }, days, minus };
    if (outside.reduce((n, d) => n + daysIn(d.from, d.to), 0) < daysIn(from, to)) return { months: { from: monthStart(from), to: monthStart(from) }, days, minus: outside };
    return { months: null, days: [{ from, to }], minus };
  }
  let first = monthStart(from);
  if (from > first) {
    // The first month is cut: add its days in the range, or take its days before `from` away.
    if (daysIn(first, nextDay(from, -1)) < daysIn(from, monthEnd(from))) minus.push({ from: first, to: nextDay(from, -1) });
    else {
      days.push({ from, to: monthEnd(from) });
      first = nextDay(monthEnd(from));
    }
  }
  let last = monthStart(to);
  if (to < monthEnd(to)) {
    if (daysIn(nextDay(to), monthEnd(to)) < daysIn(last, to)) minus.push({ from: nextDay(to), to: monthEnd(to) });
    else {
      days.push({ from: last, to });
      last = monthStart(nextDay(last, -1));
    }
  }
  return { months: first <= last ? { from: first, to: last } : null, days, minus };
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
