import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ sessionMaxHours: 12 });
});
afterAll(() => t?.close());

const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/v1/console/me', headers: { cookie } });
const tokenHashes = async (username: string) =>
  (
    await t.database.db
      .selectFrom('officer_sessions as s')
      .innerJoin('officers as o', 'o.id', 's.officer_id')
      .select('s.token_hash')
      .where('o.username', '=', username)
      .execute()
  ).map((r) => r.token_hash);

describe('session lifetime', () => {
  it('ends a session SESSION_MAX_HOURS after login, however active it has been', async () => {
    const { cookie } = await loginAs(t.app, 'canbo.binh-giang');
    expect((await me(cookie)).statusCode).toBe(200);
    // Logged in 12 h 1 min ago, used a minute ago: the sliding expiry alone would keep it alive.
    await t.database.db
      .updateTable('officer_sessions')
      .set({ created_at: sql`now() - interval '12 hours 1 minute'`, last_seen_at: sql`now() - interval '1 minute'`, expires_at: sql`now() + interval '11 hours'` } as never)
      .where('token_hash', 'in', await tokenHashes('canbo.binh-giang'))
      .execute();
    const res = await me(cookie);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('never extends a session past its absolute end', async () => {
    const { cookie } = await loginAs(t.app, 'canbo.nam-an-phu');
    const [hash] = await tokenHashes('canbo.nam-an-phu');
    await t.database.db
      .updateTable('officer_sessions')
      .set({ created_at: sql`now() - interval '11 hours'`, last_seen_at: sql`now() - interval '5 minutes'` } as never)
      .where('token_hash', '=', hash)
      .execute();
    expect((await me(cookie)).statusCode).toBe(200);
    const row = await t.database.db.selectFrom('officer_sessions').select(['created_at', 'expires_at']).where('token_hash', '=', hash).executeTakeFirstOrThrow();
    expect(row.expires_at.getTime() - row.created_at.getTime()).toBeLessThanOrEqual(12 * 3600_000 + 1000);
  });

  it('logs out every device of the officer (“đăng xuất mọi thiết bị”), and only theirs', async () => {
    const phone = await loginAs(t.app, 'canbo.kinh-mon');
    const desk = await loginAs(t.app, 'canbo.kinh-mon');
    const colleague = await loginAs(t.app, 'lanhdao.kinh-mon');
    const out = await t.app.inject({ method: 'DELETE', url: '/api/v1/console/sessions', headers: { ...phone } });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/cchc_session=;/);
    expect((await me(phone.cookie)).statusCode).toBe(401);
    expect((await me(desk.cookie)).statusCode).toBe(401);
    expect(await tokenHashes('canbo.kinh-mon')).toEqual([]);
    expect((await me(colleague.cookie)).statusCode).toBe(200);
  });

  it('needs a session and the CSRF token to log out everywhere', async () => {
    const desk = await loginAs(t.app, 'canbo.tu-minh');
    expect((await t.app.inject({ method: 'DELETE', url: '/api/v1/console/sessions' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/v1/console/sessions', headers: { cookie: desk.cookie } })).statusCode).toBe(403);
    expect((await me(desk.cookie)).statusCode).toBe(200);
  });
});

describe('console answers', () => {
  it('are never stored by a browser or a proxy (Cache-Control: no-store), errors included', async () => {
    const officer = await loginAs(t.app, 'canbo.le-chan');
    const answers = [
      await t.app.inject({ method: 'GET', url: '/api/v1/console/me', headers: { cookie: officer.cookie } }),
      await t.app.inject({ method: 'GET', url: '/api/v1/console/feedback', headers: { cookie: officer.cookie } }),
      await t.app.inject({ method: 'GET', url: '/api/v1/console/me' }),
      await t.app.inject({ method: 'POST', url: '/api/v1/console/session', payload: { username: 'x' } }),
    ];
    for (const res of answers) expect(res.headers['cache-control'], `${res.statusCode} ${res.body.slice(0, 80)}`).toBe('no-store');
  });
});
