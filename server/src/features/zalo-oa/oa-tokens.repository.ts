import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export interface StoredPair {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
  generation: number;
}

const COLUMNS = ['access_token', 'refresh_token', 'access_expires_at', 'generation'] as const;
const toPair = (r: { access_token: string; refresh_token: string; access_expires_at: Date; generation: number }): StoredPair => ({
  accessToken: r.access_token,
  refreshToken: r.refresh_token,
  expiresAt: new Date(r.access_expires_at),
  generation: r.generation,
});

/** Stores the configured first pair unless the OA already has one (a rotated pair is never overwritten). */
export async function insertFirstPair(db: Executor, oaId: string, pair: Omit<StoredPair, 'generation'>): Promise<void> {
  await db
    .insertInto('zalo_oa_tokens')
    .values({ oa_id: oaId, access_token: pair.accessToken, refresh_token: pair.refreshToken, access_expires_at: pair.expiresAt })
    .onConflict((c) => c.column('oa_id').doNothing())
    .execute();
}

export async function findPair(db: Executor, oaId: string): Promise<StoredPair | null> {
  const row = await db.selectFrom('zalo_oa_tokens').select(COLUMNS).where('oa_id', '=', oaId).executeTakeFirst();
  return row ? toPair(row) : null;
}

/** The pair, locked until the transaction ends: the one place a refresh may happen. */
export async function lockPair(trx: Transaction<DB>, oaId: string): Promise<StoredPair | null> {
  const row = await trx.selectFrom('zalo_oa_tokens').select(COLUMNS).where('oa_id', '=', oaId).forUpdate().executeTakeFirst();
  return row ? toPair(row) : null;
}

export async function replacePair(trx: Transaction<DB>, oaId: string, pair: Omit<StoredPair, 'generation'>): Promise<StoredPair> {
  const row = await trx
    .updateTable('zalo_oa_tokens')
    .set((eb) => ({
      access_token: pair.accessToken,
      refresh_token: pair.refreshToken,
      access_expires_at: pair.expiresAt,
      generation: eb('generation', '+', 1),
      refreshed_at: new Date(),
    }))
    .where('oa_id', '=', oaId)
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toPair(row);
}
