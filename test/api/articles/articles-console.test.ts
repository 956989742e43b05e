import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamDay } from '../../../shared/src/plan/periods.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs, type OfficerHeaders } from '../../helpers/officers.ts';
import { fakeExe, tinyJpeg } from '../../helpers/test-images.ts';
import { articleInput, createArticle, tinyMp3, uploadMedia } from './article-fixtures.ts';

let t: TestApp;
let officer: OfficerHeaders;
let other: OfficerHeaders;
let city: OfficerHeaders;
const UNIT = 'binh-giang';
const url = (rest = '') => `/api/v1/console/units/${UNIT}/articles${rest}`;

beforeAll(async () => {
  t = await buildTestApp();
  officer = await loginAs(t.app, `canbo.${UNIT}`);
  other = await loginAs(t.app, 'canbo.nam-an-phu');
  city = await loginAs(t.app, 'admin.hai-phong');
});
afterAll(() => t?.close());

describe('console articles', () => {
  it('writes a draft, edits it with its version, and refuses a stale save with 409', async () => {
    const a = await createArticle(t.app, officer, UNIT);
    expect(a).toMatchObject({ status: 'draft', publishedOn: null, version: 1, readers: 0, shares: 0, unit: { slug: UNIT } });
    const saved = await t.app.inject({ method: 'PUT', url: url(`/${a.id}`), headers: { ...officer }, payload: { ...articleInput({ title: 'Tiêu đề đã sửa lại' }), version: 1 } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ title: 'Tiêu đề đã sửa lại', version: 2 });
    const stale = await t.app.inject({ method: 'PUT', url: url(`/${a.id}`), headers: { ...officer }, payload: { ...articleInput({ title: 'Bản cũ ghi đè' }), version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/tải lại/);
    const read = await t.app.inject({ method: 'GET', url: url(`/${a.id}`), headers: { ...officer } });
    expect(read.json().title).toBe('Tiêu đề đã sửa lại');
  });

  it('sanitises the body on save', async () => {
    const a = await createArticle(t.app, officer, UNIT, { bodyHtml: '<p onclick="x()">Xin chào</p><script>window.pwned=1</script><img src=x onerror="window.pwned=1">' });
    const row = await t.database.db.selectFrom('articles').select('body_html').where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(row.body_html).toBe('<p>Xin chào</p>');
  });

  it('publishes with today as the published day, unpublishes, and refuses a future day', async () => {
    const a = await createArticle(t.app, officer, UNIT);
    const future = await t.app.inject({ method: 'POST', url: url(`/${a.id}/publish`), headers: { ...officer }, payload: { version: a.version, publishedOn: '2099-01-01' } });
    expect(future.statusCode).toBe(400);
    const published = await t.app.inject({ method: 'POST', url: url(`/${a.id}/publish`), headers: { ...officer }, payload: { version: a.version } });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', publishedOn: vietnamDay(new Date()), version: 2 });
    const staleUnpublish = await t.app.inject({ method: 'POST', url: url(`/${a.id}/unpublish`), headers: { ...officer }, payload: { version: 1 } });
    expect(staleUnpublish.statusCode).toBe(409);
    const unpublished = await t.app.inject({ method: 'POST', url: url(`/${a.id}/unpublish`), headers: { ...officer }, payload: { version: 2 } });
    expect(unpublished.json()).toMatchObject({ status: 'draft', publishedOn: null, version: 3 });
  });

  it('deletes with the version; a stale delete is 409, a missing one 404', async () => {
    const a = await createArticle(t.app, officer, UNIT);
    expect((await t.app.inject({ method: 'DELETE', url: url(`/${a.id}?version=7`), headers: { ...officer } })).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'DELETE', url: url(`/${a.id}?version=1`), headers: { ...officer } })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'DELETE', url: url(`/${a.id}?version=1`), headers: { ...officer } })).statusCode).toBe(404);
  });

  it('lists the unit’s articles with a total, filtered by status', async () => {
    await createArticle(t.app, officer, UNIT, { title: 'Bản nháp để liệt kê' });
    const res = await t.app.inject({ method: 'GET', url: url('?status=draft&limit=100'), headers: { ...officer } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBeGreaterThan(0);
    expect(body.items.every((a: { status: string }) => a.status === 'draft')).toBe(true);
    expect(body.items.map((a: { title: string }) => a.title)).toContain('Bản nháp để liệt kê');
  });

  it('another unit’s officer gets 404; the city reads but does not write', async () => {
    const a = await createArticle(t.app, officer, UNIT);
    expect((await t.app.inject({ method: 'GET', url: url(`/${a.id}`), headers: { ...other } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: url(), headers: { ...other }, payload: articleInput() })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: url(`/${a.id}`), headers: { ...city } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'PUT', url: url(`/${a.id}`), headers: { ...city }, payload: { ...articleInput(), version: 1 } })).statusCode).toBe(404);
    // The article of another unit is not found under this unit either.
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/console/units/nam-an-phu/articles/${a.id}`, headers: { ...other } })).statusCode).toBe(404);
  });

  it('needs a session and the CSRF token', async () => {
    expect((await t.app.inject({ method: 'GET', url: url() })).statusCode).toBe(401);
    const res = await t.app.inject({ method: 'POST', url: url(), headers: { cookie: officer.cookie }, payload: articleInput() });
    expect(res.statusCode).toBe(403);
  });

  it.each([
    ['a title too short', { title: 'abc' }],
    ['an unknown field', { extra: 1 }],
    ['a cover that is not a uuid', { coverMediaId: 'x' }],
    ['a body too long', { bodyHtml: 'x'.repeat(100_001) }],
  ])('answers 400 for %s', async (_name, over) => {
    const res = await t.app.inject({ method: 'POST', url: url(), headers: { ...officer }, payload: articleInput(over) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/[À-ỹ]/);
  });

  it('refuses media the unit has not uploaded', async () => {
    const res = await t.app.inject({ method: 'POST', url: url(), headers: { ...officer }, payload: articleInput({ coverMediaId: '0b7f8a52-3c1d-4e5f-9a6b-7c8d9e0f1a2b' }) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('UPLOAD_NOT_FOUND');
  });
});

describe('article media', () => {
  it('takes an image (metadata removed) and an mp3, checked by their bytes, and serves them', async () => {
    const image = await uploadMedia(t.app, officer, UNIT, tinyJpeg({ metadata: true }), 'anh.mp3');
    expect(image.statusCode).toBe(201);
    expect(image.json()).toMatchObject({ kind: 'image', contentType: 'image/jpeg' });
    expect(image.json().url).toMatch(/^\/api\/v1\/article-media\/[0-9a-f-]{36}\.jpg$/);
    const served = await t.app.inject({ method: 'GET', url: image.json().url });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.rawPayload.includes(Buffer.from('GPS'))).toBe(false);

    const audio = await uploadMedia(t.app, officer, UNIT, tinyMp3(), 'loa.mp3');
    expect(audio.statusCode).toBe(201);
    expect(audio.json()).toMatchObject({ kind: 'audio', contentType: 'audio/mpeg' });
    const part = await t.app.inject({ method: 'GET', url: audio.json().url, headers: { range: 'bytes=0-9' } });
    expect(part.statusCode).toBe(206);
    expect(part.rawPayload.length).toBe(10);

    const a = await createArticle(t.app, officer, UNIT, {
      coverMediaId: image.json().id,
      audioMediaId: audio.json().id,
      bodyHtml: `<p>Ảnh:</p><img src="${image.json().url}" alt="Ảnh minh họa">`,
    });
    expect(a).toMatchObject({ cover: { id: image.json().id }, audio: { id: audio.json().id } });
    // Swapped kinds are refused.
    const swapped = await t.app.inject({ method: 'POST', url: url(), headers: { ...officer }, payload: articleInput({ coverMediaId: audio.json().id }) });
    expect(swapped.statusCode).toBe(400);
  });

  it('refuses a file that is not what it claims (415), and another unit may not use the media', async () => {
    const exe = await uploadMedia(t.app, officer, UNIT, fakeExe(), 'loa.mp3');
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe('UPLOAD_INVALID');
    const text = await uploadMedia(t.app, officer, UNIT, Buffer.from('ID3 không phải âm thanh'), 'loa.m4a');
    expect(text.statusCode).toBe(415);
    const image = await uploadMedia(t.app, officer, UNIT, tinyJpeg());
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/console/units/nam-an-phu/articles', headers: { ...other }, payload: articleInput({ coverMediaId: image.json().id }) });
    expect(res.statusCode).toBe(400);
  });
});
