import type { FeedbackStatus } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

/**
 * Reads over the PAKN for the Open311 feature, which never touches these tables
 * itself and calls the Open311Reads service instead.
 */

export interface Open311RequestFilter {
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
 * caller can mask them out of the text; they are never sent.
 */
export function listOpen311Requests(db: Executor, filter: Open311RequestFilter) {
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

export type Open311RequestRow = Awaited<ReturnType<typeof listOpen311Requests>>[number];

export interface Open311UpdateFilter {
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
export function listOpen311StatusChanges(db: Executor, filter: Open311UpdateFilter) {
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

export type Open311StatusChangeRow = Awaited<ReturnType<typeof listOpen311StatusChanges>>[number];

/** A PAKN's row id by its tracking code. */
export function findIdByCode(db: Executor, code: string) {
  return db.selectFrom('feedback').select('id').where('code', '=', code).executeTakeFirst();
}
