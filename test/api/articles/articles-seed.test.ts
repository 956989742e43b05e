import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoArticles } from '../../../server/src/features/articles/articles-seed.ts';
import { ArticleMediaStorage } from '../../../server/src/features/articles/article-media-storage.ts';
import { ArticlesService } from '../../../server/src/features/articles/articles.service.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { expectSpansSumTheDays } from '../../helpers/count-spans.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t?.close());

describe('demo articles', () => {
  it('the demo units have published CCHC news across 2025–2026 with readers, and a second run adds nothing', async () => {
    const unit = await t.database.db.selectFrom('units').select('id').where('slug', '=', 'kinh-mon').executeTakeFirstOrThrow();
    const rows = await t.database.db.selectFrom('articles').select(['title', 'status', 'published_on']).where('unit_id', '=', unit.id).where('is_demo', '=', true).execute();
    expect(rows.filter((r) => r.status === 'published').length).toBeGreaterThanOrEqual(4);
    expect(rows.some((r) => r.published_on?.startsWith('2025'))).toBe(true);
    expect(rows.some((r) => r.published_on?.startsWith('2026'))).toBe(true);
    expect(rows.map((r) => r.title).join(' ')).toMatch(/VNeID/);
    const feed = await t.app.inject({ method: 'GET', url: '/api/v1/units/kinh-mon/articles' });
    expect(feed.json().total).toBe(rows.filter((r) => r.status === 'published').length);
    const readers = await t.database.db.selectFrom('article_reader_days').select('readers').where('unit_id', '=', unit.id).execute();
    expect(readers.length).toBeGreaterThan(0);
    expect(await seedDemoArticles(t.database.db, [unit.id])).toBe(0);
  });

  it('as a CountSource asked for spans (months, cut by a plan inside a month), sums exactly the daily rows of each span', async () => {
    const ids = (await t.database.db.selectFrom('units').select('id').execute()).map((u) => u.id);
    const source = new ArticlesService(t.database.db, new ArticleMediaStorage('/nonexistent'));
    const n = await expectSpansSumTheDays(source, ids, '2025-01-01', '2026-12-31', { from: '2025-03-10', to: '2026-02-17' });
    expect(n).toBeGreaterThan(0);
  });
});
