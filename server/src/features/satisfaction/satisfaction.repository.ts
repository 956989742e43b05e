import { sql, type RawBuilder, type Selectable } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import type { SurveyQuestionsTable, SurveyQuestionSetsTable } from '../../db/schema.ts';
import type { SummarySlices } from '../figures/figure-range.ts';

/** The only queries over the survey tables (feature satisfaction, migration 021). */

export type QuestionSetRow = Selectable<SurveyQuestionSetsTable>;
export type QuestionRow = Selectable<SurveyQuestionsTable>;

const SET_COLUMNS = ['id', 'city_id', 'version', 'status', 'title', 'intro', 'source', 'expectations', 'created_at', 'opened_at', 'closed_at'] as const;

export async function listSets(db: Executor, cityId: number): Promise<QuestionSetRow[]> {
  return db.selectFrom('survey_question_sets').select(SET_COLUMNS).where('city_id', '=', cityId).orderBy('version', 'desc').execute();
}

export async function findSet(db: Executor, id: number): Promise<QuestionSetRow | undefined> {
  return db.selectFrom('survey_question_sets').select(SET_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function findSetByVersion(db: Executor, cityId: number, version: number): Promise<QuestionSetRow | undefined> {
  return db.selectFrom('survey_question_sets').select(SET_COLUMNS).where('city_id', '=', cityId).where('version', '=', version).executeTakeFirst();
}

export async function findOpenSet(db: Executor, cityId: number): Promise<QuestionSetRow | undefined> {
  return db.selectFrom('survey_question_sets').select(SET_COLUMNS).where('city_id', '=', cityId).where('status', '=', 'open').executeTakeFirst();
}

/** Locks the city's sets while one is created or opened (one writer at a time, across processes). */
export async function lockSets(db: Executor, cityId: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(21021, ${cityId}::int)`.execute(db);
}

export async function insertSet(
  db: Executor,
  set: { cityId: number; version: number; status: 'draft' | 'open'; title: string; intro: string; source: string; expectations: { code: string; text: string }[] },
): Promise<number> {
  const row = await db.insertInto('survey_question_sets').values({
    city_id: set.cityId,
    version: set.version,
    status: set.status,
    title: set.title,
    intro: set.intro,
    source: set.source,
    expectations: JSON.stringify(set.expectations),
    opened_at: set.status === 'open' ? new Date() : null,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateSet(db: Executor, id: number, set: { title: string; intro: string; source: string; expectations: { code: string; text: string }[] }): Promise<void> {
  await db.updateTable('survey_question_sets')
    .set({ title: set.title, intro: set.intro, source: set.source, expectations: JSON.stringify(set.expectations) })
    .where('id', '=', id).execute();
}

export async function closeOpenSet(db: Executor, cityId: number, now: Date): Promise<void> {
  await db.updateTable('survey_question_sets').set({ status: 'closed', closed_at: now }).where('city_id', '=', cityId).where('status', '=', 'open').execute();
}

export async function openSet(db: Executor, id: number, now: Date): Promise<void> {
  await db.updateTable('survey_question_sets').set({ status: 'open', opened_at: now }).where('id', '=', id).execute();
}

export async function maxVersion(db: Executor, cityId: number): Promise<number> {
  const row = await db.selectFrom('survey_question_sets').select((eb) => eb.fn.max('version').as('v')).where('city_id', '=', cityId).executeTakeFirst();
  return Number(row?.v ?? 0);
}

export async function listQuestions(db: Executor, setIds: number[]): Promise<QuestionRow[]> {
  if (setIds.length === 0) return [];
  return db.selectFrom('survey_questions').selectAll().where('question_set_id', 'in', setIds).orderBy('question_set_id').orderBy('position').execute();
}

export async function replaceQuestions(db: Executor, setId: number, questions: Omit<QuestionRow, 'id' | 'question_set_id'>[]): Promise<void> {
  await db.deleteFrom('survey_questions').where('question_set_id', '=', setId).execute();
  if (questions.length === 0) return;
  await db.insertInto('survey_questions').values(questions.map((q) => ({ ...q, question_set_id: setId }))).execute();
}

/** Every question code the city's sets ever had, with the newest version's wording. */
export async function questionCodes(db: Executor, cityId: number): Promise<{ code: string; factor: number | null; kind: QuestionRow['kind']; text: string }[]> {
  const { rows } = await sql<{ code: string; factor: number | null; kind: QuestionRow['kind']; text: string }>`
    select distinct on (q.code) q.code, q.factor, q.kind, q.text
    from survey_questions q join survey_question_sets s on s.id = q.question_set_id
    where s.city_id = ${cityId}::int and s.status <> 'draft'
    order by q.code, s.version desc`.execute(db);
  return rows;
}

export async function responseCounts(db: Executor, setIds: number[]): Promise<Map<number, number>> {
  if (setIds.length === 0) return new Map();
  const rows = await db.selectFrom('survey_responses').select(['question_set_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('question_set_id', 'in', setIds).groupBy('question_set_id').execute();
  return new Map(rows.map((r) => [r.question_set_id, Number(r.n)]));
}

export async function hasResponses(db: Executor, unitId: number): Promise<boolean> {
  return (await db.selectFrom('survey_responses').select('id').where('unit_id', '=', unitId).limit(1).executeTakeFirst()) !== undefined;
}

export interface NewResponse {
  unitId: number;
  questionSetId: number;
  receivedAt: Date;
  receivedDay: string;
  procedureCode: string | null;
  feedbackCode: string | null;
  desk: string | null;
  respondentHash: string;
  transactionKey: string;
  expectations: string[];
  comment: string | null;
  answers: { questionId: number; value: number }[];
}

/** Stores a response and its answers; null when this respondent already answered for this transaction. */
export async function insertResponse(db: Executor, r: NewResponse): Promise<number | null> {
  const row = await db.insertInto('survey_responses').values({
    unit_id: r.unitId,
    question_set_id: r.questionSetId,
    received_at: r.receivedAt,
    received_day: r.receivedDay,
    procedure_code: r.procedureCode,
    feedback_code: r.feedbackCode,
    desk: r.desk,
    respondent_hash: r.respondentHash,
    transaction_key: r.transactionKey,
    expectations: r.expectations,
    comment: r.comment,
  }).onConflict((oc) => oc.columns(['unit_id', 'respondent_hash', 'transaction_key']).doNothing()).returning('id').executeTakeFirst();
  if (!row) return null;
  await db.insertInto('survey_answers').values(r.answers.map((a) => ({ response_id: row.id, question_id: a.questionId, value: a.value }))).execute();
  return row.id;
}

export interface CountRow {
  /** 'all': over every unit and month; 'unit': per unit; 'month': per month (YYYY-MM). */
  g: 'all' | 'unit' | 'month';
  unit_id: number | null;
  month: string | null;
  dim: 'q' | 'p' | 'r' | 'e';
  key: string;
  value: number;
  n: number;
}

interface SliceFilter {
  scope: 'u' | 'c';
  unitIds: number[];
  /** Only these codes of dim 'q' (the per-commune read of a city). */
  codes?: string[];
}

function sliceRows(f: SliceFilter, slices: SummarySlices): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  const only = f.codes ? sql`and dim = 'q' and key = any(${f.codes}::text[])` : sql``;
  if (slices.months) {
    parts.push(sql`select unit_id, bucket as month, dim, key, value, n from survey_counts
      where grain = 'm' and scope = ${f.scope} and unit_id = any(${f.unitIds}::int[]) and bucket between ${slices.months.from}::date and ${slices.months.to}::date ${only}`);
  }
  for (const [spans, sign] of [[slices.days, sql.raw('n')], [slices.minus, sql.raw('-n')]] as const) {
    for (const s of spans) {
      parts.push(sql`select unit_id, date_trunc('month', bucket)::date as month, dim, key, value, ${sign} as n from survey_counts
        where grain = 'd' and scope = ${f.scope} and unit_id = any(${f.unitIds}::int[]) and bucket between ${s.from}::date and ${s.to}::date ${only}`);
    }
  }
  return sql.join(parts, sql` union all `);
}

/** Totals by (dim, key, value) and, for the index codes and responses, by month. */
async function totals(db: Executor, f: SliceFilter, slices: SummarySlices, index: string[]): Promise<CountRow[]> {
  const { rows } = await sql<CountRow>`
    select case when grouping(month) = 0 then 'month' else 'all' end as g, null::int as unit_id,
           to_char(month, 'YYYY-MM') as month, dim, key, value, sum(n)::int as n
    from (${sliceRows(f, slices)}) s
    group by grouping sets ((dim, key, value), (month, dim, key, value))
    having grouping(month) = 1 or dim = 'r' or (dim = 'q' and key = any(${index}::text[]))`.execute(db);
  return rows;
}

/** The overall question's answers per commune. */
async function perUnit(db: Executor, unitIds: number[], slices: SummarySlices, overall: string[]): Promise<CountRow[]> {
  const { rows } = await sql<CountRow>`
    select 'unit' as g, unit_id, null as month, 'q' as dim, key, value, sum(n)::int as n
    from (${sliceRows({ scope: 'u', unitIds, codes: overall }, slices)}) s
    group by unit_id, key, value`.execute(db);
  return rows;
}

/**
 * The sums of a range read from survey_counts (whole months from the month rows, the cut days
 * from the day rows): over everything by (dim, key, value) and per month for the index codes
 * (factor satisfaction, overall) and responses, from the city's rolled-up rows when `city` is
 * given (else the units' own); per unit for the overall codes.
 */
export async function counts(db: Executor, target: { city: number | null; unitIds: number[] }, slices: SummarySlices, codes: { overall: string[]; index: string[] }): Promise<CountRow[]> {
  if (target.unitIds.length === 0 || (!slices.months && slices.days.length === 0)) return [];
  const scope = target.city !== null ? { scope: 'c' as const, unitIds: [target.city] } : { scope: 'u' as const, unitIds: target.unitIds };
  const [all, units] = await Promise.all([totals(db, scope, slices, codes.index), perUnit(db, target.unitIds, slices, codes.overall)]);
  return [...all, ...units];
}

export interface CommentRow {
  id: number;
  unit_id: number;
  received_at: Date;
  comment: string;
  procedure_code: string | null;
  feedback_code: string | null;
  desk: string | null;
  version: number;
  overall: number | null;
}

export async function comments(db: Executor, unitIds: number[], range: { from: string; to: string }, limit: number, offset: number): Promise<{ rows: CommentRow[]; total: number }> {
  if (unitIds.length === 0) return { rows: [], total: 0 };
  const base = db.selectFrom('survey_responses as r')
    .where('r.unit_id', 'in', unitIds)
    .where('r.comment', 'is not', null)
    .where('r.received_day', '>=', range.from)
    .where('r.received_day', '<=', range.to);
  const [rows, total] = await Promise.all([
    base.innerJoin('survey_question_sets as s', 's.id', 'r.question_set_id')
      .select(['r.id', 'r.unit_id', 'r.received_at', 'r.comment', 'r.procedure_code', 'r.feedback_code', 'r.desk', 's.version'])
      .select((eb) => eb.selectFrom('survey_answers as a').innerJoin('survey_questions as q', 'q.id', 'a.question_id')
        .select('a.value').whereRef('a.response_id', '=', 'r.id').where('q.kind', '=', 'overall').limit(1).as('overall'))
      .orderBy('r.received_at', 'desc').orderBy('r.id', 'desc').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as CommentRow[], total: Number(total.n) };
}
