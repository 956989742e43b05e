import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { OFFICIAL_CALENDARS, type YearCalendar } from '@cchc/shared/calendar/holidays';
import type { DB } from '../../db/schema.ts';
import { insertBuiltinYear, listCalendarYearRows, markEditedByAdmin, replaceWithBuiltin, type CalendarYearRow } from './calendar.repository.ts';

/**
 * Corrections of the built-in tables (shared/src/calendar/holidays.ts) reach databases that
 * already hold a year, unless a city administrator has saved that year. Each row records the
 * hash of the built-in version it holds; a row from before migration 004 has none and is
 * recognised by its content among the versions earlier releases shipped.
 *
 * When you correct a built-in table, add the hash of the version you replace to
 * SHIPPED_BEFORE (run builtinHash on it) so that databases last started before migration 004
 * still recognise it.
 */
const SHIPPED_BEFORE: Record<number, readonly string[]> = {
  2025: ['52e80cc7d88c0fa9aef34033a76a8e14ea77cceb020fb39786b419a9206a854a'],
  // The first release's 2026 table: the same days, its source without the notice's date.
  2026: ['f7fd04dd30fbb47dbb0edb3eb86446d028bbd505e3e8030de2f2bb0eecc61691'],
};

/** A stable fingerprint of a year's table: sorted days, the source. */
export function builtinHash(y: YearCalendar): string {
  const canonical = JSON.stringify([y.year, [...y.daysOff].sort(), [...y.workingDays].sort(), y.source]);
  return crypto.createHash('sha256').update(canonical).digest('hex');
}

type Step =
  | { kind: 'insert'; year: YearCalendar; hash: string }
  | { kind: 'replace'; year: YearCalendar; hash: string; expected: string | null }
  | { kind: 'mark_edited'; year: number };

/** What to do so the table holds the current built-in years, an administrator's years untouched. */
export function syncSteps(rows: readonly CalendarYearRow[], builtins: readonly YearCalendar[] = OFFICIAL_CALENDARS): Step[] {
  const steps: Step[] = [];
  for (const builtin of builtins) {
    const hash = builtinHash(builtin);
    const row = rows.find((r) => r.year === builtin.year);
    if (!row) steps.push({ kind: 'insert', year: builtin, hash });
    else if (row.editedByAdmin || row.builtinHash === hash) continue;
    else if (row.builtinHash !== null) steps.push({ kind: 'replace', year: builtin, hash, expected: row.builtinHash });
    else {
      const content = builtinHash(row);
      const shipped = content === hash || (SHIPPED_BEFORE[builtin.year] ?? []).includes(content);
      steps.push(shipped ? { kind: 'replace', year: builtin, hash, expected: null } : { kind: 'mark_edited', year: builtin.year });
    }
  }
  return steps;
}

/** Brings calendar_years up to the built-in tables; true when it changed anything. */
export async function syncBuiltinCalendars(db: Kysely<DB>, rows?: readonly CalendarYearRow[]): Promise<boolean> {
  const steps = syncSteps(rows ?? (await listCalendarYearRows(db)));
  for (const step of steps) {
    if (step.kind === 'insert') await insertBuiltinYear(db, step.year, step.hash);
    else if (step.kind === 'replace') await replaceWithBuiltin(db, step.year, step.hash, step.expected);
    else await markEditedByAdmin(db, step.year);
  }
  return steps.length > 0;
}
