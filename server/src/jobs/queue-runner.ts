import type { FastifyBaseLogger } from 'fastify';

export interface QueueWork<T> {
  /** Claims due items in the database (FOR UPDATE SKIP LOCKED, with a lease), at most `limit`. */
  claim(limit: number): Promise<T[]>;
  /** Handles one claimed item, recording its outcome in the database. */
  handle(item: T): Promise<void>;
}

/**
 * Works a table-backed queue: claims a batch, handles it, and claims again while there is work;
 * otherwise waits `pollMs` (work enqueued by another process, retries coming due) or a `kick()`
 * from this process. The queue's state lives in the database: a process that dies mid-item leaves
 * a lease that expires, and another process takes the item again.
 */
export class QueueRunner<T> {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;

  constructor(
    private readonly name: string,
    private readonly work: QueueWork<T>,
    private readonly log: FastifyBaseLogger,
    private readonly options: { pollMs: number; batch: number; concurrency: number },
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** New work was just enqueued here: look now rather than at the next poll. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  /** Stops claiming and waits for the items in hand. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One pass until the queue has nothing due (tests and shutdown drains). */
  async drain(): Promise<void> {
    for (;;) {
      const items = await this.work.claim(this.options.batch);
      if (items.length === 0) return;
      await this.handleAll(items);
    }
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.pass().finally(() => {
        this.running = null;
        const soon = this.again;
        this.again = false;
        this.schedule(soon ? 0 : this.options.pollMs);
      });
    }, ms);
    this.timer.unref();
  }

  private async pass(): Promise<void> {
    try {
      while (!this.stopped) {
        const items = await this.work.claim(this.options.batch);
        if (items.length === 0) return;
        await this.handleAll(items);
      }
    } catch (error) {
      this.log.error({ err: error, queue: this.name }, 'queue pass failed; trying again at the next poll');
    }
  }

  private async handleAll(items: T[]): Promise<void> {
    let next = 0;
    const lane = async () => {
      while (next < items.length) {
        const item = items[next++];
        await this.work.handle(item).catch((error) => this.log.error({ err: error, queue: this.name }, 'queue item not handled; its lease will expire'));
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency, items.length) }, lane));
  }
}
