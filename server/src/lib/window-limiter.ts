/**
 * Counts hits per key in fixed windows, in this process's memory. For a second
 * limit on a route that @fastify/rate-limit already limits by address: that plugin
 * runs only one limiter per request.
 */
export class WindowLimiter {
  private readonly windows = new Map<string, { start: number; hits: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    /** Oldest keys are forgotten beyond this many, so memory stays bounded. */
    private readonly maxKeys = 50_000,
  ) {}

  /** Records a hit; null when allowed, otherwise the seconds until the window ends. */
  hit(key: string, now = Date.now()): number | null {
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      this.windows.delete(key);
      window = { start: now, hits: 0 };
      if (this.windows.size >= this.maxKeys) this.windows.delete(this.windows.keys().next().value!);
      this.windows.set(key, window);
    }
    window.hits++;
    return window.hits > this.max ? Math.ceil((window.start + this.windowMs - now) / 1000) : null;
  }
}
