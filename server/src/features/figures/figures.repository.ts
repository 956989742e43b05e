import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import type { SummarySlices } from './figure-range.ts';

/**
 * Reads of the PAKN figures' summary (feedback_figures*, kept by the trigger of migration
 * 013 in the transaction of every PAKN write). The feedback table itself is never read
 * here: a city's figures over a million PAKN must not scan them.
 */

function bucketIn(slices: SummarySlices, bucket: RawBuilder<unknown>, grain: RawBuilder<unknown> | null): RawBuilder<boolean> {
  const parts: RawBuilder<boolean>[] = [];
  if (slices.months) {
    parts.push(grain ? sql<boolean>`(${grain} = 'm' and ${bucket} between ${slices.months.from}::date and ${slices.months.to}::date)` : sql<boolean>`(${bucket} between ${slices.months.from}::date and (${slices.months.to}::date + interval '1 month' - interval '1 day')::date)`);
  }
  for (const d of slices.days) {
    parts.push(grain ? sql<boolean>`(${grain} = 'd' and ${bucket} between ${d.from}::date and ${d.to}::date)` : sql<boolean>`(${bucket} between ${d.from}::date and ${d.to}::date)`);
  }
  return parts.length === 0 ? sql<boolean>`false` : sql<boolean>`(${sql.join(parts, sql` or `)})`;
}

export interface CountsRow {
  dim: 'all' | 'topic' | 'field' | 'unit' | 'month';
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

/** Totals, and the same by topic, lĩnh vực, unit and received month, in one pass over the summary rows. */
export async function counts(db: Executor, unitIds: number[], slices: SummarySlices): Promise<CountsRow[]> {
  if (unitIds.length === 0) return [];
  const result = await sql<CountsRow>`
    select case when grouping(topic_id) = 0 then 'topic' when grouping(field_id) = 0 then 'field'
                when grouping(unit_id) = 0 then 'unit' when grouping(month) = 0 then 'month' else 'all' end as dim,
           coalesce(topic_id::text, field_id::text, unit_id::text, to_char(month, 'YYYY-MM')) as key,
           sum(received)::int as received, sum(answered)::int as answered, sum(answered_on_time)::int as answered_on_time,
           sum(answered_late)::int as answered_late, sum(rejected)::int as rejected, sum(open)::int as open,
           sum(rated)::int as rated, sum(satisfied)::int as satisfied
    from (select *, date_trunc('month', bucket)::date as month from feedback_figures
          where unit_id = any(${unitIds}::int[]) and ${bucketIn(slices, sql.ref('bucket'), sql.ref('grain'))}) s
    group by grouping sets ((), (topic_id), (field_id), (unit_id), (month))`.execute(db);
  return result.rows;
}

export interface OverdueRow {
  dim: CountsRow['dim'];
  key: string | null;
  n: number;
}

/** Open PAKN past their due day as of `today`, by the same dimensions. */
export async function openOverdue(db: Executor, unitIds: number[], slices: SummarySlices, today: string): Promise<OverdueRow[]> {
  if (unitIds.length === 0) return [];
  const result = await sql<OverdueRow>`
    select case when grouping(topic_id) = 0 then 'topic' when grouping(field_id) = 0 then 'field'
                when grouping(unit_id) = 0 then 'unit' when grouping(month) = 0 then 'month' else 'all' end as dim,
           coalesce(topic_id::text, field_id::text, unit_id::text, to_char(month, 'YYYY-MM')) as key,
           sum(n)::int as n
    from (select *, date_trunc('month', received_day)::date as month from feedback_figures_open
          where unit_id = any(${unitIds}::int[]) and due_day < ${today}::date and n > 0
            and ${bucketIn(slices, sql.ref('received_day'), null)}) s
    group by grouping sets ((), (topic_id), (field_id), (unit_id), (month))`.execute(db);
  return result.rows;
}

/** Answered PAKN by working days of handling. */
export async function durations(db: Executor, unitIds: number[], slices: SummarySlices): Promise<{ value: number; n: number }[]> {
  if (unitIds.length === 0) return [];
  const result = await sql<{ value: number; n: number }>`
    select working_days as value, sum(n)::int as n from feedback_figures_durations
    where unit_id = any(${unitIds}::int[]) and ${bucketIn(slices, sql.ref('bucket'), sql.ref('grain'))}
    group by working_days`.execute(db);
  return result.rows;
}
