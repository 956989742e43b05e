import type { Severity } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

export function listTopics(db: Executor, unitId: number, activeOnly: boolean) {
  return db
    .selectFrom('feedback_topics')
    .select(['id', 'name', 'code', 'active'])
    .where('unit_id', '=', unitId)
    .$if(activeOnly, (qb) => qb.where('active', '=', true))
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export async function countTopics(db: Executor, unitId: number): Promise<number> {
  const row = await db
    .selectFrom('feedback_topics')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unit_id', '=', unitId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Adds the topics a unit lacks; existing names or codes are left as they are. */
export async function insertTopics(db: Executor, unitId: number, topics: { name: string; code: string; position: number }[]): Promise<void> {
  if (topics.length === 0) return;
  await db
    .insertInto('feedback_topics')
    .values(topics.map((t) => ({ unit_id: unitId, name: t.name, code: t.code, position: t.position })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export function findActiveTopic(db: Executor, unitId: number, topicId: number) {
  return db
    .selectFrom('feedback_topics')
    .select(['id', 'name', 'code'])
    .where('unit_id', '=', unitId)
    .where('id', '=', topicId)
    .where('active', '=', true)
    .executeTakeFirst();
}

/** The unit's topic with this Open311 code, used to re-file a transferred PAKN under the receiving unit's list. */
export function findTopicByCode(db: Executor, unitId: number, code: string) {
  return db
    .selectFrom('feedback_topics')
    .select(['id', 'name', 'code'])
    .where('unit_id', '=', unitId)
    .where('code', '=', code)
    .where('active', '=', true)
    .executeTakeFirst();
}

export async function listDeadlineRules(db: Executor, unitId: number): Promise<{ topicId: number | null; severity: Severity; workingDays: number }[]> {
  const rows = await db
    .selectFrom('feedback_deadlines')
    .select(['topic_id', 'severity', 'working_days'])
    .where('unit_id', '=', unitId)
    .execute();
  return rows.map((r) => ({ topicId: r.topic_id, severity: r.severity, workingDays: r.working_days }));
}

/** The unit's stricter statutory deadlines (units.transfer_working_days, notice_working_days); null: the law's. */
export async function findStatutoryDays(db: Executor, unitId: number): Promise<{ transferWorkingDays: number | null; noticeWorkingDays: number | null }> {
  const row = await db.selectFrom('units').select(['transfer_working_days', 'notice_working_days']).where('id', '=', unitId).executeTakeFirst();
  return { transferWorkingDays: row?.transfer_working_days ?? null, noticeWorkingDays: row?.notice_working_days ?? null };
}

export async function listUnitIds(db: Executor): Promise<number[]> {
  return (await db.selectFrom('units').select('id').orderBy('id').execute()).map((r) => r.id);
}

export async function topicCodeOf(db: Executor, topicId: number): Promise<string> {
  const row = await db.selectFrom('feedback_topics').select('code').where('id', '=', topicId).executeTakeFirstOrThrow();
  return row.code;
}
