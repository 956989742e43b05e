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
});

describe('URGENT_WORKING_HOURS', () => {
  it('times khẩn PAKN in 8 working hours unless set, and refuses nonsense', () => {
    expect(loadConfig({}).urgentWorkingHours).toBe(8);
    expect(loadConfig({ URGENT_WORKING_HOURS: '4' }).urgentWorkingHours).toBe(4);
    expect(() => loadConfig({ URGENT_WORKING_HOURS: '0' })).toThrow(/URGENT_WORKING_HOURS/);
    expect(() => loadConfig({ URGENT_WORKING_HOURS: '8h' })).toThrow(/URGENT_WORKING_HOURS/);
  });
});
