import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { startFakeZalo, type FakeZalo } from '../../helpers/fake-zalo/fake-zalo.ts';
import { newDevice, topicIds, validBody } from '../feedback/feedback-fixtures.ts';
import { me, mine, sendPhone, submitAs, zaloConfigFor } from './zalo-fixtures.ts';

let zalo: FakeZalo;
let t: TestApp;
let logs = '';

beforeAll(async () => {
  zalo = await startFakeZalo();
  const stream = new PassThrough();
  stream.on('data', (chunk) => (logs += chunk.toString()));
  t = await buildTestApp({ logLevel: 'trace', secretKey: 'test-secret-key-of-at-least-32-characters', zalo: zaloConfigFor(zalo) }, stream);
});
afterAll(async () => {
  await t?.close();
  await zalo?.stop();
});

describe('logs, with Zalo identities', () => {
  it('never contain a Zalo user’s name, phone, ids or tokens, whatever happens to the request', async () => {
    const user = zalo.addUser({ name: 'Quách Thị Kín Đáo' });
    const device = newDevice();
    const [topic] = await topicIds(t.app);
    const phoneToken = zalo.phoneToken(user.accessToken, '84987654321');

    expect((await me(t.app, { token: user.accessToken, device })).statusCode).toBe(200);
    expect((await sendPhone(t.app, { token: user.accessToken, device }, phoneToken)).statusCode).toBe(200);
    expect((await sendPhone(t.app, { token: user.accessToken }, 'forged-phone-token')).statusCode).toBe(400);
    expect((await submitAs(t.app, { token: user.accessToken, device }, validBody(topic))).statusCode).toBe(201);
    expect((await mine(t.app, { token: user.accessToken })).statusCode).toBe(200);
    expect((await mine(t.app, { token: 'refused-token-of-someone' })).statusCode).toBe(401);
    zalo.failNext('graph.me', -500);
    const other = zalo.addUser({ name: 'Quách Văn Giấu Tên' });
    expect((await me(t.app, { token: other.accessToken })).statusCode).toBe(503);

    expect(logs).toContain('zalo graph did not resolve');
    for (const secret of [
      'Kín Đáo', 'Giấu Tên', '84987654321', '0987654321', '0987 654 321', '654 321',
      user.id, user.idByOa, other.id, user.accessToken, other.accessToken, phoneToken, 'refused-token-of-someone', 'forged-phone-token',
    ]) {
      expect(logs, secret).not.toContain(secret);
    }
  });
});
