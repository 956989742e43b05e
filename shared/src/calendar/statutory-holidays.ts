import type { YearCalendar } from './holidays.ts';
import { lunarNewYear, lunarToSolar } from './lunar.ts';

/**
 * The days off of a year for which no official table has been entered, computed from
 * the law — Bộ luật Lao động 2019 (Luật số 45/2019/QH14):
 * - Điều 112 khoản 1: Tết Dương lịch 01/01; Tết Âm lịch 05 days; Chiến thắng 30/4;
 *   Quốc tế lao động 01/5; Quốc khánh 02/9 and one day before or after it; Giỗ Tổ Hùng
 *   Vương 10/3 âm lịch (Vietnamese lunar calendar, UTC+7: ./lunar.ts).
 * - Điều 111 khoản 3: a holiday that falls on the weekly rest day (Saturday or Sunday for
 *   civil servants) gives the next working day off.
 * The Government's yearly decision fixes the 5 Tết days and the day next to 2/9, and
 * swaps days; until it is entered the year is provisional (dự kiến), and these rules
 * stand in for it:
 * - Tết: the last day of the old lunar year (30 or 29 tháng Chạp) and mùng 1 to mùng 4;
 * - the day next to 2/9: 3/9 when 2/9 is a Thursday (a long weekend), a Sunday or a
 *   Monday (1/9 is then a weekend day); 1/9 otherwise — as the decisions of 2021–2025
 *   chose, and as the built-in 2026 table has it;
 * - no swapped days and no make-up Saturdays (those exist only by decision).
 */

export interface StatutoryHoliday {
  day: string;
  name: string;
}

export const STATUTORY_SOURCE =
  'Dự kiến, tính theo Bộ luật Lao động 2019 (Điều 112 khoản 1, Điều 111 khoản 3) và âm lịch Việt Nam (UTC+7); chưa có thông báo chính thức của năm';

/** The holidays of Đ.112 in `year`, before compensatory days. */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  const tet = lunarNewYear(year);
  const holidays: StatutoryHoliday[] = [
    { day: `${year}-01-01`, name: 'Tết Dương lịch' },
    { day: shift(tet, -1), name: 'Tết Nguyên đán (ngày cuối năm âm lịch)' },
    ...[0, 1, 2, 3].map((i) => ({ day: shift(tet, i), name: `Tết Nguyên đán (mùng ${i + 1})` })),
    { day: lunarToSolar({ day: 10, month: 3, year, leap: false })!, name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { day: `${year}-04-30`, name: 'Ngày Chiến thắng' },
    { day: `${year}-05-01`, name: 'Ngày Quốc tế lao động' },
    { day: `${year}-09-02`, name: 'Quốc khánh' },
    { day: quocKhanhAdjacentDay(year), name: 'Ngày liền kề Quốc khánh' },
  ];
  return holidays.sort((a, b) => a.day.localeCompare(b.day));
}

/** The year's weekday days off: the holidays on weekdays and one compensatory day per holiday on a weekend. */
export function statutoryCalendar(year: number): YearCalendar {
  const holidays = statutoryHolidays(year).map((h) => h.day);
  const off = new Set(holidays);
  for (const day of holidays) {
    if (!isWeekend(day)) continue;
    let next = shift(day, 1);
    while (isWeekend(next) || off.has(next)) next = shift(next, 1);
    off.add(next);
  }
  return {
    year,
    daysOff: [...off].filter((d) => !isWeekend(d) && d.startsWith(`${year}-`)).sort(),
    workingDays: [],
    source: STATUTORY_SOURCE,
  };
}

function quocKhanhAdjacentDay(year: number): string {
  const before = `${year}-09-01`;
  const after = `${year}-09-03`;
  const weekday = new Date(`${year}-09-02T00:00:00Z`).getUTCDay();
  // Thursday: Friday 3/9 makes a long weekend; Sunday or Monday: 1/9 is a weekend day already.
  return weekday === 4 || weekday === 0 || weekday === 1 ? after : before;
}

function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function shift(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
