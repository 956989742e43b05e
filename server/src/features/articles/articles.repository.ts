import { sql } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import type { ArticleMediaTable, ArticlesTable } from '../../db/schema.ts';
import type { Selectable } from 'kysely';

export type ArticleRow = Selectable<ArticlesTable>;
export type MediaRow = Selectable<ArticleMediaTable>;

export interface ArticleValues {
  title: string;
  summary: string;
  bodyHtml: string;
  coverMediaId: string | null;
  audioMediaId: string | null;
}

export async function insertArticle(db: Executor, unitId: number, v: ArticleValues, isDemo = false): Promise<ArticleRow> {
  return db
    .insertInto('articles')
    .values({ unit_id: unitId, title: v.title, summary: v.summary, body_html: v.bodyHtml, cover_media_id: v.coverMediaId, audio_media_id: v.audioMediaId, is_demo: isDemo })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Updates when the version still holds; null when someone saved in between (or the article is gone). */
export async function updateArticle(db: Executor, unitId: number, id: number, version: number, v: ArticleValues): Promise<ArticleRow | null> {
  const row = await db
    .updateTable('articles')
    .set({ title: v.title, summary: v.summary, body_html: v.bodyHtml, cover_media_id: v.coverMediaId, audio_media_id: v.audioMediaId, version: sql`version + 1`, updated_at: sql`now()` })
    .where('unit_id', '=', unitId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

/** Publishes (with its day) or unpublishes (day null) at a version; null when stale. */
export async function setPublished(db: Executor, unitId: number, id: number, version: number, publishedOn: string | null): Promise<ArticleRow | null> {
  const row = await db
    .updateTable('articles')
    .set({
      status: publishedOn ? 'published' : 'draft',
      published_on: publishedOn,
      published_at: publishedOn ? sql`now()` : null,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('unit_id', '=', unitId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

export async function deleteArticle(db: Executor, unitId: number, id: number, version: number): Promise<boolean> {
  const result = await db.deleteFrom('articles').where('unit_id', '=', unitId).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function findArticle(db: Executor, unitId: number, id: number): Promise<ArticleRow | null> {
  return (await db.selectFrom('articles').selectAll().where('unit_id', '=', unitId).where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function listArticles(db: Executor, unitId: number, q: { status?: 'draft' | 'published'; limit: number; offset: number }): Promise<{ rows: ArticleRow[]; total: number }> {
  let base = db.selectFrom('articles').where('unit_id', '=', unitId);
  if (q.status) base = base.where('status', '=', q.status);
  const [rows, total] = await Promise.all([
    base.selectAll().orderBy(sql`published_on DESC NULLS FIRST`).orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function listPublished(db: Executor, unitId: number, limit: number, offset: number): Promise<{ rows: ArticleRow[]; total: number }> {
  const base = db.selectFrom('articles').where('unit_id', '=', unitId).where('status', '=', 'published');
  const [rows, total] = await Promise.all([
    base.selectAll().orderBy('published_on', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** The unit of a published article, or null (for the reader counts' cache). */
export async function publishedUnitOf(db: Executor, id: number): Promise<number | null> {
  const row = await db.selectFrom('articles').select('unit_id').where('id', '=', id).where('status', '=', 'published').executeTakeFirst();
  return row?.unit_id ?? null;
}

/** Published articles per unit and day, and how many of them carry audio. */
/** Published articles (and those with audio) per unit and day; with `spans` (count-spans.ts), per span, dated by its first day. */
export async function publishedPerDay(db: Executor, unitIds: number[], fromDay: string, toDay: string, spans?: readonly string[]): Promise<{ unit_id: number; day: string; articles: number; audio: number }[]> {
  if (unitIds.length === 0) return [];
  const day = spans ? sql<string>`(${[...spans]}::date[])[width_bucket(published_on, ${[...spans]}::date[])]::text` : sql<string>`published_on::text`;
  const rows = await db
    .selectFrom('articles')
    .select((eb) => [
      'unit_id',
      day.as('day'),
      eb.fn.countAll<number>().as('articles'),
      eb.fn.count<number>('audio_media_id').as('audio'),
    ])
    .where('status', '=', 'published')
    .where(sql<boolean>`unit_id = any(${unitIds}::int[])`)
    .where('published_on', '>=', fromDay)
    .where('published_on', '<=', toDay)
    .groupBy(['unit_id', sql`2`])
    .execute();
  return rows.map((r) => ({ unit_id: r.unit_id, day: r.day, articles: Number(r.articles), audio: Number(r.audio) }));
}

export async function demoArticleTitles(db: Executor, unitId: number): Promise<Set<string>> {
  const rows = await db.selectFrom('articles').select('title').where('unit_id', '=', unitId).where('is_demo', '=', true).execute();
  return new Set(rows.map((r) => r.title));
}

// ── media ──
export async function insertMedia(db: Executor, m: Omit<MediaRow, 'created_at'>): Promise<void> {
  await db.insertInto('article_media').values(m).execute();
}

export async function findMedia(db: Executor, id: string): Promise<MediaRow | null> {
  return (await db.selectFrom('article_media').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function mediaOfUnit(db: Executor, unitId: number, ids: string[]): Promise<MediaRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('article_media').selectAll().where('unit_id', '=', unitId).where('id', 'in', ids).execute();
}
