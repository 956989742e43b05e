import type { CalendarDay, WorkingCalendar } from '@cchc/shared/calendar/working-days';

/**
 * WorkingCalendar.workingDaysLeft walks day by day: a queue page of items due a
 * year apart costs tens of milliseconds. This answers the same question from
 * per-year running counts, built once per year and calendar.
 */
export class WorkingDayCounter {
  /** Per year: working days from 1 January up to and including each day of the year. */
  private readonly years = new Map<number, Uint16Array>();

  constructor(private readonly calendar: WorkingCalendar) {}

  /** Same result as WorkingCalendar.workingDaysLeft(today, due). */
  workingDaysLeft(today: CalendarDay, due: CalendarDay): number {
    const from = Number(today.slice(0, 4));
    const to = Number(due.slice(0, 4));
    let fullYears = 0;
    for (let year = Math.min(from, to); year < Math.max(from, to); year++) fullYears += this.total(year);
    return (to >= from ? fullYears : -fullYears) + this.upTo(due) - this.upTo(today);
  }

  private upTo(day: CalendarDay): number {
    const year = Number(day.slice(0, 4));
    const index = (Date.parse(`${day}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000;
    return this.running(year)[index]!;
  }

  private total(year: number): number {
    const running = this.running(year);
    return running[running.length - 1]!;
  }

  private running(year: number): Uint16Array {
    let running = this.years.get(year);
    if (!running) {
      const days = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
      running = new Uint16Array(days);
      let count = 0;
      for (let i = 0; i < days; i++) {
        if (this.calendar.isWorkingDay(new Date(Date.UTC(year, 0, 1 + i)).toISOString().slice(0, 10))) count++;
        running[i] = count;
      }
      this.years.set(year, running);
    }
    return running;
  }
}

const counters = new WeakMap<WorkingCalendar, WorkingDayCounter>();

/** The counter of a calendar, kept as long as the calendar is. */
export function counterFor(calendar: WorkingCalendar): WorkingDayCounter {
  let counter = counters.get(calendar);
  if (!counter) {
    counter = new WorkingDayCounter(calendar);
    counters.set(calendar, counter);
  }
  return counter;
}
