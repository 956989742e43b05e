import crypto from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB, UploadsTable } from '../../db/schema.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export interface NewUpload {
  id: string;
  contentType: UploadsTable['content_type'];
  sizeBytes: number;
  sha256: string;
  path: string;
  citizenKey: string;
}

export async function insertUpload(db: Executor, u: NewUpload): Promise<void> {
  await db
    .insertInto('uploads')
    .values({ id: u.id, content_type: u.contentType, size_bytes: u.sizeBytes, sha256: u.sha256, path: u.path, citizen_key: u.citizenKey })
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
    .set({ feedback_id: feedbackId })
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
