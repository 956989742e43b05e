import type { YearCalendar } from './holidays.ts';
import { statutoryCalendar } from './statutory-holidays.ts';

/** Everything a person sees is in Vietnam's time: UTC+7 all year, no daylight saving. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar day, 'YYYY-MM-DD'. */
export type CalendarDay = string;

interface YearDays {
  daysOff: Set<string>;
  workingDays: Set<string>;
  /** Computed from the law (statutory-holidays.ts): no official table was entered. */
  provisional: boolean;
}

/**
 * Working days from the yearly tables: weekends off unless listed as working, listed
 * weekdays off. A year without a table has its statutory holidays computed from the
 * law and is provisional (dự kiến) until its official table is entered.
 */
export class WorkingCalendar {
  private readonly years = new Map<number, YearDays>();

  constructor(tables: YearCalendar[]) {
    for (const t of tables) this.years.set(t.year, { daysOff: new Set(t.daysOff), workingDays: new Set(t.workingDays), provisional: false });
  }

  isWorkingDay(day: CalendarDay): boolean {
    const year = this.year(Number(day.slice(0, 4)));
    if (year.workingDays.has(day)) return true;
    if (year.daysOff.has(day)) return false;
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** True when `year` has no official table, so its days off are computed (dự kiến). */
  isProvisional(year: number): boolean {
    return this.year(year).provisional;
  }

  /** True when a deadline from `received` to `due` crosses a year without an official table. */
  isProvisionalBetween(received: Date, due: CalendarDay): boolean {
    const from = Number(vietnamDay(received).slice(0, 4));
    const to = Number(due.slice(0, 4));
    for (let y = Math.min(from, to); y <= Math.max(from, to); y++) if (this.isProvisional(y)) return true;
    return false;
  }

  private year(year: number): YearDays {
    let days = this.years.get(year);
    if (!days) {
      const computed = statutoryCalendar(year);
      days = { daysOff: new Set(computed.daysOff), workingDays: new Set(computed.workingDays), provisional: true };
      this.years.set(year, days);
    }
    return days;
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
