import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

type Executor = Kysely<DB> | Transaction<DB>;

/** One live code per officer: a new one replaces the last. */
export async function replaceCode(db: Kysely<DB>, officerId: number, codeHash: string, expiresAt: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('officer_zalo_link_codes').where('officer_id', '=', officerId).execute();
    await trx.insertInto('officer_zalo_link_codes').values({ code_hash: codeHash, officer_id: officerId, expires_at: expiresAt }).execute();
  });
}

/** The officer a live code belongs to; the code is used up either way. */
export async function consumeCode(db: Executor, codeHash: string): Promise<number | null> {
  const row = await db.deleteFrom('officer_zalo_link_codes').where('code_hash', '=', codeHash).returning(['officer_id', 'expires_at']).executeTakeFirst();
  return row && new Date(row.expires_at).getTime() > Date.now() ? row.officer_id : null;
}

/** Links the officer to the OA user (a Zalo account serves one officer: an earlier link of it moves). */
export async function link(db: Kysely<DB>, officerId: number, oaUserId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('officer_zalo_links').where('oa_user_id', '=', oaUserId).where('officer_id', '<>', officerId).execute();
    await trx
      .insertInto('officer_zalo_links')
      .values({ officer_id: officerId, oa_user_id: oaUserId })
      .onConflict((c) => c.column('officer_id').doUpdateSet({ oa_user_id: oaUserId, linked_at: new Date() }))
      .execute();
  });
}

export async function unlink(db: Executor, officerId: number): Promise<void> {
  await db.deleteFrom('officer_zalo_links').where('officer_id', '=', officerId).execute();
}

export async function linkedAt(db: Executor, officerId: number): Promise<Date | null> {
  const row = await db.selectFrom('officer_zalo_links').select('linked_at').where('officer_id', '=', officerId).executeTakeFirst();
  return row ? new Date(row.linked_at) : null;
}

/** Linked, active officers (of the units, when given), with their OA user ids: for reminders. */
export async function linkedOfficers(db: Executor, unitIds?: number[]): Promise<{ officerId: number; unitId: number; oaUserId: string }[]> {
  if (unitIds?.length === 0) return [];
  const rows = await db
    .selectFrom('officer_zalo_links as l')
    .innerJoin('officers as o', 'o.id', 'l.officer_id')
    .select(['l.officer_id', 'o.unit_id', 'l.oa_user_id'])
    .$if(unitIds !== undefined, (q) => q.where('o.unit_id', 'in', unitIds!))
    .where('o.active', '=', true)
    .execute();
  return rows.map((r) => ({ officerId: r.officer_id, unitId: r.unit_id, oaUserId: r.oa_user_id }));
}
