import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.ts';
import { startFakeZalo, type FakeZalo } from '../../helpers/fake-zalo/fake-zalo.ts';
import { buildFeedbackApp, newDevice } from '../feedback/feedback-fixtures.ts';
import { me, sendPhone, zaloConfigFor } from './zalo-fixtures.ts';

let zalo: FakeZalo;
let t: TestApp & { dataDir: string };

beforeAll(async () => {
  zalo = await startFakeZalo();
  t = await buildFeedbackApp({ zalo: zaloConfigFor(zalo) });
});
afterAll(async () => {
  await t?.close();
  await zalo?.stop();
});

const storedPhone = async (appUserId: string) =>
  (await t.database.db.selectFrom('citizens').select(['phone', 'phone_confirmed_at']).where('zalo_app_user_id', '=', appUserId).executeTakeFirstOrThrow());

describe('the Zalo phone number, after consent', () => {
  it('is decoded once on the server, stored as Zalo gives it, and shown as people write it', async () => {
    const user = zalo.addUser({ name: 'Mai Thị Tám' });
    const before = zalo.calls['graph.me.info'];
    const phoneToken = zalo.phoneToken(user.accessToken, '84912345678');
    const res = await sendPhone(t.app, { token: user.accessToken, device: newDevice() }, phoneToken);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ linked: true, name: 'Mai Thị Tám', phone: '0912 345 678', phoneMasked: '0912 *** 678' });
    expect(zalo.calls['graph.me.info'] - before).toBe(1);
    const stored = await storedPhone(user.id);
    expect(stored.phone).toBe('84912345678');
    expect(stored.phone_confirmed_at).not.toBeNull();

    // The PAKN form prefills from GET /me: read from the citizen row, no new decoding.
    const again = await me(t.app, { token: user.accessToken });
    expect(again.json().phone).toBe('0912 345 678');
    expect(zalo.calls['graph.me.info'] - before).toBe(1);

    // A token gives the number once: sent again, it is refused and the stored number stays.
    const replay = await sendPhone(t.app, { token: user.accessToken }, phoneToken);
    expect(replay.statusCode).toBe(400);
    expect((await storedPhone(user.id)).phone).toBe('84912345678');
  });

  it('refuses an expired token, a forged one and another user’s, with a message to try again', async () => {
    const user = zalo.addUser({ name: 'Cao Văn Chín' });
    const other = zalo.addUser({ name: 'Cao Thị Mười' });
    for (const token of [
      zalo.phoneToken(user.accessToken, '84987000111', -1),
      'forged-phone-token',
      zalo.phoneToken(other.accessToken, '84987000222'),
    ]) {
      const res = await sendPhone(t.app, { token: user.accessToken }, token);
      expect(res.statusCode, token).toBe(400);
      expect(res.json().error.message).toMatch(/Dùng số điện thoại Zalo/);
    }
    expect((await storedPhone(user.id)).phone).toBeNull();
    expect((await me(t.app, { token: other.accessToken })).json().phone).toBeNull();
  });

  it('needs a Zalo identity: without a Bearer token, 401', async () => {
    const res = await sendPhone(t.app, { device: newDevice() }, 'whatever');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toMatch(/Zalo/);
  });

  it('answers 401 when Zalo says the session expired, 503 when Zalo fails, and stores nothing', async () => {
    const user = zalo.addUser({ name: 'Đinh Văn Mười Một' });
    await me(t.app, { token: user.accessToken });
    zalo.failNext('graph.me.info', -216);
    const expired = await sendPhone(t.app, { token: user.accessToken }, zalo.phoneToken(user.accessToken, '84911000111'));
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.message).toMatch(/mở lại/);

    const other = zalo.addUser({ name: 'Đinh Thị Mười Ba' });
    await me(t.app, { token: other.accessToken });
    zalo.failNext('graph.me.info', -500);
    const down = await sendPhone(t.app, { token: other.accessToken }, zalo.phoneToken(other.accessToken, '84911000222'));
    expect(down.statusCode).toBe(503);
    expect(down.json().error.code).toBe('SERVICE_UNAVAILABLE');
    expect((await storedPhone(user.id)).phone).toBeNull();
    expect((await storedPhone(other.id)).phone).toBeNull();
  });

  it('refuses a body without a token in words', async () => {
    const user = zalo.addUser({ name: 'Tạ Thị Mười Hai' });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/me/phone', headers: { authorization: `Bearer ${user.accessToken}` }, payload: {} });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
});
