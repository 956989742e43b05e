import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, OfficerRole } from '../../db/schema.ts';
import { AppError } from '../../lib/app-error.ts';
import { burnPasswordCheck, verifyPassword } from './password.ts';
import * as repo from './officers.repository.ts';

const SESSION_HOURS = 12;
const MAX_FAILED_LOGINS = 5;
const LOCK_MINUTES = 15;

export interface AuthenticatedOfficer {
  id: number;
  unitId: number;
  unitSlug: string;
  unitName: string;
  role: OfficerRole;
  username: string;
  displayName: string;
  csrfToken: string;
  /** The hash of the session token: identifies this session. */
  sessionId: string;
}

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

const wrongCredentials = () =>
  new AppError(401, 'UNAUTHENTICATED', 'Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra và thử lại.');

/**
 * Checks a username and password and opens a new session. A new token every
 * time (session rotation); an account is locked for 15 minutes after 5 wrong
 * passwords in a row.
 */
export async function login(db: Kysely<DB>, username: string, password: string): Promise<{ token: string; expiresAt: Date }> {
  const officer = await repo.findOfficerByUsername(db, username.trim().toLowerCase());
  if (!officer || !officer.active) {
    await burnPasswordCheck(password);
    throw wrongCredentials();
  }
  if (officer.locked_until && officer.locked_until > new Date()) throw locked(officer.locked_until);

  if (!(await verifyPassword(password, officer.password_hash))) {
    const failures = officer.failed_logins + 1;
    const lockUntil = failures >= MAX_FAILED_LOGINS ? new Date(Date.now() + LOCK_MINUTES * 60_000) : null;
    await repo.recordFailedLogin(db, officer.id, lockUntil);
    if (lockUntil) throw locked(lockUntil);
    throw wrongCredentials();
  }

  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await db.transaction().execute(async (tx) => {
    await repo.clearFailedLogins(tx, officer.id);
    await repo.deleteExpiredSessions(tx, officer.id);
    await repo.insertSession(tx, {
      tokenHash: hashToken(token),
      officerId: officer.id,
      unitId: officer.unit_id,
      csrfToken: crypto.randomBytes(24).toString('base64url'),
      expiresAt,
    });
  });
  return { token, expiresAt };
}

/** The officer behind a session token, or null when it is unknown, expired or the account is disabled. */
export async function resolveSession(db: Kysely<DB>, token: string): Promise<AuthenticatedOfficer | null> {
  const sessionId = hashToken(token);
  const row = await repo.findSession(db, sessionId);
  if (!row || !row.active || row.expires_at < new Date()) return null;
  // Sliding expiry, written at most once a minute.
  if (Date.now() - row.last_seen_at.getTime() > 60_000) {
    await repo.touchSession(db, sessionId, new Date(Date.now() + SESSION_HOURS * 3600_000));
  }
  return {
    id: row.id,
    unitId: row.unit_id,
    unitSlug: row.unit_slug,
    unitName: row.unit_name,
    role: row.role,
    username: row.username,
    displayName: row.display_name,
    csrfToken: row.csrf_token,
    sessionId,
  };
}

export async function logout(db: Kysely<DB>, token: string): Promise<void> {
  await repo.deleteSession(db, hashToken(token));
}

function locked(until: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return new AppError(429, 'ACCOUNT_LOCKED', `Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ${minutes} phút.`, {
    'retry-after': String(minutes * 60),
  });
}
