import type { Kysely, Transaction } from 'kysely';
import type { DB, OfficerRole } from '../../db/schema.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export function findOfficerByUsername(db: Executor, username: string) {
  return db
    .selectFrom('officers as o')
    .innerJoin('units as u', 'u.id', 'o.unit_id')
    .select(['o.id', 'o.unit_id', 'o.username', 'o.display_name', 'o.role', 'o.password_hash', 'o.active', 'u.slug as unit_slug', 'u.name as unit_name'])
    .where('o.username', '=', username)
    .executeTakeFirst();
}

export interface NewOfficer {
  unitId: number;
  username: string;
  displayName: string;
  role: OfficerRole;
  passwordHash: string;
}

/** Creates the account, or (upsert) resets its name, role and password. */
export async function upsertOfficer(db: Executor, o: NewOfficer): Promise<number> {
  const values = { unit_id: o.unitId, username: o.username, display_name: o.displayName, role: o.role, password_hash: o.passwordHash };
  const row = await db
    .insertInto('officers')
    .values(values)
    .onConflict((oc) => oc.column('username').doUpdateSet({ ...values, failed_logins: 0, locked_until: null }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function officerExists(db: Executor, username: string): Promise<boolean> {
  return (await db.selectFrom('officers').select('id').where('username', '=', username).executeTakeFirst()) !== undefined;
}

export async function insertSession(
  db: Executor,
  s: { tokenHash: string; officerId: number; unitId: number; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('officer_sessions')
    .values({ token_hash: s.tokenHash, officer_id: s.officerId, unit_id: s.unitId, csrf_token: s.csrfToken, expires_at: s.expiresAt })
    .execute();
}

export function findSession(db: Executor, tokenHash: string) {
  return db
    .selectFrom('officer_sessions as s')
    .innerJoin('officers as o', 'o.id', 's.officer_id')
    .innerJoin('units as u', 'u.id', 'o.unit_id')
    .select(['s.csrf_token', 's.created_at', 's.expires_at', 's.last_seen_at', 'o.id', 'o.unit_id', 'o.username', 'o.display_name', 'o.role', 'o.active', 'u.slug as unit_slug', 'u.name as unit_name'])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchSession(db: Executor, tokenHash: string, expiresAt: Date): Promise<void> {
  await db.updateTable('officer_sessions').set({ last_seen_at: new Date(), expires_at: expiresAt }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom('officer_sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteOfficerSessions(db: Executor, officerId: number): Promise<void> {
  await db.deleteFrom('officer_sessions').where('officer_id', '=', officerId).execute();
}

export async function deleteExpiredSessions(db: Executor, officerId: number): Promise<void> {
  await db.deleteFrom('officer_sessions').where('officer_id', '=', officerId).where('expires_at', '<', new Date()).execute();
}

/** The active officers of one unit, for choosing whom to assign. */
export function listUnitOfficers(db: Executor, unitId: number) {
  return db
    .selectFrom('officers')
    .select(['username', 'display_name', 'role'])
    .where('unit_id', '=', unitId)
    .where('active', '=', true)
    .orderBy('display_name')
    .execute();
}
