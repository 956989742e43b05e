/**
 * Migration 016's per-month sums (activity_month_counts, article_reader_months) stay equal to
 * the daily rows through every kind of write: inserts of many rows, updates that move an entry
 * to another month or unit, deletes, a batch's cascade, reader flushes that insert and upsert,
 * an article's cascade. Each check asks the real sources for whole months (read from the sums)
 * and compares with their daily rows summed per month.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { countSpans, spanParts, sumIntoSpans } from '../../../shared/src/plan/count-spans.ts';
import type { CountRowT, CountSource } from '../../../shared/src/plan/vocabulary.ts';
import type { Database } from '../../../server/src/db/database.ts';
import { ActivitiesService } from '../../../server/src/features/activities/activities.service.ts';
import { EvidenceStorage } from '../../../server/src/features/activities/evidence-storage.ts';
import { calendarYearWindow } from '../../../server/src/features/activities/plan-window.ts';
import { ArticleMediaStorage } from '../../../server/src/features/articles/article-media-storage.ts';
import { ArticlesService } from '../../../server/src/features/articles/articles.service.ts';
import { addReaderEvents } from '../../../server/src/features/articles/reader-counts.repository.ts';
import { openTestDatabase } from '../../helpers/database.ts';

let database: Database;
let activities: ActivitiesService;
let articles: ArticlesService;
let ids: number[];
let unit: number;
let other: number;
const FROM = '2031-01-01';
const TO = '2031-12-31';
const MONTHS = countSpans(FROM, TO, []);

beforeAll(async () => {
  database = await openTestDatabase(inject('template'));
  activities = new ActivitiesService(database.db, new EvidenceStorage('/nonexistent'), calendarYearWindow);
  articles = new ArticlesService(database.db, new ArticleMediaStorage('/nonexistent'));
  ids = (await database.db.selectFrom('units').select('id').orderBy('id').execute()).map((u) => u.id);
  [unit, other] = ids.slice(-2);
});
afterAll(() => database?.close());

const key = (r: CountRowT) => `${r.unitId}|${r.day}|${r.channel}|${r.kind}`;
const sorted = (rows: CountRowT[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));

/** Whole months come from the sums: they must equal the daily rows summed per month. */
async function expectSumsEqualDays(source: CountSource): Promise<CountRowT[]> {
  expect(spanParts(MONTHS, TO).days).toEqual([]);
  const byMonth = await source.counts(ids, FROM, TO, MONTHS);
  const daily = await source.counts(ids, FROM, TO);
  expect(sorted(byMonth.filter((r) => r.count !== 0 || r.attendees !== 0))).toEqual(sorted(sumIntoSpans(daily, MONTHS).filter((r) => r.count !== 0 || r.attendees !== 0)));
  return byMonth;
}

const total = (rows: CountRowT[], kind: string) => rows.filter((r) => r.kind === kind).reduce((s, r) => s + r.count, 0);

describe('per-month sums kept by triggers', () => {
  it('activities: many rows at once, moved to another month or unit, deleted, and a batch removed with its entries', async () => {
    const db = database.db;
    const entry = (day: string, over: object = {}) => ({ unit_id: unit, day, channel: 'hoi_nghi', kind: 'hoi_nghi', title: 'Hội nghị thử', count: 1, attendees: 40, ...over });
    const inserted = await db.insertInto('activities').values([entry('2031-03-02'), entry('2031-03-30', { count: 3 }), entry('2031-04-01'), entry('2031-04-15', { unit_id: other, kind: 'tap_huan' })]).returning('id').execute();
    expect(total(await expectSumsEqualDays(activities), 'hoi_nghi')).toBe(5);

    await db.updateTable('activities').set({ day: '2031-05-20', count: 7 }).where('id', '=', inserted[1].id).execute();
    await db.updateTable('activities').set({ unit_id: unit }).where('id', '=', inserted[3].id).execute();
    await db.updateTable('activities').set({ title: 'Chỉ đổi tên' }).where('id', '=', inserted[0].id).execute();
    const moved = await expectSumsEqualDays(activities);
    expect(moved.filter((r) => r.day === '2031-05-01').map((r) => r.count)).toEqual([7]);
    expect(moved.filter((r) => r.unitId === other)).toEqual([]);

    await db.deleteFrom('activities').where('id', '=', inserted[0].id).execute();
    const batch = await db.insertInto('activity_batches').values({ unit_id: unit, month: '2031-06', office: 'Phòng thử', office_key: 'phong thu' }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('activities').values([entry('2031-06-30', { batch_id: batch.id, count: 12 }), entry('2031-06-30', { batch_id: batch.id, kind: 'tap_huan', count: 2 })]).execute();
    expect(total(await expectSumsEqualDays(activities), 'hoi_nghi')).toBe(1 + 7 + 12);
    await db.deleteFrom('activity_batches').where('id', '=', batch.id).execute(); // its entries go by cascade
    expect(total(await expectSumsEqualDays(activities), 'hoi_nghi')).toBe(1 + 7);
  });

  it('readers: flushes that insert and then add to a day, and an article deleted with its reader days', async () => {
    const db = database.db;
    const a = await db.insertInto('articles').values({ unit_id: unit, title: 'Tin thử tháng', status: 'published', published_on: '2031-02-10' }).returning('id').executeTakeFirstOrThrow();
    const b = await db.insertInto('articles').values({ unit_id: unit, title: 'Tin thử tháng hai', status: 'published', published_on: '2031-02-11' }).returning('id').executeTakeFirstOrThrow();
    const event = (articleId: number, day: string, kind: 'view' | 'share' = 'view') => ({ articleId, unitId: unit, day, kind, token: crypto.randomBytes(16) });
    await addReaderEvents(db, [event(a.id, '2031-02-10'), event(a.id, '2031-02-10'), event(b.id, '2031-02-28', 'share'), event(b.id, '2031-03-01')]);
    await addReaderEvents(db, [event(a.id, '2031-02-10'), event(b.id, '2031-03-01')]); // both rows exist: the upsert's update path
    expect(total(await expectSumsEqualDays(articles), 'luot_truy_cap')).toBe(6);
    await db.deleteFrom('articles').where('id', '=', b.id).execute(); // its reader days go by cascade
    const after = await expectSumsEqualDays(articles);
    expect(total(after, 'luot_truy_cap')).toBe(3);
    expect(after.filter((r) => r.kind === 'luot_truy_cap').map((r) => r.day)).toEqual(['2031-02-01']);
  });
});
