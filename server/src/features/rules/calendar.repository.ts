import type { YearCalendar } from '@cchc/shared/calendar/holidays';
import type { Executor } from '../../db/executor.ts';

export interface CalendarYearRow extends YearCalendar {
  /** The built-in version this row holds; null when entered by an administrator (or not yet known, before 004). */
  builtinHash: string | null;
  editedByAdmin: boolean;
}

export async function listCalendarYearRows(db: Executor): Promise<CalendarYearRow[]> {
  const rows = await db
    .selectFrom('calendar_years')
    .select(['year', 'days_off', 'working_days', 'source', 'builtin_hash', 'edited_by_admin'])
    .orderBy('year')
    .execute();
  return rows.map((r) => ({
    year: r.year,
    daysOff: r.days_off,
    workingDays: r.working_days,
    source: r.source,
    builtinHash: r.builtin_hash,
    editedByAdmin: r.edited_by_admin,
  }));
}

export async function listCalendarYears(db: Executor): Promise<YearCalendar[]> {
  return (await listCalendarYearRows(db)).map(({ year, daysOff, workingDays, source }) => ({ year, daysOff, workingDays, source }));
}

/** Adds a built-in year the table lacks (another process may just have done it). */
export async function insertBuiltinYear(db: Executor, y: YearCalendar, hash: string): Promise<void> {
  await db
    .insertInto('calendar_years')
    .values({ year: y.year, days_off: JSON.stringify(y.daysOff), working_days: JSON.stringify(y.workingDays), source: y.source, builtin_hash: hash })
    .onConflict((oc) => oc.column('year').doNothing())
    .execute();
}

/**
 * Replaces a row with the current built-in table, only while it still holds `expected`
 * (the version read, null for a row from before 004) and no administrator has saved it:
 * a concurrent edit or another process's update wins.
 */
export async function replaceWithBuiltin(db: Executor, y: YearCalendar, hash: string, expected: string | null): Promise<void> {
  await db
    .updateTable('calendar_years')
    .set({ days_off: JSON.stringify(y.daysOff), working_days: JSON.stringify(y.workingDays), source: y.source, builtin_hash: hash, updated_at: new Date() })
    .where('year', '=', y.year)
    .where('edited_by_admin', '=', false)
    .where((eb) => (expected === null ? eb('builtin_hash', 'is', null) : eb('builtin_hash', '=', expected)))
    .execute();
}

/** A row from before 004 whose content no release shipped: an administrator entered it. */
export async function markEditedByAdmin(db: Executor, year: number): Promise<void> {
  await db
    .updateTable('calendar_years')
    .set({ edited_by_admin: true })
    .where('year', '=', year)
    .where('builtin_hash', 'is', null)
    .execute();
}

/** Replaces one year's table of days off and make-up working days (an administrator's edit). */
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
