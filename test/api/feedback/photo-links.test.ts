/** A citizen's signed photo link carries its expiry; an expired one stops working, a fresh read gives a new one. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tinyJpeg } from '../../helpers/test-images.ts';
import { buildFeedbackApp, newDevice, submit, topicIds, upload, validBody } from './feedback-fixtures.ts';

let t: Awaited<ReturnType<typeof buildFeedbackApp>>;
let code: string;
let accessKey: string;
beforeAll(async () => {
  t = await buildFeedbackApp();
  const device = newDevice();
  const photoId = (await upload(t.app, tinyJpeg(), { device })).json().id;
  const [topic] = await topicIds(t.app);
  ({ code, accessKey } = (await submit(t.app, validBody(topic!, { photoIds: [photoId] }), { device })).json());
});
afterAll(() => t?.close());
afterAll(() => vi.useRealTimers());

const photoUrl = async (): Promise<string> =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/feedback/${code}`, headers: { 'x-access-key': accessKey } })).json().photos[0].url;
const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('photo links expire', () => {
  it('carries an expiry about an hour ahead, and works until then', async () => {
    const url = await photoUrl();
    const exp = Number(new URL(url, 'http://x').searchParams.get('exp'));
    expect(exp * 1000).toBeGreaterThan(Date.now() + 50 * 60_000);
    expect(exp * 1000).toBeLessThanOrEqual(Date.now() + 61 * 60_000);
    const res = await get(url);
    expect(res.statusCode).toBe(200);
    expect(Number(/max-age=(\d+)/.exec(String(res.headers['cache-control']))?.[1])).toBeLessThanOrEqual(3600);
  });

  it('refuses a link whose expiry was moved, or that has none', async () => {
    const url = await photoUrl();
    const later = url.replace(/exp=\d+/, `exp=${Math.floor(Date.now() / 1000) + 365 * 24 * 3600}`);
    expect((await get(later)).statusCode).toBe(404);
    expect((await get(url.replace(/exp=\d+&/, ''))).statusCode).toBe(404);
    expect((await get(url.replace(/exp=\d+/, 'exp=abc'))).statusCode).toBe(400);
  });

  it('answers an expired link with 403 and a Vietnamese message; the PAKN read again gives a working link', async () => {
    const url = await photoUrl();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 2 * 3600_000 });
    try {
      const res = await get(url);
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toEqual({ code: 'FORBIDDEN', message: expect.stringMatching(/hết hạn.*mở lại phản ánh/) });
      const fresh = await photoUrl();
      expect(fresh).not.toBe(url);
      expect((await get(fresh)).statusCode).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });
});
