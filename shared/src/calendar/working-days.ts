import type { YearCalendar } from './holidays.ts';

/** Everything a person sees is in Vietnam's time: UTC+7 all year, no daylight saving. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar day, 'YYYY-MM-DD'. */
export type CalendarDay = string;

/** Working days from the yearly tables: weekends off unless listed as working, listed weekdays off. */
export class WorkingCalendar {
  private readonly daysOff: Set<string>;
  private readonly workingDays: Set<string>;

  constructor(years: YearCalendar[]) {
    this.daysOff = new Set(years.flatMap((y) => y.daysOff));
    this.workingDays = new Set(years.flatMap((y) => y.workingDays));
  }

  isWorkingDay(day: CalendarDay): boolean {
    if (this.workingDays.has(day)) return true;
    if (this.daysOff.has(day)) return false;
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /**
   * The deadline for something received at `received` and due within `n` working
   * days: counting starts the working day after the day of receipt, so the answer
   * is the nth working day after it. n = 0 gives the day itself if it is a working
   * day, else the next working day.
   */
  dueDate(received: Date, n: number): CalendarDay {
    let day = vietnamDay(received);
    if (n === 0) {
      while (!this.isWorkingDay(day)) day = addDays(day, 1);
      return day;
    }
    let counted = 0;
    while (counted < n) {
      day = addDays(day, 1);
      if (this.isWorkingDay(day)) counted++;
    }
    return day;
  }

  /**
   * Working days left from `today` until `due`: positive while there is time
   * ("còn N ngày làm việc", today not counted), 0 on the due day, negative when
   * late ("quá hạn N ngày" working days after the due day).
   */
  workingDaysLeft(today: CalendarDay, due: CalendarDay): number {
    if (today === due) return 0;
    const forward = today < due;
    let day = today;
    let count = 0;
    while (day !== due) {
      day = addDays(day, forward ? 1 : -1);
      if (forward ? this.isWorkingDay(day) : this.isWorkingDay(addDays(day, 1))) count++;
    }
    return forward ? count : -count;
  }
}

/** The calendar day in Vietnam at an instant. */
export function vietnamDay(at: Date): CalendarDay {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(day: CalendarDay, n: number): CalendarDay {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy', as dates are written in Vietnam. */
export function formatDay(day: CalendarDay): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
