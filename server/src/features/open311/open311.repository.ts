import { sql } from 'kysely';
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

/** Keeps what an Open311 client sent beyond the PAKN's own fields; a resent request keeps the first. */
export async function insertDetails(
  db: Executor,
  details: { feedbackId: number; keyId: number; email: string | null; mediaUrls: string[]; addressId: string | null },
): Promise<void> {
  await db
    .insertInto('open311_request_details')
    .values({
      feedback_id: details.feedbackId,
      key_id: details.keyId,
      email: details.email,
      // As a JSON list, which pg and PGlite pass alike.
      media_urls: sql<string[]>`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(details.mediaUrls)}::jsonb))`,
      address_id: details.addressId,
    })
    .onConflict((oc) => oc.column('feedback_id').doNothing())
    .execute();
}
