import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The Zalo runtime is not here: its one wrapper module stands in, giving the token getAccessToken() would.
const zalo = vi.hoisted(() => ({ token: null as string | null, forgotten: 0 }));
vi.mock('../../../../miniapp/src/lib/zalo.ts', () => ({
  getZaloAccessToken: async () => zalo.token,
  forgetZaloAccessToken: () => {
    zalo.forgotten++;
  },
}));

// Imported by a computed path: the Mini App's sources are typechecked by its own project (vite's types), not the tests'.
const API_CLIENT = '../../../../miniapp/src/lib/api-client.ts';
const { apiRequest } = (await import(/* @vite-ignore */ API_CLIENT)) as {
  apiRequest: (path: string, options?: { headers?: Record<string, string> }) => Promise<unknown>;
};

let sent: { url: string; headers: Record<string, string> }[] = [];
let status = 200;

beforeEach(() => {
  sent = [];
  status = 200;
  zalo.token = null;
  zalo.forgotten = 0;
  vi.stubGlobal('fetch', async (url: string, init: { headers: Record<string, string> }) => {
    sent.push({ url, headers: init.headers });
    return new Response(JSON.stringify(status === 200 ? { ok: true } : { error: { code: 'UNAUTHENTICATED', message: 'Phiên Zalo đã hết hạn' } }), { status });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('the Mini App API client and the Zalo identity', () => {
  it('sends the Zalo token as Bearer to the citizen API inside Zalo', async () => {
    zalo.token = 'zalo-token';
    await apiRequest('/api/v1/feedback/mine', { headers: { 'X-Device-Id': 'd' } });
    expect(sent[0].headers).toMatchObject({ Authorization: 'Bearer zalo-token', 'X-Device-Id': 'd' });
  });

  it('sends none in a plain browser, and never to the console', async () => {
    await apiRequest('/api/v1/feedback/mine');
    zalo.token = 'zalo-token';
    await apiRequest('/api/v1/console/feedback');
    expect(sent.map((s) => s.headers.Authorization)).toEqual([undefined, undefined]);
  });

  it('drops a token the server refused, so the next request asks Zalo again', async () => {
    zalo.token = 'expired';
    status = 401;
    await expect(apiRequest('/api/v1/me')).rejects.toThrow('Phiên Zalo đã hết hạn');
    expect(zalo.forgotten).toBe(1);
  });
});
