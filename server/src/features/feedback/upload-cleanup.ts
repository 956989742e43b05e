import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { UploadStorage } from './upload-storage.ts';
import { deleteExpiredUploads } from './uploads.repository.ts';

const BATCH = 100;

/**
 * Removes uploads never attached to a PAKN once they are older than the TTL: the row
 * first (one DELETE … RETURNING, safe with several processes), then the file.
 */
export class UploadCleanup {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly storage: UploadStorage,
    private readonly ttlMinutes: number,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** One pass; returns how many uploads were removed. */
  async runOnce(): Promise<number> {
    let removed = 0;
    for (;;) {
      const paths = await deleteExpiredUploads(this.db, this.ttlMinutes, BATCH);
      for (const relative of paths) await this.storage.remove(relative).catch((error) => this.log.warn({ err: error }, 'expired upload file not removed'));
      removed += paths.length;
      if (paths.length < BATCH) return removed;
    }
  }

  start(intervalMs: number): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runOnce()
        .then((n) => {
          if (n > 0) this.log.info({ removed: n }, 'expired uploads removed');
          return n;
        })
        .catch((error) => {
          this.log.warn({ err: error }, 'expired uploads not removed');
          return 0;
        })
        .finally(() => {
          this.running = null;
        });
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
