import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { noticeFacts, openDueOn } from './notices.repository.ts';

export interface FeedbackNoticeFacts {
  code: string;
  unitId: number;
  status: string;
  dueDate: string;
  answer: string | null;
  /** Why more information is needed (the officer's note when refusing for missing information). */
  note: string | null;
  /** The contact phone the citizen gave (a ZNS notice about their own PAKN goes there). */
  contactPhone: string;
  citizenKey: string;
}

/** What notices about a PAKN need to say, read from the feedback feature's tables. */
export class FeedbackNotices {
  constructor(private readonly db: Kysely<DB>) {}

  async facts(feedbackId: number): Promise<FeedbackNoticeFacts | null> {
    const row = await noticeFacts(this.db, feedbackId);
    if (!row) return null;
    return {
      code: row.code,
      unitId: row.unit_id,
      status: row.status,
      dueDate: row.due_date,
      answer: row.answer,
      note: row.reject_note,
      contactPhone: row.contact_phone,
      citizenKey: row.citizen_key,
    };
  }

  openDueOn(unitIds: number[], day: string): Promise<{ id: number; unit_id: number; code: string }[]> {
    return openDueOn(this.db, unitIds, day);
  }
}
