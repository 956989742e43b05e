import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t?.close());

const preflight = (url: string, origin: string, method = 'POST') =>
  t.app.inject({
    method: 'OPTIONS',
    url,
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'content-type,idempotency-key,x-device-id' },
  });

describe('CORS for the Mini App inside Zalo', () => {
  it('answers a preflight from Zalo’s Mini App origin for the citizen API', async () => {
    const res = await preflight('/api/v1/units/binh-giang/feedback', 'https://h5.zdn.vn');
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('https://h5.zdn.vn');
    expect(String(res.headers['access-control-allow-methods'])).toContain('POST');
    expect(String(res.headers['access-control-allow-headers']).toLowerCase()).toContain('x-device-id');
  });

  it('lets a Zalo origin and localhost read citizen answers', async () => {
    for (const origin of ['https://h5.zdn.vn', 'zbrowser://h5.zdn.vn', 'http://localhost:5173']) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/units', headers: { origin } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['access-control-allow-origin'], origin).toBe(origin);
    }
  });

  it('refuses another origin: no allow header', async () => {
    const res = await preflight('/api/v1/units/binh-giang/feedback', 'https://evil.example');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const get = await t.app.inject({ method: 'GET', url: '/api/v1/units', headers: { origin: 'https://h5.zdn.vn.evil.example' } });
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('never allows the console from another origin, not even Zalo’s', async () => {
    for (const origin of ['https://h5.zdn.vn', 'http://localhost:5173']) {
      const res = await preflight('/api/v1/console/session', origin);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const get = await t.app.inject({ method: 'GET', url: '/api/v1/console/me', headers: { origin } });
      expect(get.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('lets the Mini App load published photos from its own origin (Cross-Origin-Resource-Policy)', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/photos/${crypto.randomUUID()}`, headers: { origin: 'https://h5.zdn.vn' } });
    // Not found, but the policy is the photo route's: the same header on the image itself.
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const api = await t.app.inject({ method: 'GET', url: '/api/v1/units' });
    expect(api.headers['cross-origin-resource-policy']).toBe('same-origin');
  });
});
