import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CitizensService } from '../../../server/src/features/citizens/citizens.service.ts';
import type { TestApp } from '../../helpers/app.ts';
import { startFakeZalo, type FakeZalo } from '../../helpers/fake-zalo/fake-zalo.ts';
import { tinyJpeg } from '../../helpers/test-images.ts';
import { buildFeedbackApp, multipart, newDevice, topicIds, upload, validBody } from '../feedback/feedback-fixtures.ts';
import { citizenHeaders, me, mine, submitAs, zaloConfigFor } from './zalo-fixtures.ts';

let zalo: FakeZalo;
let t: TestApp & { dataDir: string };
let topic: number;

beforeAll(async () => {
  zalo = await startFakeZalo();
  // Low enough to reach in a test; every other test sends at most two PAKN per citizen.
  t = await buildFeedbackApp({ zalo: zaloConfigFor(zalo), feedbackCitizenRateLimit: 3 });
  [topic] = await topicIds(t.app);
});
afterAll(async () => {
  await t?.close();
  await zalo?.stop();
});

const codesOf = (res: { json(): { items: { code: string }[] } }) => res.json().items.map((i) => i.code).sort();
const keyOf = async (code: string) =>
  (await t.database.db.selectFrom('feedback').select('citizen_key').where('code', '=', code).executeTakeFirstOrThrow()).citizen_key;

describe('a Zalo user of the Mini App', () => {
  it('files PAKN under zalo:<app id>, and "mine" lists them from every device', async () => {
    const user = zalo.addUser({ name: 'Phạm Văn Một' });
    const [phoneA, phoneB] = [newDevice(), newDevice()];
    const a = await submitAs(t.app, { token: user.accessToken, device: phoneA }, validBody(topic));
    const b = await submitAs(t.app, { token: user.accessToken, device: phoneB }, validBody(topic));
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(await keyOf(a.json().code)).toBe(`zalo:${user.id}`);
    expect(await keyOf(b.json().code)).toBe(`zalo:${user.id}`);

    const listed = await mine(t.app, { token: user.accessToken, device: newDevice() });
    expect(listed.statusCode).toBe(200);
    expect(codesOf(listed)).toEqual([a.json().code, b.json().code].sort());
    // The devices themselves hold nothing: another Zalo user of the same phone sees none of it.
    expect((await mine(t.app, { device: phoneA })).json().items).toEqual([]);
  });

  it('keeps one citizen row with the app-scoped and OA-scoped ids and the Zalo name', async () => {
    const user = zalo.addUser({ name: 'Đỗ Thị Hai' });
    expect((await me(t.app, { token: user.accessToken })).json()).toEqual({ linked: true, name: 'Đỗ Thị Hai', phone: null, phoneMasked: null });
    await submitAs(t.app, { token: user.accessToken, device: newDevice() }, validBody(topic));
    const rows = await t.database.db.selectFrom('citizens').selectAll().where('zalo_app_user_id', '=', user.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ zalo_oa_user_id: user.idByOa, display_name: 'Đỗ Thị Hai', phone: null });

    // The integrator finds the citizen by the id the OA knows them by, and the OA user behind their PAKN.
    const citizens = new CitizensService(t.database.db);
    expect(await citizens.byOaUserId(user.idByOa)).toMatchObject({ appUserId: user.id, key: `zalo:${user.id}`, name: 'Đỗ Thị Hai' });
    expect(await citizens.oaUserOf(`zalo:${user.id}`)).toBe(user.idByOa);
    expect(await citizens.oaUserOf(`device:${newDevice()}`)).toBeNull();
  });

  it('gives an OA id to one citizen only: a stale holder loses it', async () => {
    const first = zalo.addUser({ name: 'Cũ', idByOa: '3468458835291970001' });
    await me(t.app, { token: first.accessToken });
    const second = zalo.addUser({ name: 'Mới', idByOa: '3468458835291970001' });
    expect((await me(t.app, { token: second.accessToken })).statusCode).toBe(200);
    const holders = await t.database.db.selectFrom('citizens').select('zalo_app_user_id').where('zalo_oa_user_id', '=', '3468458835291970001').execute();
    expect(holders).toEqual([{ zalo_app_user_id: second.id }]);
  });

  it('moves the PAKN a device filed before the first Zalo login to the citizen', async () => {
    const device = newDevice();
    const before = await submitAs(t.app, { device }, validBody(topic));
    expect(before.statusCode).toBe(201);
    expect(await keyOf(before.json().code)).toBe(`device:${device}`);
    // A photo uploaded before, not yet sent, follows too.
    const photo = await upload(t.app, tinyJpeg(), { device });
    expect(photo.statusCode).toBe(201);

    const user = zalo.addUser({ name: 'Vũ Văn Ba' });
    const after = await submitAs(t.app, { token: user.accessToken, device }, validBody(topic, { photoIds: [photo.json().id] }));
    expect(after.statusCode).toBe(201);
    expect(await keyOf(before.json().code)).toBe(`zalo:${user.id}`);

    const listed = await mine(t.app, { token: user.accessToken });
    expect(codesOf(listed)).toEqual([before.json().code, after.json().code].sort());
    // The access key the citizen kept still opens it.
    const opened = await t.app.inject({ method: 'GET', url: `/api/v1/feedback/${before.json().code}`, headers: { 'x-access-key': before.json().accessKey } });
    expect(opened.statusCode).toBe(200);
  });

  it('lists in "mine" the PAKN sent through the OA chat too (filed under the OA-scoped id)', async () => {
    const user = zalo.addUser({ name: 'Tô Văn Hai Kênh' });
    const fromApp = await submitAs(t.app, { token: user.accessToken }, validBody(topic));
    const fromOa = await submitAs(t.app, { device: newDevice() }, validBody(topic));
    // As the OA chat files it (its guided PAKN goes through the same service, under 'zalo-oa:<OA id>').
    await t.database.db.updateTable('feedback').set({ citizen_key: `zalo-oa:${user.idByOa}` }).where('code', '=', fromOa.json().code).execute();
    expect(codesOf(await mine(t.app, { token: user.accessToken }))).toEqual([fromApp.json().code, fromOa.json().code].sort());
    // Another citizen sees neither.
    expect((await mine(t.app, { token: zalo.addUser({ name: 'Người Khác' }).accessToken })).json().items).toEqual([]);
  });

  it('asks Graph once for a token, then answers from the cache', async () => {
    const user = zalo.addUser({ name: 'Ngô Thị Bốn' });
    const device = newDevice();
    const calls = zalo.calls['graph.me'];
    for (let i = 0; i < 5; i++) expect((await mine(t.app, { token: user.accessToken, device })).statusCode).toBe(200);
    await Promise.all([1, 2, 3].map(() => me(t.app, { token: user.accessToken })));
    expect(zalo.calls['graph.me'] - calls).toBe(1);
  });

  it('uploads a photo under the Zalo identity, and that citizen can attach it', async () => {
    const user = zalo.addUser({ name: 'Lý Văn Năm' });
    const form = multipart([{ name: 'file', filename: 'anh.jpg', contentType: 'image/jpeg', data: tinyJpeg() }]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      headers: { ...citizenHeaders({ token: user.accessToken }), 'content-type': form.contentType },
      payload: form.payload,
    });
    expect(res.statusCode).toBe(201);
    const row = await t.database.db.selectFrom('uploads').select('citizen_key').where('id', '=', res.json().id).executeTakeFirstOrThrow();
    expect(row.citizen_key).toBe(`zalo:${user.id}`);
  });
});

describe('the per-citizen limit', () => {
  it('counts a Zalo citizen as one, whatever device they write from', async () => {
    const user = zalo.addUser({ name: 'Kiều Văn Nhanh' });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await submitAs(t.app, { token: user.accessToken, device: newDevice() }, validBody(topic))).statusCode);
    expect(statuses).toEqual([201, 201, 201, 429]);
  });
});

describe('a flood of made-up tokens', () => {
  it('is stopped by the address limit before it reaches Zalo', async () => {
    const calls = zalo.calls['graph.me'];
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer made-up-${i}` }, remoteAddress: '10.250.0.1' });
      statuses.push(res.statusCode);
    }
    expect(statuses.filter((s) => s === 429).length).toBe(5);
    expect(zalo.calls['graph.me'] - calls).toBe(120);
  });
});

describe('inside Zalo (another origin)', () => {
  it('lets the Mini App send its Bearer token: the preflight allows Authorization', async () => {
    const res = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/feedback/mine',
      headers: { origin: 'https://h5.zdn.vn', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization,x-device-id' },
    });
    expect(res.statusCode).toBe(204);
    expect(String(res.headers['access-control-allow-headers']).toLowerCase()).toContain('authorization');
  });
});

describe('a token Zalo refuses', () => {
  it('answers 401 asking to reopen the app, and files nothing under the device', async () => {
    const device = newDevice();
    const res = await submitAs(t.app, { token: 'not-a-zalo-token', device }, validBody(topic));
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
    expect(res.json().error.message).toMatch(/mở lại/);
    expect((await mine(t.app, { device })).json().items).toEqual([]);
    for (const url of ['/api/v1/feedback/mine', '/api/v1/me']) {
      expect((await t.app.inject({ method: 'GET', url, headers: citizenHeaders({ token: 'not-a-zalo-token', device }) })).statusCode).toBe(401);
    }
  });

  it('answers 401 for an empty Bearer token without asking Zalo', async () => {
    const calls = zalo.calls['graph.me'];
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/feedback/mine', headers: { authorization: 'Bearer ', 'x-device-id': newDevice() } });
    expect(res.statusCode).toBe(401);
    expect(zalo.calls['graph.me']).toBe(calls);
  });

  it('answers 401 when Zalo says the token expired (-216)', async () => {
    const user = zalo.addUser({ name: 'Trịnh Văn Sáu' });
    zalo.failNext('graph.me', -216);
    expect((await me(t.app, { token: user.accessToken })).statusCode).toBe(401);
  });
});

describe('Zalo down', () => {
  it('answers 503 with a clear message (not 500), and the next try works', async () => {
    const user = zalo.addUser({ name: 'Hồ Thị Bảy' });
    zalo.failNext('graph.me', -500);
    const down = await submitAs(t.app, { token: user.accessToken, device: newDevice() }, validBody(topic));
    expect(down.statusCode).toBe(503);
    expect(down.json().error.code).toBe('SERVICE_UNAVAILABLE');
    expect(down.json().error.message).toMatch(/Zalo/);
    expect(down.headers['retry-after']).toBeDefined();
    const again = await submitAs(t.app, { token: user.accessToken, device: newDevice() }, validBody(topic));
    expect(again.statusCode).toBe(201);
  });
});

describe('without a Zalo token', () => {
  it('keeps the device identity, and "me" is not linked', async () => {
    const device = newDevice();
    const res = await submitAs(t.app, { device }, validBody(topic));
    expect(res.statusCode).toBe(201);
    expect(await keyOf(res.json().code)).toBe(`device:${device}`);
    expect((await me(t.app, { device })).json()).toEqual({ linked: false, name: null, phone: null, phoneMasked: null });
  });
});
