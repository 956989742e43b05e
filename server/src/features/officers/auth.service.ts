import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { UnauthenticatedError } from '../../lib/domain-errors.ts';
import type { AuthenticatedOfficer } from '../../plugins/officer-auth.ts';
import { burnPasswordCheck, verifyPassword } from './password.ts';
import type { LoginThrottle } from './login-throttle.ts';
import * as repo from './officers.repository.ts';

/** A session unused this long ends (sliding); SESSION_MAX_HOURS ends it however active. */
const IDLE_HOURS = 12;

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

const wrongCredentials = () =>
  new UnauthenticatedError('UNAUTHENTICATED', 'Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra và thử lại.');

export interface LoginAttempt {
  username: string;
  password: string;
  /** The client address (the socket's, or the trusted proxy's X-Forwarded-For). */
  address: string;
}

/**
 * Checks a username and password and opens a new session: a new token every time
 * (session rotation). Wrong passwords are throttled, never lock the account; an
 * unknown username costs the same password check and gets the same answer.
 */
export async function login(
  db: Kysely<DB>,
  throttle: LoginThrottle,
  { username, password, address }: LoginAttempt,
  sessionMaxHours: number,
): Promise<{ token: string; expiresAt: Date }> {
  const name = username.trim().toLowerCase();
  await throttle.check(name, address);
  const officer = await repo.findOfficerByUsername(db, name);
  let valid = false;
  if (officer?.active) valid = await verifyPassword(password, officer.password_hash);
  else await burnPasswordCheck(password);
  if (!officer || !valid) {
    await throttle.failed(name, address);
    throw wrongCredentials();
  }
  await throttle.succeeded(name, address);

  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + Math.min(IDLE_HOURS, sessionMaxHours) * 3600_000);
  await db.transaction().execute(async (tx) => {
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
export async function resolveSession(db: Kysely<DB>, token: string, sessionMaxHours: number): Promise<AuthenticatedOfficer | null> {
  const sessionId = hashToken(token);
  const row = await repo.findSession(db, sessionId);
  if (!row || !row.active) return null;
  const now = Date.now();
  const absoluteEnd = row.created_at.getTime() + sessionMaxHours * 3600_000;
  if (row.expires_at.getTime() <= now || absoluteEnd <= now) {
    await repo.deleteSession(db, sessionId);
    return null;
  }
  // Sliding expiry, written at most once a minute, never past the absolute end.
  if (now - row.last_seen_at.getTime() > 60_000) {
    await repo.touchSession(db, sessionId, new Date(Math.min(now + IDLE_HOURS * 3600_000, absoluteEnd)));
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

/** "Đăng xuất mọi thiết bị": ends every session of the officer. */
export async function logoutEverywhere(db: Kysely<DB>, officerId: number): Promise<void> {
  await repo.deleteOfficerSessions(db, officerId);
}

/** Officers' sessions as one service: built once by the composition root with its database, throttle and lifetime. */
export class SessionService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly throttle: LoginThrottle,
    private readonly sessionMaxHours: number,
  ) {}

  login(attempt: LoginAttempt): Promise<{ token: string; expiresAt: Date }> {
    return login(this.db, this.throttle, attempt, this.sessionMaxHours);
  }

  resolve(token: string): Promise<AuthenticatedOfficer | null> {
    return resolveSession(this.db, token, this.sessionMaxHours);
  }

  logout(token: string): Promise<void> {
    return logout(this.db, token);
  }

  logoutEverywhere(officerId: number): Promise<void> {
    return logoutEverywhere(this.db, officerId);
  }
}
