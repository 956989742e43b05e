import { sql } from 'kysely';
import type { Updateable } from 'kysely';
import type { FeedbackChannel, FeedbackEventsTable, FeedbackLocation, FeedbackStatus, FeedbackTable, Severity } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

/** Writes and citizen-side reads of PAKN. Officer reads, always scoped to a unit, are in console.repository.ts. */

export interface NewFeedback {
  unitId: number;
  code: string;
  accessKeyHash: string;
  kind: FeedbackTable['kind'];
  topicId: number;
  content: string;
  location: FeedbackLocation | null;
  contactName: string;
  contactPhone: string;
  contactAddress: string;
  hideIdentity: boolean;
  citizenKey: string;
  channel: FeedbackChannel;
  severity: Severity;
  transferDueDate: string;
  dueDate: string;
  idempotencyKey: string;
  requestHash: string;
}

export async function insertFeedback(db: Executor, f: NewFeedback): Promise<number> {
  const row = await db
    .insertInto('feedback')
    .values(feedbackValues(f))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A PAKN and its first event in one statement: atomic without a transaction, one round trip. */
export async function insertFeedbackWithEvent(db: Executor, f: NewFeedback, e: Omit<NewEvent, 'feedbackId' | 'unitId'>): Promise<number> {
  const row = await db
    .with('f', (qb) => qb.insertInto('feedback').values(feedbackValues(f)).returning(['id', 'unit_id']))
    .insertInto('feedback_events')
    .columns(['unit_id', 'feedback_id', 'actor_kind', 'action', 'to_status', 'internal'])
    .expression((eb) =>
      eb.selectFrom('f').select((s) => [
        'f.unit_id',
        'f.id',
        s.val(e.actorKind).as('actor_kind'),
        s.val(e.action).as('action'),
        s.val(e.toStatus ?? null).as('to_status'),
        s.val(e.internal).as('internal'),
      ]),
    )
    .returning('feedback_id')
    .executeTakeFirstOrThrow();
  return row.feedback_id;
}

function feedbackValues(f: NewFeedback) {
  return {
    unit_id: f.unitId,
    code: f.code,
    access_key_hash: f.accessKeyHash,
    kind: f.kind,
    topic_id: f.topicId,
    content: f.content,
    location: f.location ? JSON.stringify(f.location) : null,
    contact_name: f.contactName,
    contact_phone: f.contactPhone,
    contact_address: f.contactAddress,
    hide_identity: f.hideIdentity,
    citizen_key: f.citizenKey,
    channel: f.channel,
    severity: f.severity,
    transfer_due_date: f.transferDueDate,
    due_date: f.dueDate,
    idempotency_key: f.idempotencyKey,
    request_hash: f.requestHash,
  };
}

export function findByIdempotencyKey(db: Executor, unitId: number, key: string) {
  return db
    .selectFrom('feedback')
    .select(['code', 'request_hash', 'status', 'received_at', 'due_date'])
    .where('unit_id', '=', unitId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

/** One PAKN by its code, for the citizen holding its access key (checked by the caller). */
export function findByCode(db: Executor, code: string) {
  return db
    .selectFrom('feedback as f')
    .innerJoin('units as u', 'u.id', 'f.unit_id')
    .innerJoin('feedback_topics as t', 't.id', 'f.topic_id')
    .select([
      'f.id', 'f.code', 'f.access_key_hash', 'f.kind', 'f.content', 'f.status', 'f.received_at', 'f.due_date', 'f.due_at',
      'f.answer', 'f.answered_at', 'f.rating', 'f.rating_comment', 'f.reject_reason', 'f.unit_id', 'f.location', 'f.answer_document_path', 'f.answer_document_name',
      'u.slug as unit_slug', 'u.name as unit_name', 'u.reopen_days', 't.name as topic_name',
    ])
    .where('f.code', '=', code)
    .executeTakeFirst();
}

export type CitizenRow = NonNullable<Awaited<ReturnType<typeof findByCode>>>;

/** The citizen's own PAKN, newest first, filed under any of their keys (Mini App, OA chat). */
export function listByCitizen(db: Executor, citizenKeys: string[], limit: number) {
  return db
    .selectFrom('feedback as f')
    .innerJoin('feedback_topics as t', 't.id', 'f.topic_id')
    .select(['f.code', 'f.access_key_hash', 'f.status', 'f.received_at', 'f.due_date', 'f.due_at', 't.name as topic_name'])
    .select((eb) => eb.fn<string>('left', ['f.content', eb.val(160)]).as('excerpt'))
    .where('f.citizen_key', 'in', citizenKeys)
    .orderBy('f.received_at', 'desc')
    .limit(limit)
    .execute();
}

export function listEvents(db: Executor, feedbackId: number, includeInternal: boolean) {
  return db
    .selectFrom('feedback_events as e')
    .leftJoin('officers as o', 'o.id', 'e.officer_id')
    .select(['e.action', 'e.actor_kind', 'e.from_status', 'e.to_status', 'e.internal', 'e.note', 'e.data', 'e.created_at', 'o.display_name as officer_name'])
    .where('e.feedback_id', '=', feedbackId)
    .$if(!includeInternal, (qb) => qb.where('e.internal', '=', false))
    .orderBy('e.id')
    .execute();
}

export type EventRow = Awaited<ReturnType<typeof listEvents>>[number];

export function listPhotos(db: Executor, feedbackId: number) {
  return db
    .selectFrom('feedback_photos')
    .select(['id', 'public'])
    .where('feedback_id', '=', feedbackId)
    .orderBy('position')
    .execute();
}

export interface NewEvent {
  unitId: number;
  feedbackId: number;
  actorKind: FeedbackEventsTable['actor_kind'];
  officerId?: number | null;
  action: string;
  fromStatus?: FeedbackStatus | null;
  toStatus?: FeedbackStatus | null;
  internal: boolean;
  note?: string | null;
  data?: Record<string, unknown> | null;
}

export async function insertEvent(db: Executor, e: NewEvent): Promise<void> {
  await db
    .insertInto('feedback_events')
    .values({
      unit_id: e.unitId,
      feedback_id: e.feedbackId,
      actor_kind: e.actorKind,
      officer_id: e.officerId ?? null,
      action: e.action,
      from_status: e.fromStatus ?? null,
      to_status: e.toStatus ?? null,
      internal: e.internal,
      note: e.note ?? null,
      data: e.data ? JSON.stringify(e.data) : null,
    })
    .execute();
}

export async function updateFeedback(db: Executor, id: number, patch: Updateable<FeedbackTable>): Promise<void> {
  await db.updateTable('feedback').set({ ...patch, updated_at: new Date() }).where('id', '=', id).execute();
}

/** Locks the row for a citizen's change (rating, reopening) made in a transaction. */
export function lockForCitizen(db: Executor, id: number) {
  return db
    .selectFrom('feedback')
    .select(['id', 'unit_id', 'status', 'rating', 'answered_at', 'topic_id', 'severity', 'due_date', 'due_at'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export function listPublished(db: Executor, unitId: number, limit: number, offset: number) {
  return db
    .selectFrom('feedback as f')
    .innerJoin('feedback_topics as t', 't.id', 'f.topic_id')
    // The contact is read only to mask it out of the public copy; it is never sent.
    .select([
      'f.id', 'f.code', 'f.kind', 'f.content', 'f.answer', 'f.public_content', 'f.public_answer', 'f.received_at', 'f.answered_at',
      'f.contact_name', 'f.contact_phone', 'f.contact_address', 't.name as topic_name', 'f.answer_document_public',
    ])
    .where('f.unit_id', '=', unitId)
    .where('f.published', '=', true)
    .orderBy('f.published_at', 'desc')
    .orderBy('f.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countPublished(db: Executor, unitId: number): Promise<number> {
  const row = await db
    .selectFrom('feedback')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unit_id', '=', unitId)
    .where('published', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function listPublicPhotos(db: Executor, feedbackIds: number[]) {
  if (feedbackIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('feedback_photos')
    .select(['id', 'feedback_id'])
    .where('feedback_id', 'in', feedbackIds)
    .where('public', '=', true)
    .orderBy('position')
    .execute();
}

/** A photo's file and what decides who may see it. */
export function findPhotoFile(db: Executor, photoId: string) {
  return db
    .selectFrom('feedback_photos as p')
    .innerJoin('uploads as up', 'up.id', 'p.upload_id')
    .innerJoin('feedback as f', 'f.id', 'p.feedback_id')
    .select(['up.path', 'up.content_type', 'up.size_bytes', 'p.public', 'f.published', 'f.code'])
    .where('p.id', '=', photoId)
    .executeTakeFirst();
}

/** How many PAKN each topic of a unit has (the console's topic settings show it; a used topic is never deleted). */
export async function countFeedbackByTopic(db: Executor, unitId: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('feedback')
    .select(['topic_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('unit_id', '=', unitId)
    .groupBy('topic_id')
    .execute();
  return new Map(rows.map((r) => [r.topic_id, Number(r.n)]));
}

/** How many PAKN each lĩnh vực of a unit has (a used field is never deleted). */
export async function countFeedbackByField(db: Executor, unitId: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('feedback')
    .select(['field_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('unit_id', '=', unitId)
    .where('field_id', 'is not', null)
    .groupBy('field_id')
    .execute();
  return new Map(rows.map((r) => [r.field_id!, Number(r.n)]));
}

/** Files one citizen's PAKN under another key (a device's, once its owner is known through Zalo). */
export async function moveCitizenFeedback(db: Executor, fromKey: string, toKey: string): Promise<number> {
  const result = await db.updateTable('feedback').set({ citizen_key: toKey }).where('citizen_key', '=', fromKey).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Keeps one rating a citizen gave (every one ever given, issue 10), in the rating's transaction. */
export async function insertRating(db: Executor, rating: { feedbackId: number; unitId: number; value: 'hai_long' | 'khong_hai_long'; comment: string | null; ratedAt: Date }): Promise<void> {
  await db.insertInto('feedback_ratings').values({
    feedback_id: rating.feedbackId,
    unit_id: rating.unitId,
    value: rating.value,
    comment: rating.comment,
    rated_at: rating.ratedAt,
  }).execute();
}

/**
 * PAKN received in the range (Viet Nam days), not rejected and not overdue as the figures count
 * it (answered by the due day, or open and not yet past it), that were rated "không hài lòng"
 * at least once, by any of their ratings (issue 10): the figures' overdue plus these are the
 * PAKN Quyết định 766 takes away from "hài lòng trong xử lý PAKN".
 */
export async function unsatisfiedNotOverdue(db: Executor, unitIds: number[], range: { from: string; to: string }, today: string): Promise<number> {
  if (unitIds.length === 0) return 0;
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from feedback f
    where f.unit_id = any(${unitIds}::int[])
      and f.received_at >= (${range.from}::date::timestamp - interval '7 hours') at time zone 'UTC'
      and f.received_at < ((${range.to}::date + 1)::timestamp - interval '7 hours') at time zone 'UTC'
      and f.status <> 'tu_choi'
      and case when f.status in ('da_tra_loi', 'dong') then coalesce((f.answered_at at time zone 'UTC' + interval '7 hours')::date <= f.due_date, false)
               else f.due_date >= ${today}::date end
      and exists (select 1 from feedback_ratings r where r.feedback_id = f.id and r.value = 'khong_hai_long')`.execute(db);
  return rows[0]?.n ?? 0;
}

/** The code when the unit received a PAKN with exactly this (canonical) code. */
export async function findCodeInUnit(db: Executor, unitId: number, code: string): Promise<string | null> {
  const row = await db.selectFrom('feedback').select('code').where('code', '=', code).where('unit_id', '=', unitId).executeTakeFirst();
  return row?.code ?? null;
}
