import { sql, type RawBuilder } from 'kysely';
import { spanParts } from '@cchc/shared/plan/count-spans';
import type { Executor } from '../../db/executor.ts';

/** One accepted reader event: a view or a share of an article on a Viet Nam day, with its dedupe token. */
export interface ReaderEvent {
  articleId: number;
  unitId: number;
  day: string;
  kind: 'view' | 'share';
  /** HMAC of (kind, day, reader, article): no identity. */
  token: Buffer;
}

/**
 * Adds a batch of events in one statement: the tokens go into the day's dedupe set
 * (a token already there, from this or another process, is dropped), and only the
 * tokens newly inserted add to the counts. Both happen in the same statement, so the
 * counts and the dedupe set never disagree: a batch is counted once or not at all.
 * Rows are taken in key order, so two processes' batches never deadlock on each other.
 * Returns how many events were counted.
 */
export async function addReaderEvents(db: Executor, events: ReaderEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  const days = events.map((e) => e.day);
  const tokens = events.map((e) => e.token.toString('hex'));
  const articles = events.map((e) => e.articleId);
  const units = events.map((e) => e.unitId);
  const shares = events.map((e) => e.kind === 'share');
  const result = await sql<{ counted: number }>`
    WITH incoming AS (
      SELECT DISTINCT ON (day, token) day, decode(token_hex, 'hex') AS token, article_id, unit_id, is_share
      FROM unnest(${days}::date[], ${tokens}::text[], ${articles}::int[], ${units}::int[], ${shares}::boolean[])
        AS t(day, token_hex, article_id, unit_id, is_share)
    ),
    fresh AS (
      INSERT INTO article_reader_seen (day, token)
      SELECT day, token FROM incoming ORDER BY day, token
      ON CONFLICT DO NOTHING
      RETURNING day, token
    ),
    counted AS (
      SELECT i.article_id, i.day, i.unit_id,
             count(*) FILTER (WHERE NOT i.is_share)::int AS readers,
             count(*) FILTER (WHERE i.is_share)::int AS shares
      FROM incoming i JOIN fresh f ON f.day = i.day AND f.token = i.token
      GROUP BY i.article_id, i.day, i.unit_id
    ),
    added AS (
      INSERT INTO article_reader_days (article_id, day, unit_id, readers, shares)
      SELECT c.article_id, c.day, c.unit_id, c.readers, c.shares FROM counted c
      JOIN articles a ON a.id = c.article_id
      ORDER BY c.article_id, c.day
      ON CONFLICT (article_id, day) DO UPDATE
        SET readers = article_reader_days.readers + excluded.readers,
            shares = article_reader_days.shares + excluded.shares
      RETURNING readers
    )
    SELECT coalesce((SELECT sum(readers + shares) FROM counted), 0)::int AS counted
  `.execute(db);
  return Number(result.rows[0]?.counted ?? 0);
}

/** Forgets the dedupe tokens of the days before `today`: nothing of a reader outlives the day. */
export async function forgetSeenBefore(db: Executor, today: string): Promise<void> {
  await db.deleteFrom('article_reader_seen').where('day', '<', today).execute();
}

/** Readers and shares summed per article. */
export async function totalsFor(db: Executor, articleIds: number[]): Promise<Map<number, { readers: number; shares: number }>> {
  const out = new Map<number, { readers: number; shares: number }>();
  if (articleIds.length === 0) return out;
  const rows = await db
    .selectFrom('article_reader_days')
    .select((eb) => ['article_id', eb.fn.sum<number>('readers').as('readers'), eb.fn.sum<number>('shares').as('shares')])
    .where('article_id', 'in', articleIds)
    .groupBy('article_id')
    .execute();
  for (const r of rows) out.set(r.article_id, { readers: Number(r.readers), shares: Number(r.shares) });
  return out;
}

/**
 * Readers plus shares per unit and day: the "lượt truy cập, tương tác" of the Mini App. With
 * `spans` (count-spans.ts), per span, dated by its first day: whole months from
 * article_reader_months (kept by the triggers of migration 016), spans inside a month from the days.
 */
export async function interactionsPerDay(db: Executor, unitIds: number[], fromDay: string, toDay: string, spans?: readonly string[]): Promise<{ unit_id: number; day: string; n: number }[]> {
  if (unitIds.length === 0) return [];
  let rows: { unit_id: number; day: string; n: number | string }[];
  if (!spans) rows = await daySums(db, unitIds, [{ from: fromDay, to: toDay }], sql<string>`day::text`);
  else {
    const parts = spanParts(spans, toDay);
    const [months, days] = await Promise.all([
      parts.months.length === 0
        ? []
        : db
            .selectFrom('article_reader_months')
            .select(['unit_id', sql<string>`month::text`.as('day'), sql<number>`readers + shares`.as('n')])
            .where(sql<boolean>`unit_id = any(${unitIds}::int[])`)
            .where(sql<boolean>`month = any(${parts.months}::date[])`)
            .execute(),
      parts.days.length === 0 ? [] : daySums(db, unitIds, parts.days, sql<string>`(${[...spans]}::date[])[width_bucket(day, ${[...spans]}::date[])]::text`),
    ]);
    rows = [...months, ...days];
  }
  return rows.map((r) => ({ unit_id: r.unit_id, day: r.day, n: Number(r.n) })).filter((r) => r.n > 0);
}

function daySums(db: Executor, unitIds: number[], ranges: { from: string; to: string }[], day: RawBuilder<string>) {
  return db
    .selectFrom('article_reader_days')
    .select((eb) => ['unit_id', day.as('day'), eb.fn.sum<number>(sql`readers + shares`).as('n')])
    .where(sql<boolean>`unit_id = any(${unitIds}::int[])`)
    .where((eb) => eb.or(ranges.map((r) => eb.and([eb('day', '>=', r.from), eb('day', '<=', r.to)]))))
    .groupBy(['unit_id', sql`2`])
    .execute();
}

/** Demo seed: sets an article's counts for a day (idempotent). */
export async function setReaderDay(db: Executor, row: { articleId: number; unitId: number; day: string; readers: number; shares: number }): Promise<void> {
  await db
    .insertInto('article_reader_days')
    .values({ article_id: row.articleId, unit_id: row.unitId, day: row.day, readers: row.readers, shares: row.shares })
    .onConflict((oc) => oc.columns(['article_id', 'day']).doUpdateSet({ readers: row.readers, shares: row.shares }))
    .execute();
}
