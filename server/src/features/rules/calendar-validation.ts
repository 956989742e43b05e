import type { CalendarYearBodyT } from '@cchc/shared/api/settings';
import type { YearCalendar } from '@cchc/shared/calendar/holidays';
import { formatDay } from '@cchc/shared/calendar/working-days';

const WEEKDAY_NAMES = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/**
 * Checks a year's table: every date real and in that year, days off on weekdays
 * (weekends are off anyway), make-up working days on a Saturday or Sunday, and no
 * day in both lists. Returns the table sorted without repeats, or the problems in Vietnamese.
 */
export function checkCalendarYear(year: number, body: CalendarYearBodyT): { ok: true; calendar: YearCalendar } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const daysOff = uniqueSorted(body.daysOff);
  const workingDays = uniqueSorted(body.workingDays);
  for (const day of daysOff) {
    const weekday = weekdayOf(day);
    if (weekday === null) problems.push(`Ngày nghỉ "${day}" không phải là một ngày có thật.`);
    else if (!day.startsWith(`${year}-`)) problems.push(`Ngày nghỉ ${formatDay(day)} không thuộc năm ${year}.`);
    else if (weekday === 0 || weekday === 6) {
      problems.push(`Ngày nghỉ ${formatDay(day)} là ${WEEKDAY_NAMES[weekday]}: cuối tuần vốn là ngày nghỉ, chỉ ghi các ngày nghỉ rơi vào thứ Hai đến thứ Sáu.`);
    }
  }
  for (const day of workingDays) {
    const weekday = weekdayOf(day);
    if (weekday === null) problems.push(`Ngày làm bù "${day}" không phải là một ngày có thật.`);
    else if (!day.startsWith(`${year}-`)) problems.push(`Ngày làm bù ${formatDay(day)} không thuộc năm ${year}.`);
    else if (weekday !== 0 && weekday !== 6) {
      problems.push(`Ngày làm bù ${formatDay(day)} là ${WEEKDAY_NAMES[weekday]}: ngày làm bù phải là thứ Bảy hoặc Chủ nhật.`);
    }
  }
  const source = body.source.normalize('NFC').trim();
  if (source.length < 5) problems.push('Cần ghi căn cứ (số thông báo, quyết định) của lịch nghỉ năm nay.');
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, calendar: { year, daysOff, workingDays, source } };
}

function uniqueSorted(days: string[]): string[] {
  return [...new Set(days.map((d) => d.trim()))].sort();
}

/** 0 = Sunday … 6 = Saturday, or null when the text is not a real date. */
function weekdayOf(day: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return null;
  return date.getUTCDay();
}
