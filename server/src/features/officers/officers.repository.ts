import type { OfficerRole } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

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
  // The start is the server's clock, like the expiry it is compared with (the database's clock may differ).
  await db
    .insertInto('officer_sessions')
    .values({ token_hash: s.tokenHash, officer_id: s.officerId, unit_id: s.unitId, csrf_token: s.csrfToken, expires_at: s.expiresAt, created_at: new Date() })
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

export async function deleteExpiredSessions(db: Executor, officerId: number): Promise<void> {
  await db.deleteFrom('officer_sessions').where('officer_id', '=', officerId).where('expires_at', '<', new Date()).execute();
}

/** Accounts as an administrator sees them: every unit (null) or one; disabled ones too. */
export function listManagedOfficers(db: Executor, unitId: number | null) {
  return db
    .selectFrom('officers as o')
    .innerJoin('units as u', 'u.id', 'o.unit_id')
    .select(['o.id', 'o.username', 'o.display_name', 'o.role', 'o.active', 'o.created_at', 'o.disabled_at', 'o.unit_id', 'u.slug as unit_slug', 'u.name as unit_name'])
    .$if(unitId !== null, (qb) => qb.where('o.unit_id', '=', unitId!))
    .execute();
}

export type ManagedOfficerRow = Awaited<ReturnType<typeof listManagedOfficers>>[number];

export function findManagedOfficer(db: Executor, username: string): Promise<ManagedOfficerRow | undefined> {
  return db
    .selectFrom('officers as o')
    .innerJoin('units as u', 'u.id', 'o.unit_id')
    .select(['o.id', 'o.username', 'o.display_name', 'o.role', 'o.active', 'o.created_at', 'o.disabled_at', 'o.unit_id', 'u.slug as unit_slug', 'u.name as unit_name'])
    .where('o.username', '=', username)
    .executeTakeFirst();
}

/** A new account; undefined when the username is taken. */
export async function insertOfficer(db: Executor, o: NewOfficer): Promise<number | undefined> {
  const row = await db
    .insertInto('officers')
    .values({ unit_id: o.unitId, username: o.username, display_name: o.displayName, role: o.role, password_hash: o.passwordHash })
    .onConflict((oc) => oc.column('username').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function setOfficerActive(db: Executor, id: number, active: boolean): Promise<void> {
  await db
    .updateTable('officers')
    .set({ active, disabled_at: active ? null : new Date(), failed_logins: 0, locked_until: null })
    .where('id', '=', id)
    .execute();
}

export async function setOfficerPassword(db: Executor, id: number, passwordHash: string): Promise<void> {
  await db.updateTable('officers').set({ password_hash: passwordHash, failed_logins: 0, locked_until: null }).where('id', '=', id).execute();
}

/** Ends every session of the account at once (disabled, password reset), but `keep` (the hash of the session asking). */
export async function deleteOfficerSessions(db: Executor, officerId: number, keep?: string): Promise<void> {
  await db
    .deleteFrom('officer_sessions')
    .where('officer_id', '=', officerId)
    .$if(keep !== undefined, (qb) => qb.where('token_hash', '<>', keep!))
    .execute();
}

export async function findPasswordHash(db: Executor, id: number): Promise<string | undefined> {
  return (await db.selectFrom('officers').select('password_hash').where('id', '=', id).executeTakeFirst())?.password_hash;
}

export function findActiveOfficer(db: Executor, unitId: number, username: string) {
  return db
    .selectFrom('officers')
    .select(['id', 'username', 'display_name'])
    .where('unit_id', '=', unitId)
    .where('username', '=', username)
    .where('active', '=', true)
    .executeTakeFirst();
}
