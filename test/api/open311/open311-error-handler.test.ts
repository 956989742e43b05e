import { PassThrough } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey, newApiKey } from '../../../server/src/features/open311/api-keys.ts';
import { insertKey } from '../../../server/src/features/open311/open311.repository.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { fakeExe } from '../../helpers/test-images.ts';
import { fmsErrorText, formData, xmlRoot } from './open311-fixtures.ts';

/**
 * Open311 errors go through the one error handler: Open311's body as its variant
 * (by the request's .xml/.json suffix), the same scrubbing and logging as the rest.
 */
let t: TestApp;
let logs = '';
let apiKey: string;
const PHONE = '0977111222';

beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk) => (logs += chunk));
  t = await buildTestApp({ logLevel: 'info' }, stream);
  apiKey = newApiKey();
  await insertKey(t.database.db, { unitId: null, name: 'Hệ thống thử lỗi', keyHash: hashApiKey(apiKey) });
  // A statement that fails with the citizen's values in the error (PostgreSQL's "Failing row contains", PGlite's params).
  await sql`ALTER TABLE feedback ADD CONSTRAINT open311_test_fails CHECK (contact_phone <> ${sql.lit(PHONE)}) NOT VALID`.execute(t.database.db);
});
afterAll(() => t?.close());

const post = (suffix: 'json' | 'xml') =>
  t.app.inject({
    method: 'POST',
    url: `/open311/v2/requests.${suffix}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({
      api_key: apiKey,
      jurisdiction_id: 'binh-giang',
      service_code: 'moi-truong',
      description: `Nước thải xả thẳng ra mương thôn Bắc (${suffix}), bốc mùi hôi cả xóm.`,
      address_string: 'Mương thôn Bắc, xã Bình Giang',
      first_name: 'Hoàng Thị',
      last_name: 'Lụa',
      phone: PHONE,
    }).toString(),
  });

describe('Open311 errors through the one error handler', () => {
  it('a failed query answers 500 in Open311’s format, JSON or XML, and logs nothing personal', async () => {
    const json = await post('json');
    expect(json.statusCode).toBe(500);
    expect(json.json()).toEqual([{ code: 500, description: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.' }]);
    const xml = await post('xml');
    expect(xml.statusCode).toBe(500);
    expect(xml.headers['content-type']).toMatch(/^text\/xml/);
    expect(xmlRoot(xml.body)).toBe('errors');
    expect(fmsErrorText(xml.body)).toBe('500: Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.\n');
    expect(logs).toMatch(/unhandled error/);
    expect(logs).not.toMatch(new RegExp(`${PHONE}|Hoàng Thị|Lụa|Nước thải|Mương thôn Bắc`));
  });

  it('a validation error, an unknown path and a wrong content type answer in the request’s format', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/open311/v2/services.xml' });
    expect(missing.statusCode).toBe(400);
    expect(fmsErrorText(missing.body)).toMatch(/^400: .*jurisdiction_id/);
    const unknown = await t.app.inject({ method: 'GET', url: '/open311/v2/khong-co.xml' });
    expect(unknown.statusCode).toBe(404);
    expect(fmsErrorText(unknown.body)).toMatch(/^404: Không có địa chỉ Open311 này/);
    const unknownJson = await t.app.inject({ method: 'GET', url: '/open311/khong-co.json' });
    expect(unknownJson.json()).toEqual([{ code: 404, description: expect.stringMatching(/discovery/) }]);
    const text = await t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', headers: { 'content-type': 'application/xml' }, payload: '<x/>' });
    expect(text.statusCode).toBe(415);
    expect(text.json()).toEqual([{ code: 415, description: expect.stringMatching(/multipart\/form-data/) }]);
  });

  it('a media file that is not an image is refused in Open311’s XML, and nothing is stored', async () => {
    const body = formData(
      [['api_key', apiKey], ['jurisdiction_id', 'binh-giang'], ['service_code', 'moi-truong'], ['description', 'Đèn chiếu sáng ở cầu thôn Trung hỏng đã hai tuần nay.'],
        ['address_string', 'Cầu thôn Trung'], ['first_name', 'Lê'], ['last_name', 'Văn Nam'], ['phone', '0966777888'], ['contact_address', 'Số 1 thôn Trung']],
      [{ name: 'media', filename: 'anh.jpg', contentType: 'image/jpeg', data: fakeExe() }],
    );
    const count = async () => Number((await t.database.db.selectFrom('feedback').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const res = await t.app.inject({ method: 'POST', url: '/open311/v2/requests.xml', headers: { 'content-type': body.contentType }, payload: body.payload });
    expect(res.statusCode).toBe(400);
    expect(fmsErrorText(res.body)).toMatch(/^400: Tệp gửi lên không phải là ảnh/);
    expect(await count()).toBe(before);
  });

  it('a client over the limit gets 429 in Open311’s format', async () => {
    let last;
    for (let i = 0; i < 301; i++) last = await t.app.inject({ method: 'GET', url: '/open311/v2/services.xml?jurisdiction_id=binh-giang', remoteAddress: '10.42.0.1' });
    expect(last!.statusCode).toBe(429);
    expect(fmsErrorText(last!.body)).toMatch(/^429: /);
  });

  it('leaves the rest of the API in its own format', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/units/khong-co' });
    expect(res.json()).toMatchObject({ error: { code: 'UNIT_NOT_FOUND' } });
  });
});
