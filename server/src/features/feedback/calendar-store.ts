import type { Kysely } from 'kysely';
import { OFFICIAL_CALENDARS } from '@cchc/shared/calendar/holidays';
import { WorkingCalendar } from '@cchc/shared/calendar/working-days';
import type { DB } from '../../db/schema.ts';
import { insertMissingYears, listCalendarYears } from './calendar.repository.ts';

const REFRESH_MS = 60_000;

/** Fills calendar_years with the official tables of the years it lacks (first start, seed). */
export async function ensureOfficialCalendars(db: Kysely<DB>): Promise<void> {
  const present = new Set((await listCalendarYears(db)).map((y) => y.year));
  await insertMissingYears(db, OFFICIAL_CALENDARS.filter((y) => !present.has(y.year)));
}

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
    let years = await listCalendarYears(this.db);
    const present = new Set(years.map((y) => y.year));
    if (OFFICIAL_CALENDARS.some((y) => !present.has(y.year))) {
      await ensureOfficialCalendars(this.db);
      years = await listCalendarYears(this.db);
    }
    const calendar = new WorkingCalendar(years);
    this.cached = { calendar, loadedAt: Date.now() };
    return calendar;
  }
}
