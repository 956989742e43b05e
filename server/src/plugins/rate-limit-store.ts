import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';

type Callback = Parameters<FastifyRateLimitStore['incr']>[1];

/** What the store needs of the rate-limits feature (handed in by the composition root). */
export interface HitCounter {
  hit(bucket: string, key: string, windowMs: number): Promise<{ count: number; ttlMs: number }>;
  /** The same count, the window's first hit at once and the rest written in batches. */
  hitBatched(bucket: string, key: string, windowMs: number): Promise<{ count: number; ttlMs: number }>;
  /** A batched hit counted at once when this process knows the counter; else null. */
  hitBatchedNow(bucket: string, key: string): { count: number; ttlMs: number } | null;
}

/**
 * A store for @fastify/rate-limit that keeps its counts in the database, so a limit
 * holds across every server process. Each route counts in its own bucket; the limiters
 * made with app.rateLimit() (the 404 handlers) share one. A route whose limit says
 * `batched: true` (generous, high-volume: searches) writes its hits in batches.
 */
export function databaseRateLimitStore(limits: HitCounter): FastifyRateLimitStoreCtor {
  return class DatabaseRateLimitStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      private readonly bucket = 'route:default',
      private readonly batched = false,
    ) {}

    incr(key: string, callback: Callback, timeWindow?: number): void {
      const window = timeWindow ?? 60_000;
      // Most hits of a batched limit are added up in this process: answered at once, with no promise.
      const counted = this.batched ? limits.hitBatchedNow(this.bucket, key) : null;
      if (counted) {
        callback(null, { current: counted.count, ttl: counted.ttlMs });
        return;
      }
      (this.batched ? limits.hitBatched(this.bucket, key, window) : limits.hit(this.bucket, key, window)).then(
        (counter) => callback(null, { current: counter.count, ttl: counter.ttlMs }),
        (error: Error) => callback(error),
      );
    }

    child(routeOptions: unknown): FastifyRateLimitStore {
      const options = routeOptions as { routeInfo?: { method?: string | string[]; url?: string }; batched?: boolean };
      const info = options.routeInfo;
      return new DatabaseRateLimitStore(null, info?.url ? `route:${String(info.method)} ${info.url}` : 'route:not-found', options.batched === true);
    }
  };
}
