import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import type { SummarySlices } from './figure-range.ts';

/**
 * Reads of the PAKN figures' summary (kept by the trigger of migrations 013 and 015 in the
 * transaction of every PAKN write). The feedback table itself is never read here: a city's
 * figures over a million PAKN must not scan them. Whole months are read from the month
 * tables, the days of a month cut by either end of the range from the day rows (added, or
 * taken away from the whole month when fewer); each slice is its own index range (an OR of
 * ranges would scan the table). Every figure is a sum, so taking days away is exact.
 */

export type Dim = 'all' | 'topic' | 'field' | 'unit' | 'month';

export interface CountsRow {
  dim: Dim;
  key: string | null;
  received: number;
  answered: number;
  answered_on_time: number;
  answered_late: number;
  rejected: number;
  open: number;
  rated: number;
  satisfied: number;
}

const COUNTS = ['received', 'answered', 'answered_on_time', 'answered_late', 'rejected', 'open', 'rated', 'satisfied'] as const;

/**
 * The summary rows of the range as (d, unit_id, key, month, counts): d 't' for a topic (with
 * its unit), 'f' for a lĩnh vực (unit_id null: one row per lĩnh vực, 0 for not classified
 * across units). Month rows for the whole months, day rows added or taken away for the rest.
 */
function countRows(unitIds: number[], slices: SummarySlices): RawBuilder<unknown> {
  const cols = sql.raw(COUNTS.join(', '));
  const parts: RawBuilder<unknown>[] = [];
  if (slices.months) {
    parts.push(sql`select dim as d, case when dim = 't' then unit_id end as unit_id, key, month, ${cols} from feedback_figures_months
      where month between ${slices.months.from}::date and ${slices.months.to}::date and unit_id = any(${unitIds}::int[])`);
  }
  const negated = sql.raw(COUNTS.map((c) => `-${c}`).join(', '));
  for (const [spans, values] of [[slices.days, cols], [slices.minus, negated]] as const) {
    for (const s of spans) {
      parts.push(sql`select k.d, k.unit_id, k.key, date_trunc('month', bucket)::date as month, ${values}
        from feedback_figures cross join lateral (values ('t', unit_id, topic_id), ('f', null::int, field_id)) as k(d, unit_id, key)
        where grain = 'd' and bucket between ${s.from}::date and ${s.to}::date and feedback_figures.unit_id = any(${unitIds}::int[])`);
    }
  }
  return sql.join(parts, sql` union all `);
}

interface GroupedRow {
  dim: 'topic' | 'field' | 'month';
  unit_id: number | null;
  key: string;
}

type Rolled = { dim: Dim; key: string | null } & Record<string, unknown>;

/** Adds the 'unit' and 'all' rows from the (unit, topic) rows: a topic belongs to one unit. */
export function withUnitsAndAll(rows: (GroupedRow & Record<string, unknown>)[], fields: readonly string[]): Rolled[] {
  const zero = () => Object.fromEntries(fields.map((f) => [f, 0])) as Record<string, number>;
  const out: Rolled[] = [];
  const units = new Map<number, Record<string, number>>();
  const all = zero();
  for (const { unit_id, ...rest } of rows) {
    out.push(rest);
    if (rest.dim !== 'topic') continue;
    const u = units.get(unit_id!) ?? zero();
    for (const f of fields) {
      u[f] += Number(rest[f]);
      all[f] += Number(rest[f]);
    }
    units.set(unit_id!, u);
  }
  for (const [id, u] of units) out.push({ ...u, dim: 'unit', key: String(id) });
  out.push({ ...all, dim: 'all', key: null });
  return out;
}

/** Totals, and the same by topic, lĩnh vực, unit and received month. */
export async function counts(db: Executor, unitIds: number[], slices: SummarySlices): Promise<CountsRow[]> {
  if (unitIds.length === 0 || (!slices.months && slices.days.length === 0)) return [];
  const sums = sql.raw(COUNTS.map((c) => `sum(${c})::int as ${c}`).join(', '));
  // Months from the topic rows only (the lĩnh vực rows count the same PAKN again).
  const result = await sql<GroupedRow & Record<string, unknown>>`
    select case when grouping(month) = 0 then 'month' when d = 't' then 'topic' else 'field' end as dim,
           unit_id, coalesce(key::text, to_char(month, 'YYYY-MM')) as key, ${sums}
    from (${countRows(unitIds, slices)}) s
    group by grouping sets ((d, unit_id, key), (d, month))
    having grouping(month) = 1 or d = 't'`.execute(db);
  return withUnitsAndAll(result.rows, COUNTS) as unknown as CountsRow[];
}

export interface NotDueRow {
  dim: Dim;
  key: string | null;
  n: number;
}

/**
 * Open PAKN not yet past their due day as of `today` (due today or later), by the same
 * dimensions: few, whatever the range (those received in the last weeks), read through the
 * index on due_day. Open past due = open − these.
 */
export async function openNotDue(db: Executor, unitIds: number[], range: { from: string; to: string }, today: string): Promise<NotDueRow[]> {
  if (unitIds.length === 0 || range.from > range.to) return [];
  const result = await sql<GroupedRow & Record<string, unknown>>`
    select case when grouping(field_id) = 0 then 'field' when grouping(month) = 0 then 'month' else 'topic' end as dim,
           unit_id, coalesce(topic_id::text, field_id::text, to_char(month, 'YYYY-MM')) as key, sum(n)::int as n
    from (select unit_id, topic_id, field_id, date_trunc('month', received_day)::date as month, n from feedback_figures_open
          where due_day >= ${today}::date and n > 0 and unit_id = any(${unitIds}::int[])
            and received_day between ${range.from}::date and ${range.to}::date) s
    group by grouping sets ((unit_id, topic_id), (field_id), (month))`.execute(db);
  return withUnitsAndAll(result.rows, ['n']) as unknown as NotDueRow[];
}

/** Answered PAKN by working days of handling. */
export async function durations(db: Executor, unitIds: number[], slices: SummarySlices): Promise<{ value: number; n: number }[]> {
  if (unitIds.length === 0 || (!slices.months && slices.days.length === 0)) return [];
  const parts: RawBuilder<unknown>[] = [];
  if (slices.months) {
    parts.push(sql`select working_days, n from feedback_figures_month_durations
      where month between ${slices.months.from}::date and ${slices.months.to}::date and unit_id = any(${unitIds}::int[])`);
  }
  for (const [spans, n] of [[slices.days, sql.raw('n')], [slices.minus, sql.raw('-n')]] as const) {
    for (const d of spans) {
      parts.push(sql`select working_days, ${n} as n from feedback_figures_durations
        where grain = 'd' and bucket between ${d.from}::date and ${d.to}::date and unit_id = any(${unitIds}::int[])`);
    }
  }
  const result = await sql<{ value: number; n: number }>`
    select working_days as value, sum(n)::int as n from (${sql.join(parts, sql` union all `)}) s group by working_days`.execute(db);
  return result.rows;
}
