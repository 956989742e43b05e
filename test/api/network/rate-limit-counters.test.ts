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
