import type { OfficeHoursT, UnitKindT } from '@cchc/shared/api/units';
import type { Executor } from '../../db/executor.ts';

const unitColumns = [
  'u.id',
  'u.slug',
  'u.name',
  'u.kind',
  'u.address',
  'u.office_hours',
  'u.is_demo',
  'u.catalog_version',
  'p.slug as parent_slug',
] as const;

export function listUnits(db: Executor) {
  return db
    .selectFrom('units as u')
    .leftJoin('units as p', 'p.id', 'u.parent_id')
    .select(unitColumns)
    .orderBy('u.id')
    .execute();
}

export type UnitRow = Awaited<ReturnType<typeof listUnits>>[number];

export function findUnitBySlug(db: Executor, slug: string) {
  return db
    .selectFrom('units as u')
    .leftJoin('units as p', 'p.id', 'u.parent_id')
    .select(unitColumns)
    .where('u.slug', '=', slug)
    .executeTakeFirst();
}

export async function catalogVersion(db: Executor, unitId: number): Promise<number | undefined> {
  const row = await db.selectFrom('units').select('catalog_version').where('id', '=', unitId).executeTakeFirst();
  return row?.catalog_version;
}

export async function bumpCatalogVersion(db: Executor, unitId: number): Promise<void> {
  await db.updateTable('units').set((eb) => ({ catalog_version: eb('catalog_version', '+', 1) })).where('id', '=', unitId).execute();
}

export interface NewUnit {
  slug: string;
  name: string;
  kind: UnitKindT;
  parentId: number | null;
  address: string | null;
  officeHours: OfficeHoursT[];
  isDemo: boolean;
}

/** Inserts or updates a unit by slug; returns its id. */
export async function upsertUnit(db: Executor, unit: NewUnit): Promise<number> {
  const values = {
    slug: unit.slug,
    name: unit.name,
    kind: unit.kind,
    parent_id: unit.parentId,
    address: unit.address,
    office_hours: JSON.stringify(unit.officeHours),
    is_demo: unit.isDemo,
  };
  const row = await db
    .insertInto('units')
    .values(values)
    .onConflict((oc) => oc.column('slug').doUpdateSet({ ...values, slug: undefined }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function countUnits(db: Executor): Promise<number> {
  const row = await db.selectFrom('units').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
