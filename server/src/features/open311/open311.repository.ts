import type { Kysely, Transaction } from 'kysely';
import type { DB, FeedbackStatus } from '../../db/schema.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export function findKeyByHash(db: Executor, keyHash: string) {
  return db.selectFrom('open311_keys').select(['id', 'unit_id', 'name']).where('key_hash', '=', keyHash).executeTakeFirst();
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
  /** Without an API key only answers the unit chose to publish are readable. */
  publishedOnly: boolean;
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
    .$if(filter.publishedOnly, (qb) => qb.where('f.published', '=', true))
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
