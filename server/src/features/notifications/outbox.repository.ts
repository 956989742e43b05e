import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, OutboxRecipientKind, OutboxStatus } from '../../db/schema.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export interface NewOutboxItem {
  kind: string;
  unitId: number | null;
  recipientKind: OutboxRecipientKind;
  recipient: string;
  feedbackId?: number | null;
  message?: Record<string, unknown> | null;
  dedupeKey: string;
}

export interface OutboxItem {
  id: number;
  kind: string;
  unitId: number | null;
  recipientKind: OutboxRecipientKind;
  recipient: string;
  feedbackId: number | null;
  message: Record<string, unknown> | null;
  attempts: number;
  createdAt: Date;
}

/** True when written; false when an item with the same dedupe key already exists. */
export async function enqueue(db: Executor, item: NewOutboxItem): Promise<boolean> {
  const row = await db
    .insertInto('notification_outbox')
    .values({
      kind: item.kind,
      unit_id: item.unitId,
      recipient_kind: item.recipientKind,
      recipient: item.recipient,
      feedback_id: item.feedbackId ?? null,
      message: item.message ? JSON.stringify(item.message) : null,
      dedupe_key: item.dedupeKey,
    })
    .onConflict((c) => c.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Claims due items for `leaseMs`, skipping those another process holds. */
export async function claimDue(db: Executor, limit: number, leaseMs: number): Promise<OutboxItem[]> {
  const { rows } = await sql<{
    id: number; kind: string; unit_id: number | null; recipient_kind: OutboxRecipientKind; recipient: string;
    feedback_id: number | null; message: Record<string, unknown> | null; attempts: number; created_at: Date;
  }>`
    update notification_outbox o set locked_until = now() + ${`${leaseMs} milliseconds`}::interval, attempts = o.attempts + 1
    where o.id in (
      select id from notification_outbox
      where status = 'pending' and run_after <= now() and (locked_until is null or locked_until < now())
      order by run_after, id
      limit ${limit}
      for update skip locked
    )
    returning o.id, o.kind, o.unit_id, o.recipient_kind, o.recipient, o.feedback_id, o.message, o.attempts, o.created_at`.execute(db);
  return rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind,
    unitId: r.unit_id,
    recipientKind: r.recipient_kind,
    recipient: r.recipient,
    feedbackId: r.feedback_id,
    message: r.message,
    attempts: r.attempts,
    createdAt: new Date(r.created_at),
  }));
}

export async function markSent(db: Executor, id: number, via: 'oa' | 'zns'): Promise<void> {
  await db.updateTable('notification_outbox').set({ status: 'sent', via, sent_at: new Date(), locked_until: null, last_error: null }).where('id', '=', id).execute();
}

export async function markRetry(db: Executor, id: number, runAfter: Date, error: string): Promise<void> {
  await db.updateTable('notification_outbox').set({ run_after: runAfter, locked_until: null, last_error: error }).where('id', '=', id).execute();
}

export async function markEnded(db: Executor, id: number, status: Exclude<OutboxStatus, 'pending' | 'sent'>, reason: string): Promise<void> {
  await db.updateTable('notification_outbox').set({ status, locked_until: null, last_error: reason }).where('id', '=', id).execute();
}

export async function statusCounts(db: Executor): Promise<Record<OutboxStatus, number>> {
  const rows = await db.selectFrom('notification_outbox').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
  const out: Record<OutboxStatus, number> = { pending: 0, sent: 0, undeliverable: 0, failed: 0 };
  for (const r of rows) out[r.status] = Number(r.n);
  return out;
}
