import { sql } from 'kysely';
import type { Executor } from '../../db/executor.ts';

export interface Counter {
  count: number;
  /** Milliseconds until the window ends. */
  ttlMs: number;
}

const ttlMs = sql<number>`greatest(0, ceil(extract(epoch from (expires_at - now())) * 1000))::float8`.as('ttl_ms');

/**
 * Counts `hits` (one by default) in the key's current window, in one statement: a new or
 * expired window starts at them, otherwise the count goes up. Database time, so every process agrees.
 */
export async function hit(db: Executor, key: string, windowMs: number, hits = 1): Promise<Counter> {
  const row = await db
    .insertInto('rate_limit_counters')
    .values({ key, count: hits, expires_at: sql`now() + ${windowMs / 1000}::float8 * interval '1 second'` })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql`CASE WHEN rate_limit_counters.expires_at <= now() THEN excluded.count ELSE rate_limit_counters.count + excluded.count END`,
        expires_at: sql`CASE WHEN rate_limit_counters.expires_at <= now() THEN excluded.expires_at ELSE rate_limit_counters.expires_at END`,
      }),
    )
    .returning(['count', ttlMs])
    .executeTakeFirstOrThrow();
  return { count: row.count, ttlMs: row.ttl_ms };
}

/** The key's count in its current window, without counting; null when there is none. */
export async function peek(db: Executor, key: string): Promise<Counter | null> {
  const row = await db
    .selectFrom('rate_limit_counters')
    .select(['count', ttlMs])
    .where('key', '=', key)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return row ? { count: row.count, ttlMs: row.ttl_ms } : null;
}

export async function clear(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('rate_limit_counters').where('key', '=', key).execute();
}

export async function deleteExpired(db: Executor): Promise<number> {
  const result = await db.deleteFrom('rate_limit_counters').where('expires_at', '<=', sql<Date>`now()`).executeTakeFirst();
  return Number(result.numDeletedRows);
}
