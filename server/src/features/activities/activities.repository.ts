import { sql, type RawBuilder } from 'kysely';
import { spanParts } from '@cchc/shared/plan/count-spans';
import type { Executor } from '../../db/executor.ts';

/** An activity row as the service reads it, with its batch's month and its evidence file. */
export interface ActivityRow {
  id: number;
  unit_id: number;
  day: string;
  channel: string;
  kind: string;
  title: string;
  link: string | null;
  count: number;
  attendees: number;
  office: string | null;
  note: string | null;
  version: number;
  batch_month: string | null;
  file_name: string | null;
  content_type: string | null;
  size_bytes: number | null;
}

export interface ActivityValues {
  day: string;
  channel: string;
  kind: string;
  title: string;
  link: string | null;
  count: number;
  attendees: number;
  office: string | null;
  note: string | null;
}

export interface ActivityFilter {
  unitId: number;
  from?: string;
  to?: string;
  channel?: string;
  kind?: string;
}

function selectActivities(db: Executor) {
  return db
    .selectFrom('activities as a')
    .leftJoin('activity_batches as b', 'b.id', 'a.batch_id')
    .leftJoin('activity_evidence as e', 'e.activity_id', 'a.id')
    .select([
      'a.id', 'a.unit_id', 'a.day', 'a.channel', 'a.kind', 'a.title', 'a.link', 'a.count', 'a.attendees', 'a.office', 'a.note', 'a.version',
      'b.month as batch_month', 'e.file_name', 'e.content_type', 'e.size_bytes',
    ]);
}

function filtered(db: Executor, f: ActivityFilter) {
  let q = db.selectFrom('activities as a').where('a.unit_id', '=', f.unitId);
  if (f.from) q = q.where('a.day', '>=', f.from);
  if (f.to) q = q.where('a.day', '<=', f.to);
  if (f.channel) q = q.where('a.channel', '=', f.channel);
  if (f.kind) q = q.where('a.kind', '=', f.kind);
  return q;
}

export async function listActivities(db: Executor, f: ActivityFilter, limit: number, offset: number): Promise<ActivityRow[]> {
  const ids = filtered(db, f).select('a.id');
  return selectActivities(db)
    .where('a.id', 'in', ids)
    .orderBy('a.day', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function activityTotals(db: Executor, f: ActivityFilter): Promise<{ total: number; count: number; attendees: number }> {
  const row = await filtered(db, f)
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`coalesce(sum(a.count), 0)::int`.as('count'),
      sql<number>`coalesce(sum(a.attendees), 0)::int`.as('attendees'),
    ])
    .executeTakeFirstOrThrow();
  return row;
}

export async function findActivity(db: Executor, unitId: number, id: number): Promise<ActivityRow | undefined> {
  return selectActivities(db).where('a.id', '=', id).where('a.unit_id', '=', unitId).executeTakeFirst();
}

export async function findActivities(db: Executor, ids: number[]): Promise<ActivityRow[]> {
  if (ids.length === 0) return [];
  return selectActivities(db).where('a.id', 'in', ids).orderBy('a.id').execute();
}

export async function insertActivities(db: Executor, unitId: number, rows: ActivityValues[], createdBy: number | null, batchId: number | null = null): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto('activities')
    .values(rows.map((r) => ({ ...r, unit_id: unitId, created_by: createdBy, batch_id: batchId })))
    .returning('id')
    .execute();
  return inserted.map((r) => r.id);
}

/** Updates when the version still matches; the new version, or null when stale or gone. */
export async function updateActivity(db: Executor, unitId: number, id: number, version: number, values: ActivityValues): Promise<number | null> {
  const row = await db
    .updateTable('activities')
    .set({ ...values, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('unit_id', '=', unitId)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}

export async function deleteActivity(db: Executor, unitId: number, id: number): Promise<{ path: string | null } | null> {
  const evidence = await db.selectFrom('activity_evidence').select('path').where('activity_id', '=', id).executeTakeFirst();
  const row = await db.deleteFrom('activities').where('id', '=', id).where('unit_id', '=', unitId).returning('id').executeTakeFirst();
  return row ? { path: evidence?.path ?? null } : null;
}

/**
 * The office's batch for a month, created or taken: the row lock held until commit makes
 * a second sender of the same batch wait, then replace, never add.
 */
export async function claimBatch(db: Executor, unitId: number, month: string, office: string, officeKey: string, createdBy: number | null): Promise<number> {
  const row = await db
    .insertInto('activity_batches')
    .values({ unit_id: unitId, month, office, office_key: officeKey, created_by: createdBy })
    .onConflict((oc) => oc.columns(['unit_id', 'month', 'office_key']).doUpdateSet({ office, created_by: createdBy, updated_at: new Date() }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Removes a batch's entries; the evidence paths of those that had a file. */
export async function clearBatch(db: Executor, batchId: number): Promise<string[]> {
  const files = await db
    .selectFrom('activity_evidence as e')
    .innerJoin('activities as a', 'a.id', 'e.activity_id')
    .select('e.path')
    .where('a.batch_id', '=', batchId)
    .execute();
  await db.deleteFrom('activities').where('batch_id', '=', batchId).execute();
  return files.map((f) => f.path);
}

export async function listBatches(db: Executor, unitId: number, from: string, to: string): Promise<{ month: string; office: string; rows: number }[]> {
  return db
    .selectFrom('activity_batches as b')
    .select(['b.month', 'b.office', (eb) => eb.selectFrom('activities as a').whereRef('a.batch_id', '=', 'b.id').select(sql<number>`count(*)::int`.as('n')).as('rows')])
    .where('b.unit_id', '=', unitId)
    .where('b.month', '>=', from.slice(0, 7))
    .where('b.month', '<=', to.slice(0, 7))
    .orderBy('b.month', 'desc')
    .orderBy('b.office')
    .execute() as Promise<{ month: string; office: string; rows: number }[]>;
}

export async function batchEntries(db: Executor, unitId: number, month: string, officeKey: string): Promise<{ office: string; ids: number[] } | null> {
  const batch = await db.selectFrom('activity_batches').select(['id', 'office']).where('unit_id', '=', unitId).where('month', '=', month).where('office_key', '=', officeKey).executeTakeFirst();
  if (!batch) return null;
  const rows = await db.selectFrom('activities').select('id').where('batch_id', '=', batch.id).orderBy('id').execute();
  return { office: batch.office, ids: rows.map((r) => r.id) };
}

/** Replaces the activity's evidence file; the path of the one it replaced. */
export async function putEvidence(
  db: Executor,
  activityId: number,
  file: { fileName: string; contentType: string; sizeBytes: number; sha256: string; path: string },
): Promise<string | null> {
  const previous = await db.selectFrom('activity_evidence').select('path').where('activity_id', '=', activityId).forUpdate().executeTakeFirst();
  const values = { file_name: file.fileName, content_type: file.contentType, size_bytes: file.sizeBytes, sha256: file.sha256, path: file.path };
  await db
    .insertInto('activity_evidence')
    .values({ activity_id: activityId, ...values })
    .onConflict((oc) => oc.column('activity_id').doUpdateSet(values))
    .execute();
  await db.updateTable('activities').set({ version: sql`version + 1`, updated_at: new Date() }).where('id', '=', activityId).execute();
  return previous?.path ?? null;
}

export async function evidenceOf(db: Executor, unitId: number, activityId: number): Promise<{ fileName: string; contentType: string; sizeBytes: number; path: string } | undefined> {
  return db
    .selectFrom('activity_evidence as e')
    .innerJoin('activities as a', 'a.id', 'e.activity_id')
    .select(['e.file_name as fileName', 'e.content_type as contentType', 'e.size_bytes as sizeBytes', 'e.path'])
    .where('a.id', '=', activityId)
    .where('a.unit_id', '=', unitId)
    .executeTakeFirst();
}

/** Sums per unit, day, channel and kind over an inclusive range of days (the index serves it). */
/**
 * Sums per unit, day, channel and kind over a range. With `spans` (count-spans.ts), per span
 * instead, dated by the span's first day: whole months from activity_month_counts (kept by the
 * triggers of migration 016), spans inside a month from the entries (activities_unit_day_idx).
 */
export async function countRows(db: Executor, unitIds: number[], fromDay: string, toDay: string, spans?: readonly string[]): Promise<CountRow[]> {
  if (unitIds.length === 0) return [];
  if (!spans) return entrySums(db, unitIds, [{ from: fromDay, to: toDay }], sql<string>`day`);
  const parts = spanParts(spans, toDay);
  const bucket = sql<string>`(${[...spans]}::date[])[width_bucket(day, ${[...spans]}::date[])]`;
  const [months, days] = await Promise.all([
    parts.months.length === 0
      ? []
      : db
          .selectFrom('activity_month_counts')
          .select(['unit_id as unitId', 'month as day', 'channel', 'kind', 'count', 'attendees'])
          .where(sql<boolean>`unit_id = any(${unitIds}::int[])`)
          .where(sql<boolean>`month = any(${parts.months}::date[])`)
          .where(sql<boolean>`(count <> 0 or attendees <> 0)`)
          .execute(),
    parts.days.length === 0 ? [] : entrySums(db, unitIds, parts.days, bucket),
  ]);
  return [...months, ...days];
}

export interface CountRow {
  unitId: number;
  day: string;
  channel: string;
  kind: string;
  count: number;
  attendees: number;
}

/** The entries' sums over some ranges of days, per unit, `day` (a day or a span's first day), channel and kind. */
function entrySums(db: Executor, unitIds: number[], ranges: { from: string; to: string }[], day: RawBuilder<string>): Promise<CountRow[]> {
  return db
    .selectFrom('activities')
    .select([
      'unit_id as unitId',
      day.as('day'),
      'channel',
      'kind',
      sql<number>`sum(count)::int`.as('count'),
      sql<number>`sum(attendees)::int`.as('attendees'),
    ])
    .where(sql<boolean>`unit_id = any(${unitIds}::int[])`)
    .where((eb) => eb.or(ranges.map((r) => eb.and([eb('day', '>=', r.from), eb('day', '<=', r.to)]))))
    .groupBy(['unit_id', sql`2`, 'channel', 'kind'])
    .orderBy('unit_id')
    .orderBy(sql`2`)
    .execute();
}

/** The named entries of a range, largest first per day: what the report cites. */
export async function highlightRows(db: Executor, unitId: number, fromDay: string, toDay: string) {
  return db
    .selectFrom('activities')
    .select(['day', 'channel', 'kind', 'title', 'count', 'attendees'])
    .where('unit_id', '=', unitId)
    .where('day', '>=', fromDay)
    .where('day', '<=', toDay)
    .orderBy('day')
    .orderBy('id')
    .limit(500)
    .execute();
}

/** Whether the unit already has any activity in the range (the demo seed runs once per unit and year). */
export async function hasActivities(db: Executor, unitId: number, fromDay: string, toDay: string): Promise<boolean> {
  const row = await db.selectFrom('activities').select('id').where('unit_id', '=', unitId).where('day', '>=', fromDay).where('day', '<=', toDay).limit(1).executeTakeFirst();
  return row !== undefined;
}
