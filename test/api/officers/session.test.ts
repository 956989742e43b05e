import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';
import { DEFAULT_DEMO_PASSWORD } from '../../../server/src/config.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t?.close());

const login = (username: string, password: string, remoteAddress = '127.0.0.1', cookie?: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/console/session', payload: { username, password }, remoteAddress, headers: cookie ? { cookie } : {} });

describe('officer sessions', () => {
  it('logs a demo officer in with an HttpOnly, SameSite cookie and says who it is', async () => {
    const res = await login('canbo.binh-giang', DEFAULT_DEMO_PASSWORD);
    expect(res.statusCode).toBe(204);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^cchc_session=[A-Za-z0-9_-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/console/me', headers: { cookie: setCookie.split(';')[0] } });
    expect(me.json()).toMatchObject({ username: 'canbo.binh-giang', role: 'officer', unit: { slug: 'binh-giang', name: 'Xã Bình Giang' } });
    expect(me.json().csrfToken.length).toBeGreaterThan(20);
  });

  it('has a leader per demo unit and a city administrator', async () => {
    for (const username of ['lanhdao.kinh-mon', 'admin.hai-phong']) {
      expect((await login(username, DEFAULT_DEMO_PASSWORD)).statusCode).toBe(204);
    }
  });

  it('stores no password and no session token in clear', async () => {
    const officer = await t.database.db.selectFrom('officers').select('password_hash').where('username', '=', 'canbo.tu-minh').executeTakeFirstOrThrow();
    expect(officer.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(officer.password_hash).not.toContain(DEFAULT_DEMO_PASSWORD);
    const res = await login('canbo.tu-minh', DEFAULT_DEMO_PASSWORD);
    const token = String(res.headers['set-cookie']).split(';')[0].split('=')[1];
    const stored = await t.database.db.selectFrom('officer_sessions').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(token);
  });

  it('refuses a wrong password or an unknown user alike, with 401 in Vietnamese', async () => {
    const wrong = await login('canbo.nam-an-phu', 'sai-mat-khau');
    const unknown = await login('khong.co.ai', 'sai-mat-khau');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.message).toMatch(/Tên đăng nhập hoặc mật khẩu không đúng/);
  });

  // Each wrong password costs a real scrypt check: slow on a busy machine.
  it('lets the real officer in from their own address after 50 wrong passwords from 50 other addresses', { timeout: 90_000 }, async () => {
    expect((await login('lanhdao.ben-tam', DEFAULT_DEMO_PASSWORD, '10.0.1.200')).statusCode).toBe(204);
    for (let i = 0; i < 50; i++) {
      const res = await login('lanhdao.ben-tam', `sai-${i}`, `10.0.${10 + Math.floor(i / 10)}.${i}`);
      expect([401, 429]).toContain(res.statusCode);
    }
    expect((await login('lanhdao.ben-tam', DEFAULT_DEMO_PASSWORD, '10.0.1.200')).statusCode).toBe(204);
  });

  it('throttles guessing one account from one address, without denying the officer elsewhere', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await login('canbo.hong-bang', `sai-${i}`, '10.0.3.1')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const right = await login('canbo.hong-bang', DEFAULT_DEMO_PASSWORD, '10.0.3.1');
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe('RATE_LIMITED');
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login('canbo.hong-bang', DEFAULT_DEMO_PASSWORD, '10.0.3.2')).statusCode).toBe(204);
  });

  it('makes each further wrong password from that address wait twice as long', async () => {
    const guess = (i: number) => login('lanhdao.le-chan', `sai-${i}`, '10.0.6.1');
    for (let i = 0; i < 5; i++) expect((await guess(i)).statusCode).toBe(401);
    const first = await guess(5);
    expect(first.statusCode).toBe(429);
    expect(Number(first.headers['retry-after'])).toBeLessThanOrEqual(60);
    // The minute has passed: one more wrong password, then two minutes.
    await t.database.db.updateTable('rate_limit_counters').set({ expires_at: new Date(Date.now() - 1000) }).where('key', 'like', 'login-wait-pair|%').execute();
    expect((await guess(6)).statusCode).toBe(401);
    const second = await guess(7);
    expect(second.statusCode).toBe(429);
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(60);
    expect(Number(second.headers['retry-after'])).toBeLessThanOrEqual(120);
  });

  it('stops guessing one account from many addresses, except from an address the officer used before', { timeout: 90_000 }, async () => {
    expect((await login('canbo.vinh-bao', DEFAULT_DEMO_PASSWORD, '10.0.4.250')).statusCode).toBe(204);
    for (let i = 0; i < 35; i++) await login('canbo.vinh-bao', `sai-${i}`, `10.0.${20 + Math.floor(i / 4)}.${i}`);
    // The right password from a new address waits (no password is tried), the officer's own address does not.
    const fresh = await login('canbo.vinh-bao', DEFAULT_DEMO_PASSWORD, '10.0.4.251');
    expect(fresh.statusCode).toBe(429);
    expect(fresh.json().error.code).toBe('RATE_LIMITED');
    expect((await login('canbo.vinh-bao', DEFAULT_DEMO_PASSWORD, '10.0.4.250')).statusCode).toBe(204);
  });

  it('answers an unknown username exactly as a known one, also once throttled', async () => {
    const known: { status: number; body: string; retry: unknown }[] = [];
    const unknown: typeof known = [];
    for (let i = 0; i < 7; i++) {
      const a = await login('canbo.cat-hai', `sai-${i}`, '10.0.5.1');
      const b = await login('canbo.khong-ton-tai', `sai-${i}`, '10.0.5.2');
      known.push({ status: a.statusCode, body: a.body, retry: a.headers['retry-after'] !== undefined });
      unknown.push({ status: b.statusCode, body: b.body, retry: b.headers['retry-after'] !== undefined });
    }
    expect(known.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect(unknown).toEqual(known);
  });

  it('throttles login attempts per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await login(`khong.co.${i}`, 'x', '10.0.2.1')).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('rotates the session on login and ends it on logout', async () => {
    const first = await loginAs(t.app, 'canbo.le-chan');
    const again = await login('canbo.le-chan', DEFAULT_DEMO_PASSWORD, '127.0.0.1', first.cookie);
    const second = String(again.headers['set-cookie']).split(';')[0];
    expect(second).not.toBe(first.cookie);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/console/me', headers: { cookie: first.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/console/me', headers: { cookie: second } })).statusCode).toBe(200);
    const out = await t.app.inject({ method: 'DELETE', url: '/api/v1/console/session', headers: { cookie: second } });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/console/me', headers: { cookie: second } })).statusCode).toBe(401);
  });

  it('answers console calls without a session with 401', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/console/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('validates the login body', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/console/session', payload: { username: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/password/);
  });

  it('lists the officers of the own unit only, for assigning', async () => {
    const headers = await loginAs(t.app, 'canbo.binh-giang');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/console/officers', headers: { ...headers } });
    expect(res.json().items.map((o: { username: string }) => o.username).sort()).toEqual(['canbo.binh-giang', 'lanhdao.binh-giang']);
  });
});
