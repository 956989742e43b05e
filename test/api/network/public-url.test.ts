import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  // The proxy is trusted, so even its forwarded host would be believed if links were built from it.
  t = await buildTestApp({ publicUrl: 'https://cchc.example.gov.vn', trustProxy: ['127.0.0.1'] });
});
afterAll(() => t?.close());

/** A published PAKN of Bình Giang with one public photo; its code and the photo id. */
async function publishedWithPhoto(): Promise<{ code: string; photoId: string }> {
  const db = t.database.db;
  const unit = await db.selectFrom('units').select('id').where('slug', '=', 'binh-giang').executeTakeFirstOrThrow();
  const row = await db.selectFrom('feedback').select(['id', 'code']).where('unit_id', '=', unit.id).executeTakeFirst();
  let feedback = row;
  if (!feedback) {
    const topic = await db.selectFrom('feedback_topics').select('id').where('unit_id', '=', unit.id).executeTakeFirstOrThrow();
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units/binh-giang/feedback',
      headers: { 'idempotency-key': crypto.randomUUID(), 'x-device-id': crypto.randomUUID() },
      payload: {
        kind: 'phan_anh',
        topicId: topic.id,
        content: 'Cây xanh đổ chắn ngang đường liên thôn sau bão, chưa ai dọn.',
        contact: { name: 'Nguyễn Văn Thử', phone: '0900 000 099', address: 'Thôn Đông, xã Bình Giang' },
      },
    });
    feedback = await db.selectFrom('feedback').select(['id', 'code']).where('code', '=', submitted.json().code).executeTakeFirstOrThrow();
  }
  const uploadId = crypto.randomUUID();
  const photoId = crypto.randomUUID();
  await db.insertInto('uploads').values({ id: uploadId, content_type: 'image/jpeg', size_bytes: 10, sha256: 'x', path: 'x.jpg', citizen_key: 'test', feedback_id: feedback.id }).execute();
  await db.insertInto('feedback_photos').values({ id: photoId, unit_id: unit.id, feedback_id: feedback.id, upload_id: uploadId, position: 0, public: true }).execute();
  await db.updateTable('feedback').set({ status: 'da_tra_loi', published: true, answer: 'Xã đã dọn cây đổ.' }).where('id', '=', feedback.id).execute();
  return { code: feedback.code, photoId };
}

describe('public links', () => {
  it('are built from PUBLIC_URL, never from the Host or X-Forwarded-Host of the request', async () => {
    const { code, photoId } = await publishedWithPhoto();
    const headers = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' };
    const one = await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${code}.json`, headers });
    expect(one.statusCode).toBe(200);
    expect(one.json()[0].media_url).toBe(`https://cchc.example.gov.vn/api/v1/public/photos/${photoId}`);
    const list = await t.app.inject({ method: 'GET', url: '/open311/v2/requests.json?jurisdiction_id=binh-giang', headers });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('https://cchc.example.gov.vn/');
    for (const res of [one, list]) expect(res.body).not.toContain('evil.example');
  });

  it('name PUBLIC_URL as the API server in the OpenAPI document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs/json', headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' } });
    expect(res.json().servers).toEqual([{ url: 'https://cchc.example.gov.vn' }]);
    expect(res.body).not.toContain('evil.example');
  });

  it('mark the officer’s session cookie Secure when PUBLIC_URL is https, even if the proxy forwards plain http', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/console/session',
      payload: { username: 'canbo.binh-giang', password: 'demo-cchc-2026' },
      headers: { 'x-forwarded-proto': 'http' },
    });
    expect(res.statusCode).toBe(204);
    expect(String(res.headers['set-cookie'])).toMatch(/;\s*Secure/i);
  });
});
