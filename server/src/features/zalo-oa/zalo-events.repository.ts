import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export interface QueuedEvent {
  id: number;
  eventName: string;
  userId: string | null;
  payload: Record<string, unknown>;
  attempts: number;
}

/** Stores an event unless one with the same dedupe key is already there; true when new. */
export async function insertEvent(db: Executor, e: { dedupeKey: string; eventName: string; userId: string | null; payload: string }): Promise<boolean> {
  const row = await db
    .insertInto('zalo_events')
    .values({ dedupe_key: e.dedupeKey, event_name: e.eventName, user_id: e.userId, payload: e.payload })
    .onConflict((c) => c.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Claims up to `limit` due events for `leaseMs`, skipping rows another process holds, and only the
 * oldest pending event of each user, so one user's messages are handled in order.
 */
export async function claimEvents(db: Executor, limit: number, leaseMs: number): Promise<QueuedEvent[]> {
  const { rows } = await sql<{ id: number; event_name: string; user_id: string | null; payload: Record<string, unknown>; attempts: number }>`
    update zalo_events e set locked_until = now() + ${`${leaseMs} milliseconds`}::interval, attempts = e.attempts + 1
    where e.id in (
      select c.id from zalo_events c
      where c.status = 'pending' and c.run_after <= now() and (c.locked_until is null or c.locked_until < now())
        and not exists (
          select 1 from zalo_events o
          where o.status = 'pending' and o.user_id = c.user_id and o.id < c.id
        )
      order by c.id
      limit ${limit}
      for update skip locked
    )
    returning e.id, e.event_name, e.user_id, e.payload, e.attempts`.execute(db);
  return rows.map((r) => ({ id: Number(r.id), eventName: r.event_name, userId: r.user_id, payload: r.payload, attempts: r.attempts }));
}

/** Done: what the citizen wrote is no longer kept. */
export async function markDone(db: Executor, id: number): Promise<void> {
  await db.updateTable('zalo_events').set({ status: 'done', payload: '{}', processed_at: new Date(), locked_until: null, last_error: null }).where('id', '=', id).execute();
}

export async function markRetry(db: Executor, id: number, runAfter: Date, error: string): Promise<void> {
  await db.updateTable('zalo_events').set({ run_after: runAfter, locked_until: null, last_error: error }).where('id', '=', id).execute();
}

export async function markFailed(db: Executor, id: number, error: string): Promise<void> {
  await db.updateTable('zalo_events').set({ status: 'failed', payload: '{}', processed_at: new Date(), locked_until: null, last_error: error }).where('id', '=', id).execute();
}

/** When the user last wrote to (or followed) the OA, as far as the last week's events tell. */
export async function lastInteraction(db: Executor, userId: string): Promise<Date | null> {
  const row = await db
    .selectFrom('zalo_events')
    .select('received_at')
    .where('user_id', '=', userId)
    .where('event_name', '<>', 'unfollow')
    .orderBy('received_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? new Date(row.received_at) : null;
}

export async function deleteHandledBefore(db: Executor, before: Date): Promise<number> {
  const result = await db.deleteFrom('zalo_events').where('status', '<>', 'pending').where('received_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countPending(db: Executor): Promise<number> {
  const row = await db.selectFrom('zalo_events').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'pending').executeTakeFirstOrThrow();
  return Number(row.n);
}
