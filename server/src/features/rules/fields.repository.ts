import type { Executor } from '../../db/executor.ts';

/** The unit's lĩnh vực in their order (the settings page and the classify form). */
export function listFields(db: Executor, unitId: number, activeOnly = false) {
  return db
    .selectFrom('feedback_fields')
    .select(['id', 'name', 'key', 'position', 'active'])
    .where('unit_id', '=', unitId)
    .$if(activeOnly, (qb) => qb.where('active', '=', true))
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export type FieldRow = Awaited<ReturnType<typeof listFields>>[number];

export function findActiveField(db: Executor, unitId: number, id: number) {
  return db
    .selectFrom('feedback_fields')
    .select(['id', 'name'])
    .where('unit_id', '=', unitId)
    .where('id', '=', id)
    .where('active', '=', true)
    .executeTakeFirst();
}

export function findFieldByKey(db: Executor, unitId: number, key: string) {
  return db.selectFrom('feedback_fields').select(['id', 'name', 'active']).where('unit_id', '=', unitId).where('key', '=', key).executeTakeFirst();
}

export function fieldNames(db: Executor, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('feedback_fields').select(['id', 'name', 'key']).where('id', 'in', ids).execute();
}

export async function insertField(db: Executor, unitId: number, field: { name: string; key: string; position: number }): Promise<number> {
  const row = await db
    .insertInto('feedback_fields')
    .values({ unit_id: unitId, name: field.name, key: field.key, position: field.position })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateField(db: Executor, unitId: number, id: number, change: { name?: string; key?: string; active?: boolean }): Promise<void> {
  await db.updateTable('feedback_fields').set(change).where('unit_id', '=', unitId).where('id', '=', id).execute();
}

export async function setFieldPosition(db: Executor, unitId: number, id: number, position: number): Promise<void> {
  await db.updateTable('feedback_fields').set({ position }).where('unit_id', '=', unitId).where('id', '=', id).execute();
}

export async function deleteField(db: Executor, unitId: number, id: number): Promise<void> {
  await db.deleteFrom('feedback_fields').where('unit_id', '=', unitId).where('id', '=', id).execute();
}
