import { describe, expect, it } from 'vitest';
import { TokenCache } from '../../../../../server/src/features/citizens/token-cache.ts';

describe('TokenCache', () => {
  it('answers from memory until the entry expires, then loads again', async () => {
    let now = 1000;
    const cache = new TokenCache<string>(60_000, 10, () => now);
    let loads = 0;
    const load = async () => `v${++loads}`;
    expect(await cache.getOrLoad('a', load)).toBe('v1');
    now += 59_999;
    expect(await cache.getOrLoad('a', load)).toBe('v1');
    now += 1;
    expect(await cache.getOrLoad('a', load)).toBe('v2');
  });

  it('shares one load between concurrent lookups, and keeps no failure', async () => {
    const cache = new TokenCache<string>(60_000, 10);
    let loads = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = async () => {
      loads++;
      await gate;
      return 'x';
    };
    const pending = [cache.getOrLoad('k', slow), cache.getOrLoad('k', slow), cache.getOrLoad('k', slow)];
    release();
    expect(await Promise.all(pending)).toEqual(['x', 'x', 'x']);
    expect(loads).toBe(1);

    await expect(cache.getOrLoad('bad', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.getOrLoad('bad', async () => 'up')).toBe('up');
  });

  it('holds at most maxEntries, dropping the oldest', async () => {
    const cache = new TokenCache<number>(60_000, 2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
  });
});
