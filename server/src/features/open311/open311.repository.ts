import { sql } from 'kysely';
import type { FeedbackStatus } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

/** A key that works: read from the database on every request, so a revoked key stops at once in every process. */
export function findKeyByHash(db: Executor, keyHash: string) {
  return db
    .selectFrom('open311_keys')
    .select(['id', 'unit_id', 'name'])
    .where('key_hash', '=', keyHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/** Records that a key was used, at most once a minute per key. */
export async function touchKey(db: Executor, id: number): Promise<void> {
  await db
    .updateTable('open311_keys')
    .set({ last_used_at: new Date() })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', new Date(Date.now() - 60_000))]))
    .execute();
}

export function listKeys(db: Executor) {
  return db
    .selectFrom('open311_keys as k')
    .leftJoin('units as u', 'u.id', 'k.unit_id')
    .select(['k.id', 'k.name', 'k.created_at', 'k.last_used_at', 'k.revoked_at', 'u.slug as unit_slug', 'u.name as unit_name'])
    .orderBy('k.created_at', 'desc')
    .orderBy('k.id', 'desc')
    .execute();
}

export type KeyRow = Awaited<ReturnType<typeof listKeys>>[number];

export function findKeyById(db: Executor, id: number): Promise<KeyRow | undefined> {
  return db
    .selectFrom('open311_keys as k')
    .leftJoin('units as u', 'u.id', 'k.unit_id')
    .select(['k.id', 'k.name', 'k.created_at', 'k.last_used_at', 'k.revoked_at', 'u.slug as unit_slug', 'u.name as unit_name'])
    .where('k.id', '=', id)
    .executeTakeFirst();
}

/** Revokes a key (kept for the PAKN it sent); false when there is no such key. */
export async function revokeKey(db: Executor, id: number): Promise<boolean> {
  const result = await db
    .updateTable('open311_keys')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(new Date())) }))
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function insertKey(db: Executor, key: { unitId: number | null; name: string; keyHash: string }): Promise<number> {
  const row = await db
    .insertInto('open311_keys')
    .values({ unit_id: key.unitId, name: key.name, key_hash: key.keyHash })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface RequestFilter {
  unitId?: number;
  codes?: string[];
  serviceCodes?: string[];
  statuses?: readonly FeedbackStatus[];
  from?: Date;
  to?: Date;
  /** Only the answers the unit chose to publish. */
  publishedOnly?: boolean;
  limit: number;
}

/**
 * PAKN as Open311 requests, newest first. The contact columns are read only so the
 * service can mask them out of the text; they are never sent.
 */
export function listRequests(db: Executor, filter: RequestFilter) {
  return db
    .selectFrom('feedback as f')
    .innerJoin('feedback_topics as t', 't.id', 'f.topic_id')
    .innerJoin('units as u', 'u.id', 'f.unit_id')
    .select((eb) => [
      'f.unit_id',
      'f.code',
      'f.status',
      'f.reject_reason',
      'f.content',
      'f.location',
      'f.contact_name',
      'f.contact_phone',
      'f.contact_address',
      'f.received_at',
      'f.updated_at',
      'f.due_date',
      'f.due_at',
      'f.published',
      'f.answer',
      'f.public_content',
      'f.public_answer',
      't.name as topic_name',
      't.code as topic_code',
      'u.slug as unit_slug',
      'u.name as unit_name',
      eb
        .selectFrom('feedback_photos as p')
        .select('p.id')
        .whereRef('p.feedback_id', '=', 'f.id')
        .where('p.public', '=', true)
        .orderBy('p.position')
        .limit(1)
        .as('public_photo_id'),
    ])
    .$if(filter.unitId !== undefined, (qb) => qb.where('f.unit_id', '=', filter.unitId!))
    .$if(filter.codes !== undefined, (qb) => qb.where('f.code', 'in', filter.codes!))
    .$if(filter.publishedOnly === true, (qb) => qb.where('f.published', '=', true))
    .$if(filter.serviceCodes !== undefined, (qb) => qb.where('t.code', 'in', filter.serviceCodes!))
    .$if(filter.statuses !== undefined, (qb) => qb.where('f.status', 'in', filter.statuses!))
    .$if(filter.from !== undefined, (qb) => qb.where('f.received_at', '>=', filter.from!))
    .$if(filter.to !== undefined, (qb) => qb.where('f.received_at', '<=', filter.to!))
    .orderBy('f.received_at', 'desc')
    .orderBy('f.id', 'desc')
    .limit(filter.limit)
    .execute();
}

export type RequestRow = Awaited<ReturnType<typeof listRequests>>[number];

/** A PAKN this unit already received under an idempotency key (a client sending the same request again). */
export function findByIdempotencyKey(db: Executor, unitId: number, idempotencyKey: string) {
  return db
    .selectFrom('feedback')
    .select(['code', 'due_date'])
    .where('unit_id', '=', unitId)
    .where('idempotency_key', '=', idempotencyKey)
    .executeTakeFirst();
}

/** Keeps what an Open311 client sent beyond the PAKN's own fields; a resent request keeps the first. */
export async function insertDetails(
  db: Executor,
  details: { code: string; keyId: number; email: string | null; mediaUrls: string[]; addressId: string | null },
): Promise<void> {
  const feedback = await db.selectFrom('feedback').select('id').where('code', '=', details.code).executeTakeFirstOrThrow();
  await db
    .insertInto('open311_request_details')
    .values({
      feedback_id: feedback.id,
      key_id: details.keyId,
      email: details.email,
      // As a JSON list, which pg and PGlite pass alike.
      media_urls: sql<string[]>`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(details.mediaUrls)}::jsonb))`,
      address_id: details.addressId,
    })
    .onConflict((oc) => oc.column('feedback_id').doNothing())
    .execute();
}

export function findDetails(db: Executor, code: string) {
  return db
    .selectFrom('open311_request_details as d')
    .innerJoin('feedback as f', 'f.id', 'd.feedback_id')
    .select(['d.key_id', 'd.email', 'd.media_urls', 'd.address_id'])
    .where('f.code', '=', code)
    .executeTakeFirst();
}

export interface UpdateFilter {
  unitId: number;
  from: Date;
  to?: Date;
  limit: number;
}

/**
 * Status changes of a unit's PAKN (mySociety's servicerequestupdates), oldest first.
 * Internal events and officers' notes are never read; the contact columns only mask
 * a published answer quoted in the description.
 */
export function listStatusChanges(db: Executor, filter: UpdateFilter) {
  return db
    .selectFrom('feedback_events as e')
    .innerJoin('feedback as f', 'f.id', 'e.feedback_id')
    .select([
      'e.id as event_id',
      'e.to_status',
      'e.created_at',
      'f.code',
      'f.status',
      'f.reject_reason',
      'f.content',
      'f.contact_name',
      'f.contact_phone',
      'f.contact_address',
      'f.published',
      'f.answer',
      'f.public_content',
      'f.public_answer',
    ])
    .where('f.unit_id', '=', filter.unitId)
    .where('e.internal', '=', false)
    .where('e.to_status', 'is not', null)
    .where('e.created_at', '>=', filter.from)
    .$if(filter.to !== undefined, (qb) => qb.where('e.created_at', '<=', filter.to!))
    .orderBy('e.id')
    .limit(filter.limit)
    .execute();
}

export type StatusChangeRow = Awaited<ReturnType<typeof listStatusChanges>>[number];
