import type { Executor } from '../../db/executor.ts';
import * as repo from './unit-settings.repository.ts';
import { bumpCatalogVersion, catalogVersion } from './units.repository.ts';

/**
 * The columns of a unit other features keep rules or versions in (statutory deadlines,
 * the catalog's version): the units feature owns the table, so they ask here. Each
 * takes the executor first, so a caller inside a transaction passes it.
 */
export const unitSettings = {
  statutoryDays: (db: Executor, unitId: number) => repo.findStatutoryDays(db, unitId),
  setStatutoryDays: (db: Executor, unitId: number, days: Parameters<typeof repo.setStatutoryDays>[2]) => repo.setStatutoryDays(db, unitId, days),
  unitIds: (db: Executor) => repo.listUnitIds(db),
  catalogVersion: (db: Executor, unitId: number) => catalogVersion(db, unitId),
  bumpCatalogVersion: (db: Executor, unitId: number) => bumpCatalogVersion(db, unitId),
  /** Whether the commune shows its satisfaction figures in the Mini App (issue 10); undefined: no such unit. */
  publishSatisfaction: (db: Executor, unitId: number) => repo.findPublishSatisfaction(db, unitId),
  setPublishSatisfaction: (db: Executor, unitId: number, publish: boolean) => repo.setPublishSatisfaction(db, unitId, publish),
};
