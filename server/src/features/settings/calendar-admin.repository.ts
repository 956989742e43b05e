import type { YearCalendar } from '@cchc/shared/calendar/holidays';
import type { Executor } from '../../db/executor.ts';

/**
 * Replaces one year's table of days off and make-up working days. Reading the
 * tables is the feedback feature's listCalendarYears (calendar.repository.ts).
 */
export async function saveCalendarYear(db: Executor, year: YearCalendar): Promise<void> {
  const values = {
    days_off: JSON.stringify(year.daysOff),
    working_days: JSON.stringify(year.workingDays),
    source: year.source,
    updated_at: new Date(),
    // An administrator's table: no built-in correction overwrites it.
    edited_by_admin: true,
    builtin_hash: null,
  };
  await db
    .insertInto('calendar_years')
    .values({ year: year.year, ...values })
    .onConflict((oc) => oc.column('year').doUpdateSet(values))
    .execute();
}
