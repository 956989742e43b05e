import type { Executor } from '../../db/executor.ts';

/** A unit's topics in their order, each with how many PAKN use it. */
export function listTopics(db: Executor, unitId: number) {
  return db
    .selectFrom('feedback_topics as t')
    .select((eb) => [
      't.id',
      't.name',
      't.code',
      't.position',
      't.active',
      eb
        .selectFrom('feedback as f')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('f.topic_id', '=', 't.id')
        .as('feedback_count'),
    ])
    .where('t.unit_id', '=', unitId)
    .orderBy('t.position')
    .orderBy('t.id')
    .execute();
}

export type TopicRow = Awaited<ReturnType<typeof listTopics>>[number];

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
