import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import { vietnamDay } from '@cchc/shared/plan/periods';
import type { DB } from '../../db/schema.ts';
import { RateLimitedError } from '../../lib/domain-errors.ts';
import { articleNotFound } from './articles.service.ts';
import { publishedUnitOf } from './articles.repository.ts';
import { addReaderEvents, forgetSeenBefore, type ReaderEvent } from './reader-counts.repository.ts';

export interface ReaderCountsOptions {
  /** How often the buffered events are written (one statement per flush). */
  flushMs: number;
  /** Events held at most; beyond, new ones are refused (429) until a flush succeeds. */
  maxPending: number;
  /** How long a process trusts what it read about an article being published. */
  articleCacheMs: number;
}

const DEFAULTS: ReaderCountsOptions = { flushMs: 1000, maxPending: 200_000, articleCacheMs: 5000 };
const LOCAL_SEEN_MAX = 500_000;
const ARTICLE_CACHE_MAX = 20_000;

/**
 * Unique readers and sharers per article and Viet Nam day, counted without identity.
 *
 * A reader (device or Zalo id) becomes a token: HMAC(server secret, kind | day | article | reader),
 * so the token says nothing about who read and differs every day and for every article. An event
 * is decided on arrival: one this process has already counted today is answered `counted: false`;
 * otherwise it is accepted into a buffer. Every second the buffer goes to the database in one
 * statement that inserts the tokens into the day's dedupe set and adds to the counts only the
 * tokens that were new (so a reader who reached two processes is still counted once), both in the
 * same statement: a crash loses at most the events since the last flush, and never counts one
 * twice. The dedupe set of past days is deleted; the counts table holds only numbers.
 * On close (app onClose) the buffer is flushed, so a graceful shutdown loses nothing.
 */
export class ReaderCountsService {
  private pending: ReaderEvent[] = [];
  private seen = new Set<string>();
  private seenDay = '';
  private cleanedDay = '';
  private articles = new Map<number, { unit: Promise<number | null>; until: number }>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private key: Buffer | null = null;
  private readonly options: ReaderCountsOptions;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly secret: () => Promise<Buffer>,
    private readonly log: FastifyBaseLogger,
    options: Partial<ReaderCountsOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Counts a view or share of a published article of the unit by this reader today. */
  async record(unitId: number, articleId: number, kind: 'view' | 'share', reader: string, now = new Date()): Promise<{ counted: boolean }> {
    if ((await this.publishedUnit(articleId)) !== unitId) throw articleNotFound();
    const day = vietnamDay(now);
    if (day !== this.seenDay) {
      this.seen.clear();
      this.seenDay = day;
    }
    const token = crypto.createHmac('sha256', await this.hmacKey()).update(`${kind}|${day}|${articleId}|${reader}`).digest().subarray(0, 16);
    const local = token.toString('base64');
    if (this.seen.has(local)) return { counted: false };
    if (this.pending.length >= this.options.maxPending) {
      throw new RateLimitedError('RATE_LIMITED', 'Máy chủ đang bận ghi lượt đọc. Vui lòng thử lại sau ít giây.', 2);
    }
    // The local set only saves the database work; the database's set is the authority.
    if (this.seen.size >= LOCAL_SEEN_MAX) this.seen.clear();
    this.seen.add(local);
    this.pending.push({ articleId, unitId, day, kind, token });
    this.start();
    return { counted: true };
  }

  /** Writes what is buffered; resolves when written (or kept for the next try after a failure). */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.flushOnce());
    return this.flushing;
  }

  /** Accepted events not yet written. */
  get pendingCount(): number {
    return this.pending.length;
  }

  /** The article is no longer published (this process stops counting it at once; others within seconds). */
  forget(articleId: number): void {
    this.articles.delete(articleId);
  }

  /** Stops the timer and writes every accepted event, retrying a few times. */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (let attempt = 0; attempt < 5 && this.pending.length > 0; attempt++) {
      await this.flush();
      if (this.pending.length > 0) await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
    }
    await this.flushing;
    if (this.pending.length > 0) this.log.error({ pending: this.pending.length }, 'article reader events could not be written before shutdown');
  }

  private start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), this.options.flushMs);
    this.timer.unref();
  }

  private async flushOnce(): Promise<void> {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    try {
      await addReaderEvents(this.db, batch);
    } catch (error) {
      // The statement did not commit: nothing of the batch was counted, so it is safe to retry.
      this.pending = batch.concat(this.pending);
      this.log.warn({ err: error, events: batch.length }, 'article reader events not written yet; retrying');
      return;
    }
    const today = vietnamDay(new Date());
    if (today !== this.cleanedDay) {
      await forgetSeenBefore(this.db, today).then(
        () => (this.cleanedDay = today),
        (error) => this.log.warn({ err: error }, 'old reader dedupe tokens not deleted yet'),
      );
    }
  }

  private async hmacKey(): Promise<Buffer> {
    this.key ??= crypto.createHmac('sha256', await this.secret()).update('article-readers').digest();
    return this.key;
  }

  private publishedUnit(articleId: number): Promise<number | null> {
    const now = Date.now();
    const cached = this.articles.get(articleId);
    if (cached && cached.until > now) return cached.unit;
    if (this.articles.size >= ARTICLE_CACHE_MAX) this.articles.clear();
    const unit = publishedUnitOf(this.db, articleId);
    this.articles.set(articleId, { unit, until: now + this.options.articleCacheMs });
    unit.catch(() => this.articles.delete(articleId));
    return unit;
  }
}
