import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { DB } from '../../db/schema.ts';
import type { OauthClient } from '../../zalo/oauth-client.ts';
import { findPair, insertFirstPair, lockPair, replacePair, type StoredPair } from './oa-tokens.repository.ts';

/** Refresh this long before Zalo says the access token expires. */
const EARLY_MS = 10 * 60_000;
/** A process trusts the pair it read this long before reading it again. */
const CACHE_MS = 5000;

export class OaNotConnectedError extends Error {
  constructor(reason: string) {
    super(`The Zalo OA is not connected: ${reason}`);
    this.name = 'OaNotConnectedError';
  }
}

/**
 * The OA's access token, shared by every process through the database. Zalo's refresh token is
 * single-use: a refresh happens only under the row's lock, and a process that waited for the lock
 * finds the pair already replaced (the access token it found stale is gone) and uses the new one,
 * so a refresh token is never sent twice, whatever the number of processes.
 */
export class OaTokens {
  private cached: { pair: StoredPair; until: number } | null = null;
  private seeded = false;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly oauth: OauthClient,
    private readonly oaId: string,
    private readonly first: { accessToken: string; refreshToken: string } | null,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** A working access token (refreshed first when it is about to expire). */
  async accessToken(now = Date.now()): Promise<string> {
    const pair = await this.current(now);
    if (pair.expiresAt.getTime() - EARLY_MS > now) return pair.accessToken;
    return this.refreshAfter(pair.accessToken);
  }

  /**
   * Zalo refused `stale` as invalid: returns the token to use instead, refreshing the pair only if
   * `stale` is still the stored one.
   */
  async refreshAfter(stale: string): Promise<string> {
    this.cached = null;
    await this.seed();
    const fresh = await this.db.transaction().execute(async (trx) => {
      const pair = await lockPair(trx, this.oaId);
      if (!pair) throw new OaNotConnectedError('no token pair stored');
      if (pair.accessToken !== stale && pair.expiresAt.getTime() - EARLY_MS > Date.now()) return pair;
      const next = await this.oauth.refresh(pair.refreshToken);
      const stored = await replacePair(trx, this.oaId, next);
      this.log.info({ generation: stored.generation }, 'zalo OA token pair refreshed');
      return stored;
    });
    this.cached = { pair: fresh, until: Date.now() + CACHE_MS };
    return fresh.accessToken;
  }

  private async current(now: number): Promise<StoredPair> {
    if (this.cached && this.cached.until > now) return this.cached.pair;
    await this.seed();
    const pair = await findPair(this.db, this.oaId);
    if (!pair) throw new OaNotConnectedError('no token pair stored (set ZALO_OA_ACCESS_TOKEN and ZALO_OA_REFRESH_TOKEN)');
    this.cached = { pair, until: now + CACHE_MS };
    return pair;
  }

  private async seed(): Promise<void> {
    if (this.seeded || !this.first) return;
    // Zalo gives the first access token about 25 hours; counted from now, a refresh happens by then anyway.
    await insertFirstPair(this.db, this.oaId, { ...this.first, expiresAt: new Date(Date.now() + 25 * 3600_000) });
    this.seeded = true;
  }
}
