import crypto from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { DB, UploadsTable } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

export interface NewUpload {
  id: string;
  contentType: UploadsTable['content_type'];
  sizeBytes: number;
  sha256: string;
  path: string;
  citizenKey: string;
  clientAddress: string;
}

export async function insertUpload(db: Executor, u: NewUpload): Promise<void> {
  await db
    .insertInto('uploads')
    .values({ id: u.id, content_type: u.contentType, size_bytes: u.sizeBytes, sha256: u.sha256, path: u.path, citizen_key: u.citizenKey, client_address: u.clientAddress })
    .execute();
}

/** How many of these uploads belong to the citizen and are not yet part of a PAKN. */
export async function countFreeUploads(db: Executor, ids: string[], citizenKey: string): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom('uploads')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', 'in', ids)
    .where('citizen_key', '=', citizenKey)
    .where('feedback_id', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Claims the uploads for a PAKN; returns the ids claimed (fewer than asked: someone else got there first). */
export async function attachUploads(db: Executor, ids: string[], citizenKey: string, feedbackId: number): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .updateTable('uploads')
    // The address only served the quota of unattached uploads: a PAKN's photo does not keep it.
    .set({ feedback_id: feedbackId, client_address: null })
    .where('id', 'in', ids)
    .where('citizen_key', '=', citizenKey)
    .where('feedback_id', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function insertPhotos(db: Executor, unitId: number, feedbackId: number, uploadIds: string[]): Promise<void> {
  if (uploadIds.length === 0) return;
  await db
    .insertInto('feedback_photos')
    .values(uploadIds.map((uploadId, position) => ({ id: crypto.randomUUID(), unit_id: unitId, feedback_id: feedbackId, upload_id: uploadId, position })))
    .execute();
}

const ageLimit = (ttlMinutes: number) => sql<Date>`now() - make_interval(mins => ${ttlMinutes})`;

/**
 * Serialises the quota check of one client address across every server process
 * until the transaction ends (two uploads at once cannot both take the last room).
 */
export async function lockClientAddress(tx: Transaction<DB>, clientAddress: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`uploads:${clientAddress}`}, 0))`.execute(tx);
}

/** Bytes of unattached, unexpired uploads from this address, and when the oldest of them expires. */
export async function unattachedUsage(db: Executor, clientAddress: string, ttlMinutes: number): Promise<{ bytes: number; oldestAgeSeconds: number }> {
  const row = await db
    .selectFrom('uploads')
    .select([
      sql<number>`coalesce(sum(size_bytes), 0)::bigint`.as('bytes'),
      sql<number>`coalesce(extract(epoch from now() - min(created_at)), 0)::float8`.as('age'),
    ])
    .where('client_address', '=', clientAddress)
    .where('feedback_id', 'is', null)
    .where('created_at', '>=', ageLimit(ttlMinutes))
    .executeTakeFirstOrThrow();
  return { bytes: Number(row.bytes), oldestAgeSeconds: Number(row.age) };
}

/**
 * Deletes up to `limit` uploads never attached to a PAKN and older than the TTL; returns
 * their paths for the caller to unlink. SKIP LOCKED lets several processes clean at once
 * without waiting on each other or on a submission that is attaching one of them.
 */
export async function deleteExpiredUploads(db: Executor, ttlMinutes: number, limit: number): Promise<string[]> {
  const rows = await db
    .deleteFrom('uploads')
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('uploads')
        .select('id')
        .where('feedback_id', 'is', null)
        .where('created_at', '<', ageLimit(ttlMinutes))
        .orderBy('created_at')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .where('feedback_id', 'is', null)
    .returning('path')
    .execute();
  return rows.map((r) => r.path);
}

/** Photos not yet part of a PAKN follow their owner to another key, so the form being filled can still attach them. */
export async function moveFreeUploads(db: Executor, fromKey: string, toKey: string): Promise<number> {
  const result = await db
    .updateTable('uploads')
    .set({ citizen_key: toKey })
    .where('citizen_key', '=', fromKey)
    .where('feedback_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
