import type { Kysely } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import type { DB } from '../../db/schema.ts';

export interface CitizenRow {
  id: number;
  zalo_app_user_id: string;
  zalo_oa_user_id: string | null;
  display_name: string;
  phone: string | null;
}

const COLUMNS = ['id', 'zalo_app_user_id', 'zalo_oa_user_id', 'display_name', 'phone'] as const;

export interface SeenZaloUser {
  appUserId: string;
  oaUserId: string | null;
  name: string;
}

/**
 * The citizen behind a Zalo user, created on first sight, name and OA id refreshed and seen_at
 * moved on every later one. An OA id moves to this user if another row held it (Zalo gives one
 * OA id to one user, so the other row was stale).
 */
export async function upsertSeen(db: Kysely<DB>, user: SeenZaloUser): Promise<CitizenRow> {
  return db.transaction().execute(async (trx) => {
    if (user.oaUserId !== null) {
      await trx
        .updateTable('citizens')
        .set({ zalo_oa_user_id: null })
        .where('zalo_oa_user_id', '=', user.oaUserId)
        .where('zalo_app_user_id', '<>', user.appUserId)
        .execute();
    }
    return trx
      .insertInto('citizens')
      .values({ zalo_app_user_id: user.appUserId, zalo_oa_user_id: user.oaUserId, display_name: user.name })
      .onConflict((c) =>
        c.column('zalo_app_user_id').doUpdateSet((eb) => ({
          display_name: eb.ref('excluded.display_name'),
          // A known OA id is kept when Zalo leaves it out this time.
          zalo_oa_user_id: eb.fn.coalesce('excluded.zalo_oa_user_id', 'citizens.zalo_oa_user_id'),
          seen_at: eb.fn('now'),
        })),
      )
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
  });
}

export async function findByAppUserId(db: Executor, appUserId: string): Promise<CitizenRow | undefined> {
  return db.selectFrom('citizens').select(COLUMNS).where('zalo_app_user_id', '=', appUserId).executeTakeFirst();
}

export async function findByOaUserId(db: Executor, oaUserId: string): Promise<CitizenRow | undefined> {
  return db.selectFrom('citizens').select(COLUMNS).where('zalo_oa_user_id', '=', oaUserId).executeTakeFirst();
}

export async function setPhone(db: Executor, appUserId: string, phone: string): Promise<CitizenRow | undefined> {
  return db
    .updateTable('citizens')
    .set((eb) => ({ phone, phone_confirmed_at: eb.fn('now') }))
    .where('zalo_app_user_id', '=', appUserId)
    .returning(COLUMNS)
    .executeTakeFirst();
}
