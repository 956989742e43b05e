import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { BatchedHits } from './batched-hits.ts';
import * as repo from './rate-limits.repository.ts';

export type { Counter } from './rate-limits.repository.ts';

/** Expired counters are deleted once every this many hits (by whichever process counts it). */
const CLEANUP_EVERY = 1000;

/**
 * Counters in fixed windows, kept in the database so that every server process
 * sharing it counts together. A counter is named by a bucket (what is limited) and
 * a subject (who: an address, a device, an account); the subject is stored hashed.
 */
export class RateLimits {
  private hitsSinceCleanup = 0;
  private readonly batched: BatchedHits;

  constructor(private readonly db: Kysely<DB>) {
    this.batched = new BatchedHits((key, windowMs, hits) => repo.hit(this.db, key, windowMs, hits));
  }

  async hit(bucket: string, subject: string, windowMs: number): Promise<repo.Counter> {
    if (++this.hitsSinceCleanup >= CLEANUP_EVERY) {
      this.hitsSinceCleanup = 0;
      void this.cleanup();
    }
    return repo.hit(this.db, keyOf(bucket, subject), windowMs);
  }

  /** The same count for generous, high-volume limits, written in batches (see BatchedHits). */
  hitBatched(bucket: string, subject: string, windowMs: number): Promise<repo.Counter> {
    return this.batched.hit(keyOf(bucket, subject), windowMs);
  }

  /** A batched hit counted at once when this process knows the counter, else null (see BatchedHits.hitKnown). */
  hitBatchedNow(bucket: string, subject: string): repo.Counter | null {
    return this.batched.hitKnown(keyOf(bucket, subject));
  }

  /** Writes the batched hits not yet written (tests, shutdown). */
  flush(): Promise<void> {
    return this.batched.flush();
  }

  peek(bucket: string, subject: string): Promise<repo.Counter | null> {
    return repo.peek(this.db, keyOf(bucket, subject));
  }

  clear(bucket: string, subject: string): Promise<void> {
    return repo.clear(this.db, keyOf(bucket, subject));
  }

  /** Deletes expired counters; a failure only leaves them for the next time. */
  async cleanup(): Promise<void> {
    await repo.deleteExpired(this.db).catch(() => 0);
  }
}

/** Recent subjects' hashes: the same few addresses hit the generous limits many times a second. */
const hashed = new Map<string, string>();
const MAX_HASHED = 10_000;

function keyOf(bucket: string, subject: string): string {
  let hash = hashed.get(subject);
  if (hash === undefined) {
    hash = crypto.createHash('sha256').update(subject).digest('base64url').slice(0, 24);
    if (hashed.size >= MAX_HASHED) hashed.delete(hashed.keys().next().value!);
    hashed.set(subject, hash);
  }
  return `${bucket}|${hash}`;
}
