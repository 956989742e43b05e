import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimits } from '../../../server/src/features/rate-limits/rate-limits.service.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';

let t: TestApp;
let limits: RateLimits;
beforeAll(async () => {
  t = await buildTestApp();
  limits = new RateLimits(t.database.db);
});
afterAll(() => t?.close());

describe('rate-limit counters in the database', () => {
  it('count hits in a window, start again once it has passed, and keep subjects apart', async () => {
    expect((await limits.hit('test', '203.0.113.1', 1500)).count).toBe(1);
    const second = await limits.hit('test', '203.0.113.1', 1500);
    expect(second.count).toBe(2);
    expect(second.ttlMs).toBeGreaterThan(0);
    expect(second.ttlMs).toBeLessThanOrEqual(1500);
    expect((await limits.hit('test', '203.0.113.2', 1500)).count).toBe(1);
    expect((await limits.hit('other', '203.0.113.1', 1500)).count).toBe(1);
    await new Promise((r) => setTimeout(r, 1600));
    expect(await limits.peek('test', '203.0.113.1')).toBeNull();
    expect((await limits.hit('test', '203.0.113.1', 1500)).count).toBe(1);
  });

  it('count concurrent hits exactly', async () => {
    const counts = await Promise.all(Array.from({ length: 25 }, () => limits.hit('concurrent', '203.0.113.9', 60_000)));
    expect(counts.map((c) => c.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('store no address or username in clear, and delete expired counters', async () => {
    await limits.hit('short', '198.51.100.77', 1);
    await new Promise((r) => setTimeout(r, 20));
    const keys = (await t.database.db.selectFrom('rate_limit_counters').select('key').execute()).map((r) => r.key);
    expect(keys.join(' ')).not.toContain('198.51.100.77');
    await limits.cleanup();
    const left = await t.database.db.selectFrom('rate_limit_counters').select('key').where('expires_at', '<=', new Date()).execute();
    expect(left).toEqual([]);
  });
});

describe('batched hits (searches), shared by every process', () => {
  it('count every hit in the database once flushed, and reach the limit across two processes', async () => {
    const other = new RateLimits(t.database.db);
    const seen: number[] = [];
    for (let i = 0; i < 40; i++) seen.push((await (i % 2 ? other : limits).hitBatched('search', '203.0.113.50', 60_000)).count);
    await Promise.all([limits.flush(), other.flush()]);
    expect((await limits.peek('search', '203.0.113.50'))?.count).toBe(40);
    // Each process answers at least its own hits plus what the other had written when it last read.
    expect(Math.max(...seen)).toBeGreaterThanOrEqual(20);
    // A process learns the shared count when it next writes its own hits.
    await other.hitBatched('search', '203.0.113.50', 60_000);
    await other.flush();
    const after = await other.hitBatched('search', '203.0.113.50', 60_000);
    expect(after.count).toBe(42);
  });

  it('count at once, with no wait, the hits of a counter this process has read, and write them with the batch', async () => {
    expect(limits.hitBatchedNow('search', '203.0.113.52')).toBeNull(); // never read here: hitBatched writes it
    expect((await limits.hitBatched('search', '203.0.113.52', 60_000)).count).toBe(1);
    const now = Array.from({ length: 5 }, () => limits.hitBatchedNow('search', '203.0.113.52'));
    expect(now.map((c) => c?.count)).toEqual([2, 3, 4, 5, 6]);
    expect(now[4]!.ttlMs).toBeGreaterThan(0);
    expect((await limits.hitBatched('search', '203.0.113.52', 60_000)).count).toBe(7);
    await limits.flush();
    expect((await limits.peek('search', '203.0.113.52'))?.count).toBe(7);
  });

  it('write a batch in one statement per counter', async () => {
    for (let i = 0; i < 100; i++) await limits.hitBatched('search', '203.0.113.51', 60_000);
    expect((await limits.peek('search', '203.0.113.51'))?.count).toBe(1);
    await limits.flush();
    expect((await limits.peek('search', '203.0.113.51'))?.count).toBe(100);
  });
});
