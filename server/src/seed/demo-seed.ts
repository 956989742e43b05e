import fs from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { GuideDetailT } from '@cchc/shared/api/catalog';
import type { OfficeHoursT, UnitKindT } from '@cchc/shared/api/units';
import type { DB } from '../db/schema.ts';
import { seedDemoActivities } from '../features/activities/activities-seed.ts';
import { readCatalogFile } from '../features/catalog/catalog-file.ts';
import { importProcedures } from '../features/catalog/catalog-import.service.ts';
import * as catalogRepo from '../features/catalog/catalog.repository.ts';
import { seedDemoArticles } from '../features/articles/articles-seed.ts';
import { seedDemoPlans } from '../features/plans/plans-seed.ts';
import { seedDemoSatisfaction } from '../features/satisfaction/satisfaction-seed.ts';
import { seedRulesDefaults } from '../features/rules/rules-seed.ts';
import { bumpCatalogVersion, upsertUnit } from '../features/units/units.repository.ts';
import { seedTransferAgencies } from '../features/units/transfer-agencies.service.ts';
import { SEED_DIR } from '../paths.ts';
import { DEFAULT_DEMO_PASSWORD } from '../config.ts';
import { seedDemoOfficers } from './demo-officers.ts';

export { SEED_DIR };


interface SeedUnit {
  slug: string;
  name: string;
  kind: UnitKindT;
  address: string;
  officeHours: OfficeHoursT[];
  hotlines: { name: string; phone: string; purpose: string; hours: string }[];
}

interface SeedUnits {
  city: SeedUnit;
  units: SeedUnit[];
}

export interface SeedSummary {
  units: number;
  proceduresCreated: number;
}

/**
 * Loads the demo province: Thành phố Hải Phòng and some of its communes and wards,
 * each with the demo catalog. Safe to run again: nothing is duplicated, and
 * hotlines and guides an officer has edited are left alone.
 */
export interface SeedOptions {
  dir?: string;
  /** The demo officers' password (DEMO_PASSWORD). */
  demoPassword?: string;
}

export async function seedDemo(db: Kysely<DB>, { dir = SEED_DIR, demoPassword = DEFAULT_DEMO_PASSWORD }: SeedOptions = {}): Promise<SeedSummary> {
  const units = JSON.parse(await fs.readFile(path.join(dir, 'units.json'), 'utf8')) as SeedUnits;
  const guides = JSON.parse(await fs.readFile(path.join(dir, 'guides.json'), 'utf8')) as GuideDetailT[];
  const procedureFile = path.join(dir, 'procedures.json');
  const rows = await readCatalogFile(await fs.readFile(procedureFile), procedureFile);

  const cityId = await seedUnit(db, units.city, null, guides);
  await seedTransferAgencies(db, cityId);
  let proceduresCreated = 0;
  const seeded: { id: number; slug: string; name: string }[] = [];
  for (const unit of units.units) {
    const id = await seedUnit(db, unit, cityId, guides);
    seeded.push({ id, slug: unit.slug, name: unit.name });
    const report = await importProcedures(db, id, rows, null);
    if (report.rejected.length > 0) {
      throw new Error(`Demo procedures rejected: ${JSON.stringify(report.rejected.slice(0, 3))}`);
    }
    proceduresCreated += report.created.length;
  }
  await seedDemoOfficers(db, { id: cityId, slug: units.city.slug, name: units.city.name }, seeded, demoPassword);
  await seedRulesDefaults(db);
  // plans (issue 8): the real plans of seeds 000–004.
  const idOf = new Map(seeded.map((u) => [u.slug, u.id]));
  await seedDemoPlans(db, path.join(dir, 'plans'), (slug) => idOf.get(slug));
  // articles: a handful of published CCHC news per demo unit, with reader counts.
  await seedDemoArticles(db, seeded.slice(0, 5).map((u) => u.id));
  await seedDemoActivities(db, seeded);
  // satisfaction (issue 10): the city's default question set; Bình Giang publishes, with a few hundred responses.
  const binhGiang = seeded.find((u) => u.slug === 'binh-giang');
  await seedDemoSatisfaction(db, { id: cityId }, binhGiang, [...new Set(rows.map((r) => r.code))].slice(0, 8));
  return { units: units.units.length + 1, proceduresCreated };
}

async function seedUnit(db: Kysely<DB>, unit: SeedUnit, parentId: number | null, guides: GuideDetailT[]): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const id = await upsertUnit(tx, {
      slug: unit.slug,
      name: unit.name,
      kind: unit.kind,
      parentId,
      address: unit.address,
      officeHours: unit.officeHours,
      isDemo: true,
    });
    let changed = false;
    if ((await catalogRepo.listHotlines(tx, id)).length === 0) {
      await catalogRepo.replaceHotlines(tx, id, unit.hotlines.map((h) => ({ ...h, isDemo: true })));
      changed = true;
    }
    if ((await catalogRepo.listGuides(tx, id)).length === 0) {
      await catalogRepo.replaceGuides(tx, id, guides);
      changed = true;
    }
    if (changed) await bumpCatalogVersion(tx, id);
    return id;
  });
}
