import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../../server/src/config.ts';
import { loadSecretKey, secretKeyProvider } from '../../../../server/src/lib/secret-key.ts';

describe('the signing secret', () => {
  it('is created once in DATA_DIR/secret.key, readable by the owner only, and reused', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-secret-'));
    try {
      const first = await loadSecretKey(null, path.join(dir, 'data'));
      const file = path.join(dir, 'data', 'secret.key');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect((await loadSecretKey(null, path.join(dir, 'data'))).equals(first)).toBe(true);
      const [a, b] = await Promise.all([secretKeyProvider(null, dir)(), secretKeyProvider(null, dir)()]);
      expect(a.equals(b)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('comes from SECRET_KEY when set, which must be long enough', async () => {
    const key = 'k'.repeat(40);
    expect(loadConfig({ SECRET_KEY: key }).secretKey).toBe(key);
    expect((await loadSecretKey(key, '/nonexistent')).toString()).toBe(key);
    expect(() => loadConfig({ SECRET_KEY: 'short' })).toThrow(ConfigError);
  });

  it('has default PAKN rate limits and refuses wrong ones', () => {
    expect(loadConfig({})).toMatchObject({ secretKey: null, feedbackRateLimit: 20, feedbackCitizenRateLimit: 30, uploadRateLimit: 30 });
    expect(() => loadConfig({ UPLOAD_RATE_LIMIT: '0' })).toThrow(/UPLOAD_RATE_LIMIT/);
  });
});
