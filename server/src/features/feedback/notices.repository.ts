import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { OPEN_STATUSES } from './workflow.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export interface NoticeFactsRow {
  code: string;
  unit_id: number;
  status: string;
  due_date: string;
  answer: string | null;
  reject_note: string | null;
  contact_phone: string;
  citizen_key: string;
}

export async function noticeFacts(db: Executor, feedbackId: number): Promise<NoticeFactsRow | undefined> {
  return db
    .selectFrom('feedback')
    .select(['code', 'unit_id', 'status', 'due_date', 'answer', 'reject_note', 'contact_phone', 'citizen_key'])
    .where('id', '=', feedbackId)
    .executeTakeFirst();
}

/** Open PAKN of the units falling due on `day`. */
export async function openDueOn(db: Executor, unitIds: number[], day: string): Promise<{ id: number; unit_id: number; code: string }[]> {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('feedback')
    .select(['id', 'unit_id', 'code'])
    .where('unit_id', 'in', unitIds)
    .where('due_date', '=', day)
    .where('status', 'in', [...OPEN_STATUSES])
    .execute();
}
