import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app.ts';
import { loadConfig } from '../../../server/src/config.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs, type OfficerHeaders } from '../../helpers/officers.ts';

let t: TestApp;
/** A second server process on the same database (as behind a load balancer). */
let other: FastifyInstance;
let otherDir: string;
let logs = '';
let city: OfficerHeaders;

beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk) => (logs += chunk));
  t = await buildTestApp({ logLevel: 'info' }, stream);
  otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-test-'));
  other = await buildApp({ config: { ...loadConfig({}), logLevel: 'silent', staticDir: null, dataDir: otherDir }, database: t.database });
  await other.ready();
  city = await loginAs(t.app, 'admin.hai-phong');
});
afterAll(async () => {
  await other?.close();
  await t?.close();
  if (otherDir) fs.rmSync(otherDir, { recursive: true, force: true });
});

const issue = (headers: OfficerHeaders, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/console/open311-keys', headers: { ...headers }, payload });
const revoke = (headers: OfficerHeaders, id: number) =>
  t.app.inject({ method: 'DELETE', url: `/api/v1/console/open311-keys/${id}`, headers: { ...headers } });
const list = async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/console/open311-keys', headers: { ...city } });
  expect(res.statusCode).toBe(200);
  return res;
};

let n = 0;
const report = (app: FastifyInstance, apiKey: string) =>
  app.inject({
    method: 'POST',
    url: '/open311/v2/requests.json',
    remoteAddress: `10.31.1.${++n}`,
    payload: {
      api_key: apiKey,
      jurisdiction_id: 'binh-giang',
      service_code: 'moi-truong',
      description: 'Rác thải đổ trộm ven đường liên thôn, đề nghị xã cho thu gom sớm.',
      address_string: 'Đường liên thôn Đông – Tây, xã Bình Giang',
      first_name: 'Nguyễn Văn',
      last_name: 'Khóa',
      phone: '0912345678',
    },
  });

describe('Open311 keys in the console', () => {
  it('the city administrator issues a key shown once, which works at once in every process', async () => {
    const res = await issue(city, { name: 'Hệ thống 1022 Hải Phòng', unit: 'binh-giang' });
    expect(res.statusCode).toBe(201);
    const { key, secret } = res.json();
    expect(secret).toMatch(/^o311_[A-Za-z0-9_-]{32}$/);
    expect(key).toMatchObject({ name: 'Hệ thống 1022 Hải Phòng', unit: { slug: 'binh-giang', name: 'Xã Bình Giang' }, lastUsedAt: null, revokedAt: null });

    expect((await report(t.app, secret)).statusCode).toBe(201);
    expect((await report(other, secret)).statusCode).toBe(201);

    const listed = await list();
    expect(listed.body).not.toContain(secret);
    expect(listed.json().items.find((k: { id: number }) => k.id === key.id)).toMatchObject({ lastUsedAt: expect.any(String), revokedAt: null });
    const stored = await t.database.db.selectFrom('open311_keys').select('key_hash').where('id', '=', key.id).executeTakeFirstOrThrow();
    expect(stored.key_hash).not.toContain(secret);
    expect(logs).not.toContain(secret);
    expect(logs).toContain('"actor":"admin.hai-phong","action":"open311_key.issue"');
  });

  it('a revoked key stops working at once, in this process and another one, and stays listed as revoked', async () => {
    const { key, secret } = (await issue(city, { name: 'Cổng thử thu hồi' })).json();
    expect(key.unit).toBeNull();
    expect((await report(other, secret)).statusCode).toBe(201);

    const res = await revoke(city, key.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: key.id, revokedAt: expect.any(String) });

    for (const app of [t.app, other]) {
      const refused = await report(app, secret);
      expect(refused.statusCode).toBe(403);
      expect(refused.json()[0].description).toMatch(/đã bị thu hồi/);
    }
    expect((await list()).json().items.find((k: { id: number }) => k.id === key.id).revokedAt).toEqual(res.json().revokedAt);
    expect((await revoke(city, 999_999)).statusCode).toBe(404);
  });

  it('refuses a bad name or an unknown unit in Vietnamese', async () => {
    const short = await issue(city, { name: 'ab' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.code).toBe('VALIDATION_FAILED');
    const unknown = await issue(city, { name: 'Hệ thống lạ', unit: 'khong-co-xa-nay' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('UNIT_NOT_FOUND');
  });

  it('only the city administrator manages keys; writes need the CSRF token', async () => {
    const { key } = (await issue(city, { name: 'Khóa không ai khác thu hồi được' })).json();
    for (const username of ['canbo.binh-giang', 'lanhdao.binh-giang']) {
      const headers = await loginAs(t.app, username);
      const get = await t.app.inject({ method: 'GET', url: '/api/v1/console/open311-keys', headers: { ...headers } });
      expect(get.statusCode).toBe(403);
      expect((await issue(headers, { name: 'Tự cấp khóa' })).statusCode).toBe(403);
      expect((await revoke(headers, key.id)).statusCode).toBe(403);
    }
    // A unit administrator neither.
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/console/officers',
      headers: { ...city },
      payload: { username: 'quantri.kinh-mon', displayName: 'Quản trị Kinh Môn', role: 'unit_admin', unit: 'kinh-mon', password: 'quan-tri-kinh-mon-2026' },
    });
    expect(created.statusCode).toBe(201);
    const unitAdmin = await loginAs(t.app, 'quantri.kinh-mon', 'quan-tri-kinh-mon-2026');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/console/open311-keys', headers: { ...unitAdmin } })).statusCode).toBe(403);
    expect((await issue(unitAdmin, { name: 'Tự cấp khóa' })).statusCode).toBe(403);

    const noCsrf = await t.app.inject({ method: 'DELETE', url: `/api/v1/console/open311-keys/${key.id}`, headers: { cookie: city.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('CSRF_FAILED');
    expect((await list()).json().items.find((k: { id: number }) => k.id === key.id).revokedAt).toBeNull();
  });
});
