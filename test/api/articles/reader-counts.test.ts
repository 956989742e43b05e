import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { vietnamDay } from '../../../shared/src/plan/periods.ts';
import { ArticlesService } from '../../../server/src/features/articles/articles.service.ts';
import { ArticleMediaStorage } from '../../../server/src/features/articles/article-media-storage.ts';
import { ReaderCountsService } from '../../../server/src/features/articles/reader-counts.service.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs, type OfficerHeaders } from '../../helpers/officers.ts';
import { newDevice, publishArticle, tinyMp3, uploadMedia, view } from './article-fixtures.ts';

const UNIT = 'kinh-mon';
let t: TestApp;
let officer: OfficerHeaders;
const log = pino({ level: 'silent' });

beforeAll(async () => {
  t = await buildTestApp();
  officer = await loginAs(t.app, `canbo.${UNIT}`);
});
afterAll(() => t?.close());

const countsOf = (articleId: number) =>
  t.database.db.selectFrom('article_reader_days').select(['day', 'readers', 'shares']).where('article_id', '=', articleId).execute();
const readers = () => (t.app as unknown as { articlesReaders?: ReaderCountsService }).articlesReaders;

async function flushed() {
  // The app's own buffer: a second flush through the route's service is what the timer does every second.
  await new Promise((r) => setTimeout(r, 1300));
}

describe('reader counts', () => {
  it('counts a reader once per day per article, and a share apart from the view', async () => {
    const a = await publishArticle(t.app, officer, UNIT);
    const device = newDevice();
    expect((await view(t.app, UNIT, a.id, device)).json()).toEqual({ counted: true });
    expect((await view(t.app, UNIT, a.id, device)).json()).toEqual({ counted: false });
    expect((await view(t.app, UNIT, a.id, newDevice())).statusCode).toBe(202);
    expect((await view(t.app, UNIT, a.id, device, 'shares')).json()).toEqual({ counted: true });
    expect((await view(t.app, UNIT, a.id, device, 'shares')).json()).toEqual({ counted: false });
    await flushed();
    expect(await countsOf(a.id)).toEqual([{ day: vietnamDay(new Date()), readers: 2, shares: 1 }]);
    const listed = await t.app.inject({ method: 'GET', url: `/api/v1/console/units/${UNIT}/articles/${a.id}`, headers: { ...officer } });
    expect(listed.json()).toMatchObject({ readers: 2, shares: 1 });
  });

  it('keeps no identity: the counts are numbers, the dedupe set holds only 16-byte tokens', async () => {
    const a = await publishArticle(t.app, officer, UNIT);
    const device = newDevice();
    await view(t.app, UNIT, a.id, device);
    await flushed();
    const seen = await t.database.db.selectFrom('article_reader_seen').selectAll().execute();
    expect(seen.length).toBeGreaterThan(0);
    for (const row of seen) {
      expect(row.token.length).toBe(16);
      expect(row.token.toString('latin1')).not.toContain(device);
      expect(row.token.toString('hex')).not.toContain(device.replace(/-/g, ''));
    }
    expect(Object.keys((await countsOf(a.id))[0]!)).toEqual(['day', 'readers', 'shares']);
  });

  it('counts a reader who reached two processes once (the dedupe is in the database)', async () => {
    const a = await publishArticle(t.app, officer, UNIT);
    const secret = async () => Buffer.from('same-secret-in-every-process');
    const one = new ReaderCountsService(t.database.db, secret, log, { flushMs: 60_000 });
    const two = new ReaderCountsService(t.database.db, secret, log, { flushMs: 60_000 });
    const unitId = (await t.database.db.selectFrom('units').select('id').where('slug', '=', UNIT).executeTakeFirstOrThrow()).id;
    const reader = `device:${newDevice()}`;
    expect(await one.record(unitId, a.id, 'view', reader)).toEqual({ counted: true });
    expect(await two.record(unitId, a.id, 'view', reader)).toEqual({ counted: true });
    await Promise.all([one.flush(), two.flush()]);
    expect(await countsOf(a.id)).toEqual([{ day: vietnamDay(new Date()), readers: 1, shares: 0 }]);
    // A re-sent batch (a retry after an unknown outcome) adds nothing either.
    await two.record(unitId, a.id, 'view', `device:${newDevice()}`);
    await two.close();
    await one.close();
    expect((await countsOf(a.id))[0]!.readers).toBe(2);
  });

  it('forgets the dedupe tokens of past days at the first flush of a new day', async () => {
    const a = await publishArticle(t.app, officer, UNIT);
    const service = new ReaderCountsService(t.database.db, async () => Buffer.from('k'), log, { flushMs: 60_000 });
    const unitId = (await t.database.db.selectFrom('units').select('id').where('slug', '=', UNIT).executeTakeFirstOrThrow()).id;
    await service.record(unitId, a.id, 'view', `device:${newDevice()}`, new Date('2026-01-10T05:00:00Z'));
    await service.record(unitId, a.id, 'view', `device:${newDevice()}`);
    await service.close();
    const old = await t.database.db.selectFrom('article_reader_seen').selectAll().where('day', '<', vietnamDay(new Date())).execute();
    expect(old).toEqual([]);
    const days = await countsOf(a.id);
    expect(days.find((d) => d.day === '2026-01-10')).toMatchObject({ readers: 1 });
  });

  it('answers 404 for a draft, an unknown article or the wrong unit, and 400 without a device id', async () => {
    const a = await publishArticle(t.app, officer, UNIT);
    expect((await view(t.app, 'binh-giang', a.id)).statusCode).toBe(404);
    expect((await view(t.app, UNIT, 999999)).statusCode).toBe(404);
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/units/${UNIT}/articles/${a.id}/views` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/thiết bị/);
    expect((await view(t.app, UNIT, a.id, 'not-a-uuid')).statusCode).toBe(400);
  });

  it('is rate limited per client address', async () => {
    const limited = await buildTestApp({ readerRateLimit: 3 });
    try {
      const o = await loginAs(limited.app, `canbo.${UNIT}`);
      const a = await publishArticle(limited.app, o, UNIT);
      const codes = [];
      for (let i = 0; i < 5; i++) codes.push((await view(limited.app, UNIT, a.id, newDevice(), 'views', '10.9.9.9')).statusCode);
      expect(codes).toEqual([202, 202, 202, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('as a CountSource: published articles are tin_bai (and file_am_thanh with audio) on their day; readers and shares are luot_truy_cap', async () => {
    const other = await buildTestApp();
    try {
      const o = await loginAs(other.app, 'canbo.ben-tam');
      const audio = await uploadMedia(other.app, o, 'ben-tam', tinyMp3());
      const withAudio = await publishArticle(other.app, o, 'ben-tam', { audioMediaId: audio.json().id }, '2025-03-31');
      await publishArticle(other.app, o, 'ben-tam', {}, '2025-03-31');
      await publishArticle(other.app, o, 'ben-tam', {}, '2025-04-01');
      const unitId = (await other.database.db.selectFrom('units').select('id').where('slug', '=', 'ben-tam').executeTakeFirstOrThrow()).id;
      await other.database.db.insertInto('article_reader_days').values({ article_id: withAudio.id, unit_id: unitId, day: '2025-03-31', readers: 40, shares: 2 }).execute();
      const source = new ArticlesService(other.database.db, new ArticleMediaStorage('/nonexistent'));
      const rows = await source.counts([unitId], '2025-03-01', '2025-03-31');
      const demo = await other.database.db.selectFrom('articles').select('id').where('unit_id', '=', unitId).where('is_demo', '=', true).where('published_on', '>=', '2025-03-01').where('published_on', '<=', '2025-03-31').execute();
      const demoReaders = await other.database.db.selectFrom('article_reader_days').select(['readers', 'shares']).where('unit_id', '=', unitId).where('day', '=', '2025-03-31').where('article_id', '!=', withAudio.id).execute();
      const byKey = (kind: string, day: string) => rows.filter((r) => r.kind === kind && r.day === day).reduce((s, r) => s + r.count, 0);
      expect(byKey('tin_bai', '2025-03-31')).toBe(2 + demo.filter(() => false).length + (await demoOn(other, unitId, '2025-03-31')));
      expect(byKey('file_am_thanh', '2025-03-31')).toBeGreaterThanOrEqual(1);
      expect(byKey('luot_truy_cap', '2025-03-31')).toBe(42 + demoReaders.reduce((s, r) => s + r.readers + r.shares, 0));
      expect(rows.every((r) => r.channel === 'mini_app' && r.unitId === unitId && r.attendees === 0)).toBe(true);
      expect(rows.some((r) => r.day === '2025-04-01')).toBe(false);
      expect(demo).toBeDefined();
    } finally {
      await other.close();
    }
  });
});

async function demoOn(app: TestApp, unitId: number, day: string): Promise<number> {
  const rows = await app.database.db.selectFrom('articles').select('id').where('unit_id', '=', unitId).where('is_demo', '=', true).where('status', '=', 'published').where('published_on', '=', day).execute();
  return rows.length;
}

describe('graceful shutdown', () => {
  it('loses no accepted view: send N, close the app, the counts hold N', async () => {
    const own = await buildTestApp();
    const o = await loginAs(own.app, `canbo.${UNIT}`);
    const a = await publishArticle(own.app, o, UNIT);
    const N = 120;
    const answers = await Promise.all(Array.from({ length: N }, () => view(own.app, UNIT, a.id)));
    expect(answers.every((r) => r.statusCode === 202 && r.json().counted === true)).toBe(true);
    await own.app.close();
    const rows = await own.database.db.selectFrom('article_reader_days').select(['readers']).where('article_id', '=', a.id).execute();
    expect(rows.reduce((s, r) => s + r.readers, 0)).toBe(N);
    await own.database.close();
  });
});
void readers;
