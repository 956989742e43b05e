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

export async function topicCodeOf(db: Executor, topicId: number): Promise<string> {
  const row = await db.selectFrom('feedback_topics').select('code').where('id', '=', topicId).executeTakeFirstOrThrow();
  return row.code;
}

/** A unit's topics in their order, all of them (the console's settings). */
export function listTopicSettings(db: Executor, unitId: number) {
  return db
    .selectFrom('feedback_topics as t')
    .select(['t.id', 't.name', 't.code', 't.position', 't.active'])
    .where('t.unit_id', '=', unitId)
    .orderBy('t.position')
    .orderBy('t.id')
    .execute();
}

export type TopicRow = Awaited<ReturnType<typeof listTopicSettings>>[number];

export interface NewTopic {
  name: string;
  code: string;
  position: number;
}

export async function insertTopic(db: Executor, unitId: number, topic: NewTopic): Promise<number> {
  const row = await db
    .insertInto('feedback_topics')
    .values({ unit_id: unitId, name: topic.name, code: topic.code, position: topic.position })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateTopic(db: Executor, unitId: number, id: number, change: { name?: string; active?: boolean }): Promise<void> {
  await db.updateTable('feedback_topics').set(change).where('unit_id', '=', unitId).where('id', '=', id).execute();
}

export async function setTopicPosition(db: Executor, unitId: number, id: number, position: number): Promise<void> {
  await db.updateTable('feedback_topics').set({ position }).where('unit_id', '=', unitId).where('id', '=', id).execute();
}

/** Deletes a topic nobody used, with the unit's deadline rules for it. */
export async function deleteTopic(db: Executor, unitId: number, id: number): Promise<void> {
  await db.deleteFrom('feedback_deadlines').where('unit_id', '=', unitId).where('topic_id', '=', id).execute();
  await db.deleteFrom('feedback_topics').where('unit_id', '=', unitId).where('id', '=', id).execute();
}

/** Names and codes of topics by id (the PAKN figures name their rows; a code is shared by units' topics of one kind). */
export function topicNames(db: Executor, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('feedback_topics').select(['id', 'name', 'code']).where('id', 'in', ids).execute();
}
