import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs, type OfficerHeaders } from '../../helpers/officers.ts';
import { DEFAULT_DEMO_PASSWORD } from '../../../server/src/config.ts';

let t: TestApp;
let logs = '';
let city: OfficerHeaders;
let unitAdmin: OfficerHeaders;
const UNIT_ADMIN_PASSWORD = 'quan-tri-binh-giang-2026';

beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk) => (logs += chunk));
  t = await buildTestApp({ logLevel: 'info' }, stream);
  city = await loginAs(t.app, 'admin.hai-phong');
  const res = await create(city, { username: 'quantri.binh-giang', displayName: 'Quản trị Bình Giang', role: 'unit_admin', unit: 'binh-giang', password: UNIT_ADMIN_PASSWORD });
  expect(res.statusCode).toBe(201);
  unitAdmin = await loginAs(t.app, 'quantri.binh-giang', UNIT_ADMIN_PASSWORD);
});
afterAll(() => t?.close());

const create = (headers: OfficerHeaders, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/console/officers', headers: { ...headers }, payload });
const patch = (headers: OfficerHeaders, username: string, payload: object) =>
  t.app.inject({ method: 'PATCH', url: `/api/v1/console/officers/${username}`, headers: { ...headers }, payload });
const reset = (headers: OfficerHeaders, username: string, payload: object = {}) =>
  t.app.inject({ method: 'POST', url: `/api/v1/console/officers/${username}/password`, headers: { ...headers }, payload });
const manageList = async (headers: OfficerHeaders) => {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/console/officers?manage=true', headers: { ...headers } });
  expect(res.statusCode).toBe(200);
  return res.json().items as { username: string; active: boolean; unit: { slug: string }; disabledAt: string | null; role: string }[];
};
const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/console/session', payload: { username, password }, remoteAddress: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });
const me = (headers: OfficerHeaders) => t.app.inject({ method: 'GET', url: '/api/v1/console/me', headers: { cookie: headers.cookie } });

describe('officer accounts in the console', () => {
  it('a city administrator creates an account with a one-time password shown once, and it logs in', async () => {
    const res = await create(city, { username: 'canbo2.kinh-mon', displayName: '  Lê   Văn  Hải ', role: 'officer', unit: 'kinh-mon' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.officer).toMatchObject({ username: 'canbo2.kinh-mon', displayName: 'Lê Văn Hải', role: 'officer', unit: { slug: 'kinh-mon' }, active: true, disabledAt: null });
    expect(body.password).toMatch(/^[A-Za-z0-9]{16}$/);
    expect((await login('canbo2.kinh-mon', body.password)).statusCode).toBe(204);
    // Shown once: not in the list, not stored in clear, not in the logs.
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/console/officers?manage=true', headers: { ...city } });
    expect(list.body).not.toContain(body.password);
    const row = await t.database.db.selectFrom('officers').select('password_hash').where('username', '=', 'canbo2.kinh-mon').executeTakeFirstOrThrow();
    expect(row.password_hash).not.toContain(body.password);
    expect(logs).not.toContain(body.password);
    expect(logs).not.toContain(UNIT_ADMIN_PASSWORD);
    expect(logs).toContain('"actor":"admin.hai-phong","action":"officer.create","target":"canbo2.kinh-mon"');
  });

  it('a chosen password needs 12 characters; a taken or malformed username is refused in Vietnamese', async () => {
    const short = await create(city, { username: 'ngan.mat.khau', displayName: 'Ngắn Mật Khẩu', role: 'officer', unit: 'kinh-mon', password: 'ngan' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.code).toBe('VALIDATION_FAILED');
    const taken = await create(city, { username: 'canbo.kinh-mon', displayName: 'Trùng Tên', role: 'officer', unit: 'kinh-mon' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toMatch(/đã có người dùng/);
    const bad = await create(city, { username: 'Tên Có Dấu', displayName: 'Sai Tên', role: 'officer', unit: 'kinh-mon' });
    expect(bad.statusCode).toBe(400);
    const cityAdminInCommune = await create(city, { username: 'sai.cap', displayName: 'Sai Cấp', role: 'city_admin', unit: 'kinh-mon' });
    expect(cityAdminInCommune.statusCode).toBe(400);
    expect(cityAdminInCommune.json().error.message).toMatch(/cấp thành phố/);
  });

  it('a unit administrator sees and manages only their own unit, and cannot create a city administrator', async () => {
    const items = await manageList(unitAdmin);
    expect(new Set(items.map((o) => o.unit.slug))).toEqual(new Set(['binh-giang']));
    expect(items.map((o) => o.username)).toEqual(expect.arrayContaining(['canbo.binh-giang', 'lanhdao.binh-giang', 'quantri.binh-giang']));

    const own = await create(unitAdmin, { username: 'canbo3.binh-giang', displayName: 'Phạm Thị Thu', role: 'leader', password: 'mot-mat-khau-du-dai' });
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ officer: { unit: { slug: 'binh-giang' }, role: 'leader' }, password: null });

    expect((await create(unitAdmin, { username: 'ngoai.don.vi', displayName: 'Ngoài Đơn Vị', role: 'officer', unit: 'kinh-mon' })).statusCode).toBe(404);
    const cityAdmin = await create(unitAdmin, { username: 'len.thanh.pho', displayName: 'Lên Thành Phố', role: 'city_admin' });
    expect(cityAdmin.statusCode).toBe(403);
    expect(cityAdmin.json().error.message).toMatch(/không tạo được tài khoản quản trị thành phố/);

    for (const other of ['canbo.kinh-mon', 'admin.hai-phong', 'khong.co.ai']) {
      expect((await patch(unitAdmin, other, { active: false })).statusCode).toBe(404);
      expect((await reset(unitAdmin, other)).statusCode).toBe(404);
    }
    expect((await login('canbo.kinh-mon', DEFAULT_DEMO_PASSWORD)).statusCode).toBe(204);
  });

  it('a city administrator sees every unit', async () => {
    const units = new Set((await manageList(city)).map((o) => o.unit.slug));
    expect(units.size).toBeGreaterThan(5);
    expect(units).toContain('hai-phong');
  });

  it('disabling ends the sessions at once and login fails as with a wrong password; enabling restores it', async () => {
    const officer = await loginAs(t.app, 'canbo.binh-giang');
    expect((await me(officer)).statusCode).toBe(200);

    const res = await patch(unitAdmin, 'canbo.binh-giang', { active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ username: 'canbo.binh-giang', active: false, disabledAt: expect.any(String) });
    expect((await me(officer)).statusCode).toBe(401);

    const disabled = await login('canbo.binh-giang', DEFAULT_DEMO_PASSWORD);
    const wrong = await login('lanhdao.binh-giang', 'mat-khau-sai-roi');
    expect(disabled.statusCode).toBe(401);
    expect(disabled.json()).toEqual(wrong.json());

    // Not offered for assignment any more; still in the administrator's list.
    const assignable = await t.app.inject({ method: 'GET', url: '/api/v1/console/officers', headers: { ...unitAdmin } });
    expect(assignable.json().items.map((o: { username: string }) => o.username)).not.toContain('canbo.binh-giang');
    expect((await manageList(unitAdmin)).find((o) => o.username === 'canbo.binh-giang')).toMatchObject({ active: false });

    expect((await patch(unitAdmin, 'canbo.binh-giang', { active: true })).json()).toMatchObject({ active: true, disabledAt: null });
    expect((await login('canbo.binh-giang', DEFAULT_DEMO_PASSWORD)).statusCode).toBe(204);
    expect(logs).toContain('"actor":"quantri.binh-giang","action":"officer.disable","target":"canbo.binh-giang"');
  });

  it('an administrator cannot disable their own account', async () => {
    const res = await patch(unitAdmin, 'quantri.binh-giang', { active: false });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/Không thể tự khóa/);
  });

  it('resetting a password gives a new one-time password, ends the sessions, and the old password fails', async () => {
    const leader = await loginAs(t.app, 'lanhdao.binh-giang');
    const res = await reset(unitAdmin, 'lanhdao.binh-giang');
    expect(res.statusCode).toBe(200);
    const password = res.json().password as string;
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    expect((await me(leader)).statusCode).toBe(401);
    expect((await login('lanhdao.binh-giang', DEFAULT_DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await login('lanhdao.binh-giang', password)).statusCode).toBe(204);
    expect(logs).not.toContain(password);

    const chosen = await reset(city, 'lanhdao.binh-giang', { password: DEFAULT_DEMO_PASSWORD });
    expect(chosen.json().password).toBeNull();
    expect((await login('lanhdao.binh-giang', DEFAULT_DEMO_PASSWORD)).statusCode).toBe(204);
  });

  it('officers and leaders cannot manage accounts; every write needs the CSRF token', async () => {
    for (const username of ['canbo.kinh-mon', 'lanhdao.kinh-mon']) {
      const headers = await loginAs(t.app, username);
      const list = await t.app.inject({ method: 'GET', url: '/api/v1/console/officers?manage=true', headers: { ...headers } });
      expect(list.statusCode).toBe(403);
      expect(list.json().error.code).toBe('FORBIDDEN');
      expect((await create(headers, { username: 'tu.tao', displayName: 'Tự Tạo', role: 'officer' })).statusCode).toBe(403);
      expect((await patch(headers, 'canbo2.kinh-mon', { active: false })).statusCode).toBe(403);
      expect((await reset(headers, 'canbo2.kinh-mon')).statusCode).toBe(403);
    }
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/v1/console/officers',
      headers: { cookie: city.cookie },
      payload: { username: 'khong.csrf', displayName: 'Không CSRF', role: 'officer', unit: 'kinh-mon' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('CSRF_FAILED');
    expect((await t.app.inject({ method: 'PATCH', url: '/api/v1/console/officers/canbo2.kinh-mon', headers: { cookie: city.cookie }, payload: { active: false } })).statusCode).toBe(403);
  });

  it('an administrator resetting their own password keeps the current session (to read it) and ends the others', async () => {
    const other = await loginAs(t.app, 'quantri.binh-giang', UNIT_ADMIN_PASSWORD);
    const res = await reset(unitAdmin, 'quantri.binh-giang');
    expect(res.statusCode).toBe(200);
    expect((await me(unitAdmin)).statusCode).toBe(200);
    expect((await me(other)).statusCode).toBe(401);
    expect((await login('quantri.binh-giang', res.json().password)).statusCode).toBe(204);
  });

  it('every officer changes their own password: the current one is checked, other sessions end, this one stays', async () => {
    const here = await loginAs(t.app, 'canbo.vinh-bao');
    const elsewhere = await loginAs(t.app, 'canbo.vinh-bao');
    const change = (payload: object) => t.app.inject({ method: 'PUT', url: '/api/v1/console/me/password', headers: { ...here }, payload });

    const wrong = await change({ currentPassword: 'khong-phai-mat-khau', newPassword: 'mat-khau-moi-cua-toi' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toMatch(/Mật khẩu hiện tại không đúng/);
    expect((await change({ currentPassword: DEFAULT_DEMO_PASSWORD, newPassword: 'ngan' })).statusCode).toBe(400);
    expect((await change({ currentPassword: DEFAULT_DEMO_PASSWORD, newPassword: DEFAULT_DEMO_PASSWORD })).json().error.message).toMatch(/khác mật khẩu hiện tại/);
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/console/me/password', headers: { cookie: here.cookie }, payload: { currentPassword: DEFAULT_DEMO_PASSWORD, newPassword: 'mat-khau-moi-cua-toi' } })).statusCode).toBe(403);

    expect((await change({ currentPassword: DEFAULT_DEMO_PASSWORD, newPassword: 'mat-khau-moi-cua-toi' })).statusCode).toBe(204);
    expect((await me(here)).statusCode).toBe(200);
    expect((await me(elsewhere)).statusCode).toBe(401);
    expect((await login('canbo.vinh-bao', DEFAULT_DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await login('canbo.vinh-bao', 'mat-khau-moi-cua-toi')).statusCode).toBe(204);
    expect(logs).not.toContain('mat-khau-moi-cua-toi');
  });
});
