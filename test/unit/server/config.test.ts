import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/src/config.ts';

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

  it('trusts no proxy by default, and reads TRUST_PROXY as a list of addresses and CIDRs', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16,::1' }).trustProxy).toEqual(['10.0.0.1', '10.1.0.0/16', '::1']);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
  });

  it('builds links from PUBLIC_URL, by default http://localhost:PORT', () => {
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://cchc.example.gov.vn/' }).publicUrl).toBe('https://cchc.example.gov.vn');
    expect(() => loadConfig({ PUBLIC_URL: 'cchc.example.gov.vn' })).toThrow(/PUBLIC_URL/);
  });

  it('allows Zalo’s Mini App origins and localhost by default, or the CORS_ORIGINS list', () => {
    expect(loadConfig({}).corsOrigins).toEqual(expect.arrayContaining(['https://h5.zdn.vn', 'http://localhost:*']));
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example.vn, https://*.b.example.vn' }).corsOrigins).toEqual(['https://a.example.vn', 'https://*.b.example.vn']);
    expect(() => loadConfig({ CORS_ORIGINS: 'not an origin' })).toThrow(/CORS_ORIGINS/);
  });

  it('limits an officer session to SESSION_MAX_HOURS, 12 by default', () => {
    expect(loadConfig({}).sessionMaxHours).toBe(12);
    expect(loadConfig({ SESSION_MAX_HOURS: '8' }).sessionMaxHours).toBe(8);
    expect(() => loadConfig({ SESSION_MAX_HOURS: '0' })).toThrow(/SESSION_MAX_HOURS/);
  });
});

describe('URGENT_WORKING_HOURS', () => {
  it('times khẩn PAKN in 8 working hours unless set, and refuses nonsense', () => {
    expect(loadConfig({}).urgentWorkingHours).toBe(8);
    expect(loadConfig({ URGENT_WORKING_HOURS: '4' }).urgentWorkingHours).toBe(4);
    expect(() => loadConfig({ URGENT_WORKING_HOURS: '0' })).toThrow(/URGENT_WORKING_HOURS/);
    expect(() => loadConfig({ URGENT_WORKING_HOURS: '8h' })).toThrow(/URGENT_WORKING_HOURS/);
  });
});
