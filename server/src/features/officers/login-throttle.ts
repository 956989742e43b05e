import { DomainError, RateLimitedError } from '../../lib/domain-errors.ts';
import type { Counter, RateLimits } from '../rate-limits/rate-limits.service.ts';

/** Wrong passwords for one account from all addresses are counted over this long. */
const WINDOW_MS = 15 * 60_000;
/** Wrong passwords for one account from one address are counted over this long (until a right one). */
const PAIR_WINDOW_MS = 24 * 3600_000;
/** Wrong passwords for one account from one address before that pair must wait: 1 minute, then twice as long each time. */
const PAIR_FREE_FAILURES = 5;
const PAIR_MAX_WAIT_MS = 60 * 60_000;
/** Wrong passwords for one account from all addresses before new addresses must wait. */
const ACCOUNT_MAX_FAILURES = 30;
/** An address the officer logged in from is recognised for this long. */
const KNOWN_ADDRESS_MS = 30 * 24 * 3600_000;

/**
 * Throttling instead of lockout (OWASP Authentication Cheat Sheet): no wrong password
 * ever locks an account. Guessing one account from one address waits after 5 wrong
 * passwords, 1 minute and then twice as long after each further one (at most an hour);
 * guessing it from many addresses makes only addresses the officer has never logged
 * in from wait, so an attacker cannot keep the real officer out. Keyed on
 * the typed username, so an unknown username is throttled exactly like a known one.
 * Every counter lives in the database, shared by all server processes.
 */
export class LoginThrottle {
  constructor(private readonly limits: RateLimits) {}

  /** Throws 429 when this attempt must wait; no password is tried then. */
  async check(username: string, address: string): Promise<void> {
    const wait = await this.limits.peek('login-wait-pair', pairOf(username, address));
    if (wait) throw throttled(wait);
    const account = await this.limits.peek('login-failures-account', username);
    if (account && account.count >= ACCOUNT_MAX_FAILURES && !(await this.limits.peek('login-known-address', pairOf(username, address)))) {
      throw throttled(account);
    }
  }

  async failed(username: string, address: string): Promise<void> {
    const pair = await this.limits.hit('login-failures-pair', pairOf(username, address), PAIR_WINDOW_MS);
    if (pair.count >= PAIR_FREE_FAILURES) {
      const waitMs = Math.min(PAIR_MAX_WAIT_MS, 60_000 * 2 ** Math.min(pair.count - PAIR_FREE_FAILURES, 10));
      await this.limits.hit('login-wait-pair', pairOf(username, address), waitMs);
    }
    await this.limits.hit('login-failures-account', username, WINDOW_MS);
  }

  async succeeded(username: string, address: string): Promise<void> {
    await this.limits.clear('login-failures-pair', pairOf(username, address));
    await this.limits.clear('login-wait-pair', pairOf(username, address));
    await this.limits.hit('login-known-address', pairOf(username, address), KNOWN_ADDRESS_MS);
  }
}

const pairOf = (username: string, address: string) => `${username}\u0000${address}`;

function throttled(counter: Counter): DomainError {
  const seconds = Math.max(1, Math.ceil(counter.ttlMs / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new RateLimitedError('RATE_LIMITED', `Đăng nhập sai nhiều lần. Vui lòng thử lại sau ${minutes} phút.`, seconds);
}
