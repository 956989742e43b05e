import type { Counter } from './rate-limits.repository.ts';

/** How long a process adds up hits of a counter it has already read before writing them. */
export const FLUSH_MS = 250;

type Write = (key: string, windowMs: number, hits: number) => Promise<Counter>;

interface Known {
  counter: Counter;
  readAt: number;
  windowMs: number;
  pending: number;
}

/**
 * Hits of generous, high-volume limits (searches) written to the database in batches:
 * the first hit of a window is counted there at once; the next ones are added up here
 * and written every FLUSH_MS. The count still lives in the database, shared by every
 * process; a process only answers from what it read at most FLUSH_MS ago plus its own
 * unwritten hits, so a limit of N a minute lets through at most a few more.
 */
export class BatchedHits {
  private readonly known = new Map<string, Known>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly write: Write) {}

  async hit(key: string, windowMs: number): Promise<Counter> {
    const counted = this.hitKnown(key);
    if (counted) return counted;
    const counter = await this.write(key, windowMs, 1);
    this.known.set(key, { counter, readAt: Date.now(), windowMs, pending: 0 });
    return counter;
  }

  /** The hit added up here when this process read the counter in its current window (no wait); else null, and hit() writes it. */
  hitKnown(key: string): Counter | null {
    const now = Date.now();
    const known = this.known.get(key);
    if (!known || now - known.readAt >= known.counter.ttlMs) return null;
    known.pending++;
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS).unref();
    return { count: known.counter.count + known.pending, ttlMs: known.counter.ttlMs - (now - known.readAt) };
  }

  /**
   * Writes every unwritten hit; a failed write keeps them for the next flush.
   * Flushes run one after another, so one that returns has seen every earlier write land
   * (a timer's flush may be in flight when shutdown asks for one).
   */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writePending());
    return this.flushing;
  }

  private async writePending(): Promise<void> {
    this.timer = null;
    const now = Date.now();
    await Promise.all(
      [...this.known].map(async ([key, known]) => {
        if (known.pending === 0) {
          if (now - known.readAt >= known.counter.ttlMs) this.known.delete(key);
          return;
        }
        const hits = known.pending;
        known.pending = 0;
        try {
          known.counter = await this.write(key, known.windowMs, hits);
          known.readAt = Date.now();
        } catch {
          known.pending += hits;
        }
      }),
    );
  }
}
