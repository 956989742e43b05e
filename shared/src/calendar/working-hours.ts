import { addDays, formatDay, vietnamDay, type CalendarDay, type WorkingCalendar } from './working-days.ts';

/** A stretch of office time in a working day, in minutes after midnight (Vietnam time). */
export interface OfficePeriod {
  start: number;
  end: number;
}

/** Sáng 7:30 – 11:30, chiều 13:30 – 17:00: the usual office hours of a commune's one-stop desk. */
export const DEFAULT_OFFICE_HOURS: readonly OfficePeriod[] = [
  { start: 7 * 60 + 30, end: 11 * 60 + 30 },
  { start: 13 * 60 + 30, end: 17 * 60 },
];

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const RANGE = /(\d{1,2})[:hg](\d{2})\s*[–—-]\s*(\d{1,2})[:hg](\d{2})/g;

/**
 * The weekday office hours from a unit's published text ("Sáng 7:30 – 11:30, chiều 13:30 –
 * 17:00" for "Thứ Hai – Thứ Sáu"), or null when none can be read: then the caller uses
 * DEFAULT_OFFICE_HOURS. Periods must be in order and not overlap.
 */
export function parseOfficeHours(entries: readonly { days: string; hours: string }[]): OfficePeriod[] | null {
  const weekdays = entries.find((e) => /thứ\s*hai/i.test(e.days.normalize('NFC')));
  if (!weekdays) return null;
  const periods: OfficePeriod[] = [];
  for (const m of weekdays.hours.matchAll(RANGE)) {
    const [h1, m1, h2, m2] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    if (h1 > 23 || h2 > 24 || m1 > 59 || m2 > 59) return null;
    periods.push({ start: h1 * 60 + m1, end: h2 * 60 + m2 });
  }
  if (periods.length === 0) return null;
  for (let i = 0; i < periods.length; i++) {
    const p = periods[i]!;
    if (p.end <= p.start || (i > 0 && p.start < periods[i - 1]!.end)) return null;
  }
  return periods;
}

/**
 * The instant `hours` working hours after `from`, counted only in office periods of working
 * days (weekends, holidays and the yearly table's days off skipped). Received outside office
 * hours, counting starts at the next period.
 */
export function addWorkingHours(calendar: WorkingCalendar, from: Date, hours: number, periods: readonly OfficePeriod[] = DEFAULT_OFFICE_HOURS): Date {
  let remaining = Math.round(hours * 60);
  let day: CalendarDay = vietnamDay(from);
  const local = new Date(from.getTime() + VIETNAM_OFFSET_MS);
  let minute = local.getUTCHours() * 60 + local.getUTCMinutes() + local.getUTCSeconds() / 60;
  // 3660 days: a bound no calendar reaches, so a table without any working day cannot loop.
  for (let guard = 0; guard < 3660; guard++) {
    if (calendar.isWorkingDay(day)) {
      for (const p of periods) {
        if (minute >= p.end) continue;
        const start = Math.max(minute, p.start);
        const available = p.end - start;
        if (remaining <= available) return instant(day, start + remaining);
        remaining -= available;
        minute = p.end;
      }
    }
    day = addDays(day, 1);
    minute = 0;
  }
  throw new Error('no working hours within ten years');
}

function instant(day: CalendarDay, minutes: number): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS + Math.round(minutes * 60_000));
}

/** An instant as a person in Vietnam reads a deadline: "16:30 ngày 12/02/2027". */
export function formatDueAt(at: Date | string): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  const local = new Date(date.getTime() + VIETNAM_OFFSET_MS);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${hh}:${mm} ngày ${formatDay(vietnamDay(date))}`;
}
