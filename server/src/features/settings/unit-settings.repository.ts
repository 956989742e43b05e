import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export async function findReopenDays(db: Executor, unitId: number): Promise<number | undefined> {
  const row = await db.selectFrom('units').select('reopen_days').where('id', '=', unitId).executeTakeFirst();
  return row?.reopen_days;
}

export async function setReopenDays(db: Executor, unitId: number, days: number): Promise<void> {
  await db.updateTable('units').set({ reopen_days: days }).where('id', '=', unitId).execute();
}
