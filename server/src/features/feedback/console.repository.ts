import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB, FeedbackStatus, Severity } from '../../db/schema.ts';
import { OPEN_STATUSES } from './workflow.ts';
import type { Executor } from '../../db/executor.ts';
import type { QueueSearch } from './queue-search.ts';

/**
 * Officer reads of PAKN. Every query takes the officer's scope and applies it
 * here, so no route can forget it: a unit's officers see their unit only, the
 * city administrator sees every unit.
 */
export type Scope = { unitId: number } | 'all';

function inScope(eb: ExpressionBuilder<DB, 'feedback'>, scope: Scope): Expression<SqlBool> {
  return scope === 'all' ? sql<boolean>`true` : eb('feedback.unit_id', '=', scope.unitId);
}

// Spelled as in the feedback_queue_idx predicate, so the planner can use that partial index.
const OPEN_PREDICATE = sql<boolean>`feedback.status in (${sql.join(OPEN_STATUSES.map((s) => sql.lit(s)))})`;

export interface QueueFilter {
  scope: Scope;
  /** Open items (the default queue), or every item. */
  openOnly: boolean;
  status?: FeedbackStatus;
  topicId?: number;
  /** One unit's items within the scope (the city administrator's commune filter). */
  unitId?: number;
  severity?: Severity;
  /** Due before this day: late. */
  dueBefore?: string;
  assigneeId?: number;
  awaitingApproval?: boolean;
  /** The typed search, parsed: see queue-search.ts. */
  search?: QueueSearch;
}

function queueBase(db: Executor, f: QueueFilter) {
  return db
    .selectFrom('feedback')
    .where((eb) => inScope(eb, f.scope))
    .$if(f.openOnly, (qb) => qb.where(OPEN_PREDICATE))
    .$if(f.status !== undefined, (qb) => qb.where('feedback.status', '=', f.status!))
    .$if(f.topicId !== undefined, (qb) => qb.where('feedback.topic_id', '=', f.topicId!))
    .$if(f.unitId !== undefined, (qb) => qb.where('feedback.unit_id', '=', f.unitId!))
    .$if(f.severity !== undefined, (qb) => qb.where('feedback.severity', '=', f.severity!))
    .$if(f.dueBefore !== undefined, (qb) => qb.where('feedback.due_date', '<', f.dueBefore!))
    .$if(f.assigneeId !== undefined, (qb) => qb.where('feedback.assignee_id', '=', f.assigneeId!))
    .$if(f.awaitingApproval === true, (qb) => qb.where('feedback.answer_submitted_at', 'is not', null))
    .$if(f.awaitingApproval === false, (qb) => qb.where('feedback.answer_submitted_at', 'is', null))
    .$if(f.search !== undefined, (qb) => qb.where((eb) => searchMatches(eb, f.search!, f.scope)));
}

/** Digits of the stored phone, 84… read as 0… (stored as typed: 0912 345 678, +84 912 345 678). */
const PHONE_DIGITS = sql<string>`(case when regexp_replace(feedback.contact_phone, '[^0-9]', '', 'g') like '84%'
  then '0' || substr(regexp_replace(feedback.contact_phone, '[^0-9]', '', 'g'), 3)
  else regexp_replace(feedback.contact_phone, '[^0-9]', '', 'g') end)`;

/**
 * Code, phone or name. A sender who asked to stay unknown is found by name or phone only in the city
 * administrator's queue (who always sees the contact), so a search cannot reveal who they are.
 */
function searchMatches(eb: ExpressionBuilder<DB, 'feedback'>, s: QueueSearch, scope: Scope): Expression<SqlBool> {
  const ors: Expression<SqlBool>[] = [];
  if (s.code) ors.push(eb('feedback.code', '=', s.code));
  const who: Expression<SqlBool>[] = [];
  if (s.phone) who.push(sql<boolean>`${PHONE_DIGITS} = ${s.phone}`);
  if (s.name) who.push(eb('feedback.contact_name', 'ilike', `%${s.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (who.length) {
    const any = eb.or(who);
    ors.push(scope === 'all' ? any : eb.and([any, eb('feedback.hide_identity', '=', false)]));
  }
  return ors.length ? eb.or(ors) : sql<boolean>`false`;
}

/** The queue page, earliest deadline first. */
export function listQueue(db: Executor, f: QueueFilter, limit: number, offset: number) {
  return listQueueQuery(db, f, limit, offset).execute();
}

export function listQueueQuery(db: Executor, f: QueueFilter, limit: number, offset: number) {
  return queueBase(db, f)
    .innerJoin('feedback_topics as t', 't.id', 'feedback.topic_id')
    .innerJoin('units as u', 'u.id', 'feedback.unit_id')
    .leftJoin('officers as o', 'o.id', 'feedback.assignee_id')
    .select([
      'u.slug as unit_slug', 'u.name as unit_name', 'feedback.code', 'feedback.kind', 'feedback.status', 'feedback.severity', 'feedback.received_at',
      'feedback.due_date', 'feedback.due_at', 'feedback.answer_submitted_at', 't.name as topic_name', 'o.display_name as assignee_name',
      'feedback.hide_identity', 'feedback.transfer_due_date', 'feedback.transferred_to_agency',
    ])
    .select((eb) => eb.fn<string>('left', ['feedback.content', eb.val(160)]).as('excerpt'))
    .orderBy('feedback.due_date')
    // Within a day, a khẩn item due at a time comes before those due by the end of the day (nulls last).
    .orderBy('feedback.due_at')
    .orderBy('feedback.id')
    .limit(limit)
    .offset(offset);
}

/** Counted apart from the page, on the feedback table alone. */
export async function countQueue(db: Executor, f: QueueFilter): Promise<number> {
  const row = await countQueueQuery(db, f).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function countQueueQuery(db: Executor, f: QueueFilter) {
  return queueBase(db, f).select((eb) => eb.fn.countAll<number>().as('n'));
}

/** A PAKN with everything the officer's page shows. */
export function findForOfficer(db: Executor, scope: Scope, code: string) {
  return db
    .selectFrom('feedback')
    .innerJoin('units as u', 'u.id', 'feedback.unit_id')
    .innerJoin('feedback_topics as t', 't.id', 'feedback.topic_id')
    .leftJoin('officers as o', 'o.id', 'feedback.assignee_id')
    .leftJoin('feedback as d', 'd.id', 'feedback.duplicate_of_id')
    .leftJoin('feedback_fields as fl', 'fl.id', 'feedback.field_id')
    .selectAll('feedback')
    .select(['fl.name as field_name',
      'u.slug as unit_slug', 'u.name as unit_name', 'u.notice_working_days', 't.name as topic_name',
      'o.username as assignee_username', 'o.display_name as assignee_name', 'd.code as duplicate_code',
    ])
    .where((eb) => inScope(eb, scope))
    .where('feedback.code', '=', code)
    .executeTakeFirst();
}

export type OfficerRow = NonNullable<Awaited<ReturnType<typeof findForOfficer>>>;

/** Locks the row for a change; the caller re-checks the state it read before. */
export function lockForOfficer(db: Executor, scope: Scope, code: string) {
  return db
    .selectFrom('feedback')
    .selectAll()
    .where((eb) => inScope(eb, scope))
    .where('feedback.code', '=', code)
    .forUpdate()
    .executeTakeFirst();
}

export type LockedRow = NonNullable<Awaited<ReturnType<typeof lockForOfficer>>>;

export function findPhotoForOfficer(db: Executor, scope: Scope, code: string, photoId: string) {
  return db
    .selectFrom('feedback')
    .innerJoin('feedback_photos as p', 'p.feedback_id', 'feedback.id')
    .innerJoin('uploads as up', 'up.id', 'p.upload_id')
    .select(['up.path', 'up.content_type'])
    .where((eb) => inScope(eb, scope))
    .where('feedback.code', '=', code)
    .where('p.id', '=', photoId)
    .executeTakeFirst();
}

export async function setPublicPhotos(db: Executor, feedbackId: number, photoIds: string[]): Promise<void> {
  await db
    .updateTable('feedback_photos')
    .set({ public: photoIds.length > 0 ? sql<boolean>`id in (${sql.join(photoIds)})` : false })
    .where('feedback_id', '=', feedbackId)
    .execute();
}

export async function movePhotos(db: Executor, feedbackId: number, unitId: number): Promise<void> {
  await db.updateTable('feedback_photos').set({ unit_id: unitId }).where('feedback_id', '=', feedbackId).execute();
}
