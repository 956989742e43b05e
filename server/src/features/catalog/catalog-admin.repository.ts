import type { GuideDetailT } from '@cchc/shared/api/catalog';
import type { Executor } from '../../db/executor.ts';

/** Every procedure of a unit, repealed ones included, for the console's list. */
export function listAllProcedures(db: Executor, unitId: number) {
  return db
    .selectFrom('procedures')
    .select(['code', 'name', 'field', 'online_level', 'status', 'updated_at'])
    .where('unit_id', '=', unitId)
    .execute();
}

export function findEditableProcedure(db: Executor, unitId: number, code: string) {
  return db
    .selectFrom('procedures')
    .select(['id', 'code', 'name', 'field', 'online_level', 'summary', 'detail', 'status', 'updated_at'])
    .where('unit_id', '=', unitId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export function listGuidesWithPosition(db: Executor, unitId: number) {
  return db
    .selectFrom('guides')
    .select(['id', 'slug', 'title', 'summary', 'steps', 'links', 'position'])
    .where('unit_id', '=', unitId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export type GuideRow = Awaited<ReturnType<typeof listGuidesWithPosition>>[number];

type GuideContent = Omit<GuideDetailT, 'slug'>;

export async function insertGuide(db: Executor, unitId: number, slug: string, g: GuideContent, position: number): Promise<void> {
  await db
    .insertInto('guides')
    .values({ unit_id: unitId, slug, title: g.title, summary: g.summary, steps: JSON.stringify(g.steps), links: JSON.stringify(g.links), position })
    .execute();
}

export async function updateGuide(db: Executor, unitId: number, slug: string, g: GuideContent): Promise<void> {
  await db
    .updateTable('guides')
    .set({ title: g.title, summary: g.summary, steps: JSON.stringify(g.steps), links: JSON.stringify(g.links) })
    .where('unit_id', '=', unitId)
    .where('slug', '=', slug)
    .execute();
}

export async function setGuidePosition(db: Executor, unitId: number, id: number, position: number): Promise<void> {
  await db.updateTable('guides').set({ position }).where('unit_id', '=', unitId).where('id', '=', id).execute();
}

/** True when a guide was deleted. */
export async function deleteGuide(db: Executor, unitId: number, slug: string): Promise<boolean> {
  const result = await db.deleteFrom('guides').where('unit_id', '=', unitId).where('slug', '=', slug).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
