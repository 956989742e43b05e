import { describe, expect, it } from 'vitest';
import { originMatcher } from '../../../../server/src/plugins/citizen-cors.ts';
import { DEFAULT_CORS_ORIGINS } from '../../../../server/src/config.ts';

describe('CORS origin patterns', () => {
  it('match the configured origins exactly, * standing for one host label or a port', () => {
    const allowed = originMatcher([...DEFAULT_CORS_ORIGINS, 'https://*.cchc.example.vn']);
    for (const origin of ['https://h5.zdn.vn', 'zbrowser://h5.zdn.vn', 'http://localhost:5173', 'http://127.0.0.1:3000', 'https://xa.cchc.example.vn']) {
      expect(allowed(origin), origin).toBe(true);
    }
    for (const origin of [
      'http://h5.zdn.vn',
      'https://h5.zdn.vn.evil.example',
      'https://evilh5.zdn.vn',
      'http://localhost',
      'http://localhost:5173.evil.example',
      'http://localhost.evil.example:80',
      'https://a.b.cchc.example.vn',
      'https://cchc.example.vn',
      'null',
    ]) {
      expect(allowed(origin), origin).toBe(false);
    }
  });
});
