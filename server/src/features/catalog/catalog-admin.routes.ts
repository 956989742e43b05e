import type { FastifyPluginAsync } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CatalogService } from './catalog.service.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import { CatalogListsService } from './catalog-lists.service.ts';
import { catalogListsRoutes } from './catalog-lists.routes.ts';
import { ProcedureAdminService } from './procedure-admin.service.ts';
import { proceduresAdminRoutes } from './procedures-admin.routes.ts';

export interface CatalogAdminOptions {
  db: Kysely<DB>;
  catalog: CatalogService;
  units: UnitDirectory;
}

/** Catalog maintenance in the console (/api/v1/console/catalog/...): procedures, hotlines, guides. */
export const catalogAdminRoutes: FastifyPluginAsync<CatalogAdminOptions> = async (app, { db, catalog, units }) => {
  await app.register(proceduresAdminRoutes, { procedures: new ProcedureAdminService(db, catalog), units });
  await app.register(catalogListsRoutes, { lists: new CatalogListsService(db, catalog), units });
};
