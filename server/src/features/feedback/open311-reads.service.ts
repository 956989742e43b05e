import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { findByIdempotencyKey } from './feedback.repository.ts';
import * as repo from './open311-reads.repository.ts';

export type { Open311RequestFilter, Open311RequestRow, Open311StatusChangeRow, Open311UpdateFilter } from './open311-reads.repository.ts';

/**
 * What the Open311 feature reads of the PAKN, as plain rows: the feedback feature
 * owns feedback, feedback_photos and feedback_events, and Open311 asks it here.
 */
export class Open311Reads {
  constructor(private readonly db: Kysely<DB>) {}

  /** PAKN as Open311 requests, newest first (contact columns included only for masking). */
  requests(filter: repo.Open311RequestFilter): Promise<repo.Open311RequestRow[]> {
    return repo.listOpen311Requests(this.db, filter);
  }

  /** Public status changes of a unit's PAKN in a time window, oldest first. */
  statusChanges(filter: repo.Open311UpdateFilter): Promise<repo.Open311StatusChangeRow[]> {
    return repo.listOpen311StatusChanges(this.db, filter);
  }

  /** The PAKN this unit already received under an idempotency key, if any. */
  async byIdempotencyKey(unitId: number, idempotencyKey: string): Promise<{ code: string; due_date: string } | undefined> {
    const row = await findByIdempotencyKey(this.db, unitId, idempotencyKey);
    return row && { code: row.code, due_date: row.due_date };
  }

  /** A PAKN's row id by its tracking code (for tables that hang off it, such as Open311's details). */
  async idByCode(code: string): Promise<number | undefined> {
    return (await repo.findIdByCode(this.db, code))?.id;
  }
}
