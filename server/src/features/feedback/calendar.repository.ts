import type { Kysely, Transaction } from 'kysely';
import type { YearCalendar } from '@cchc/shared/calendar/holidays';
import type { DB } from '../../db/schema.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export async function listCalendarYears(db: Executor): Promise<YearCalendar[]> {
  const rows = await db.selectFrom('calendar_years').select(['year', 'days_off', 'working_days', 'source']).orderBy('year').execute();
  return rows.map((r) => ({ year: r.year, daysOff: r.days_off, workingDays: r.working_days, source: r.source }));
}

/** Adds the years the table lacks; a year an administrator has edited is never overwritten. */
export async function insertMissingYears(db: Executor, years: YearCalendar[]): Promise<void> {
  if (years.length === 0) return;
  await db
    .insertInto('calendar_years')
    .values(years.map((y) => ({ year: y.year, days_off: JSON.stringify(y.daysOff), working_days: JSON.stringify(y.workingDays), source: y.source })))
    .onConflict((oc) => oc.column('year').doNothing())
    .execute();
}
