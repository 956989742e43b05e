import type { Kysely } from 'kysely';
import { WorkingCalendar } from '@cchc/shared/calendar/working-days';
import type { DB } from '../../db/schema.ts';
import { listCalendarYearRows } from './calendar.repository.ts';
import { syncBuiltinCalendars } from './calendar-sync.ts';

const REFRESH_MS = 60_000;

/**
 * The working-day calendar from calendar_years, kept in memory: every deadline and
 * every queue row needs it. Re-read every minute, so an administrator's edit made
 * in another process shows soon; invalidate() after an edit in this one.
 */
export class CalendarStore {
  private cached: { calendar: WorkingCalendar; loadedAt: number } | null = null;
  private loading: Promise<WorkingCalendar> | null = null;

  constructor(private readonly db: Kysely<DB>) {}

  async get(): Promise<WorkingCalendar> {
    if (this.cached && Date.now() - this.cached.loadedAt < REFRESH_MS) return this.cached.calendar;
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  invalidate(): void {
    this.cached = null;
  }

  private async load(): Promise<WorkingCalendar> {
    let years = await listCalendarYearRows(this.db);
    // Missing built-in years, and built-in corrections no administrator has overridden.
    if (await syncBuiltinCalendars(this.db, years)) years = await listCalendarYearRows(this.db);
    const calendar = new WorkingCalendar(years);
    this.cached = { calendar, loadedAt: Date.now() };
    return calendar;
  }
}
