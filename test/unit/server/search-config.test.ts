import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/src/config.ts';
import { SEED_DIR } from '../../../server/src/paths.ts';

describe('search configuration', () => {
  it('keeps 2,000 answers by default; SEARCH_CACHE_SIZE=0 turns the answer cache off; nonsense is refused', () => {
    expect(loadConfig({}).searchCacheSize).toBe(2000);
    expect(loadConfig({ SEARCH_CACHE_SIZE: '0' }).searchCacheSize).toBe(0);
    expect(() => loadConfig({ SEARCH_CACHE_SIZE: '-1' })).toThrow(/SEARCH_CACHE_SIZE/);
  });

  it('reads referrals from the seed folder unless REFERRALS_FILE says otherwise', () => {
    expect(loadConfig({}).referralsFile).toBe(path.join(SEED_DIR, 'referrals.json'));
    expect(loadConfig({ REFERRALS_FILE: 'conf/referrals.json' }).referralsFile).toBe(path.resolve('conf/referrals.json'));
  });
});
