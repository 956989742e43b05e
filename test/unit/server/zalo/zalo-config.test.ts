import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../../server/src/config.ts';

const full = { ZALO_APP_ID: '3604567890123456789', ZALO_APP_SECRET: 's', ZALO_OA_ID: '1234567890987654321', ZALO_OA_SECRET: 'o' };

describe('Zalo configuration', () => {
  it('is off without any ZALO_ setting, and points at Zalo’s hosts by default', () => {
    expect(loadConfig({}).zalo).toBeNull();
    expect(loadConfig(full).zalo?.bases).toEqual({
      oa: 'https://openapi.zalo.me',
      oauth: 'https://oauth.zaloapp.com',
      graph: 'https://graph.zalo.me',
      zns: 'https://business.openapi.zalo.me',
    });
  });

  it('takes every base URL from the environment (the fake Zalo in tests)', () => {
    const zalo = loadConfig({ ...full, ZALO_OA_API_BASE: 'http://127.0.0.1:4010/', ZALO_GRAPH_BASE: 'http://127.0.0.1:4010' })?.zalo;
    expect(zalo?.bases.oa).toBe('http://127.0.0.1:4010');
    expect(zalo?.bases.graph).toBe('http://127.0.0.1:4010');
  });

  it('lists every missing piece at once', () => {
    let message = '';
    try {
      loadConfig({ ZALO_APP_ID: '1', ZALO_OA_ACCESS_TOKEN: 'a', ZALO_OAUTH_BASE: 'ftp://x' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    for (const name of ['ZALO_APP_SECRET', 'ZALO_OA_ID', 'ZALO_OA_SECRET', 'ZALO_OA_REFRESH_TOKEN', 'ZALO_OAUTH_BASE']) expect(message).toContain(name);
  });
});
