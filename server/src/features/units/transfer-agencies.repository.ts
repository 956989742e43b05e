import type { Executor } from '../../db/executor.ts';

/** The active agencies of the province a unit belongs to (its parent city, or itself when it is the city). */
export function listForUnit(db: Executor, unitId: number) {
  return db
    .selectFrom('transfer_agencies as a')
    .select(['a.slug', 'a.name'])
    .where('a.active', '=', true)
    .where((eb) =>
      eb('a.province_id', '=', eb.fn.coalesce(
        eb.selectFrom('units').select('parent_id').where('id', '=', unitId),
        eb.val(unitId),
      )),
    )
    .orderBy('a.position')
    .orderBy('a.id')
    .execute();
}

export async function upsertAgency(db: Executor, provinceId: number, agency: { slug: string; name: string; position: number }): Promise<void> {
  await db
    .insertInto('transfer_agencies')
    .values({ province_id: provinceId, ...agency })
    .onConflict((oc) => oc.columns(['province_id', 'slug']).doUpdateSet({ name: agency.name, position: agency.position }))
    .execute();
}
