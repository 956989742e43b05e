import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config.ts';

describe('configuration from the environment', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.logLevel).toBe('info');
  });

  it('reads every documented variable', () => {
    const config = loadConfig({ PORT: '8080', HOST: '127.0.0.1', DATA_DIR: '/tmp/x', DATABASE_URL: 'postgres://u@h/db', LOG_LEVEL: 'warn' });
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', dataDir: '/tmp/x', databaseUrl: 'postgres://u@h/db', logLevel: 'warn' });
  });

  it('lists every problem at once with a clear message', () => {
    expect(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('LOG_LEVEL');
      expect(message).toContain('DATABASE_URL');
    }
  });

  it('reads the upload limits: minutes before an unattached upload is removed, megabytes per address', () => {
    expect(loadConfig({})).toMatchObject({ uploadTtlMinutes: 60, uploadQuotaBytes: 40 * 1024 * 1024 });
    expect(loadConfig({ UPLOAD_TTL_MINUTES: '15', UPLOAD_QUOTA_MB: '10' })).toMatchObject({ uploadTtlMinutes: 15, uploadQuotaBytes: 10 * 1024 * 1024 });
    for (const env of [{ UPLOAD_TTL_MINUTES: '0' }, { UPLOAD_TTL_MINUTES: 'soon' }, { UPLOAD_QUOTA_MB: '-1' }, { UPLOAD_QUOTA_MB: '1.5' }]) {
      expect(() => loadConfig(env), JSON.stringify(env)).toThrow(/UPLOAD_(TTL_MINUTES|QUOTA_MB)/);
    }
  });
});
