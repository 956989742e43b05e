import type { FastifyPluginAsync } from 'fastify';
import type { UnitDirectory } from '../units/units.service.ts';
import type { CatalogListsService } from './catalog-lists.service.ts';
import { catalogListsRoutes } from './catalog-lists.routes.ts';
import type { ProcedureAdminService } from './procedure-admin.service.ts';
import { proceduresAdminRoutes } from './procedures-admin.routes.ts';

export interface CatalogAdminOptions {
  procedures: ProcedureAdminService;
  lists: CatalogListsService;
  units: UnitDirectory;
}

/** Catalog maintenance in the console (/api/v1/console/catalog/...): procedures, hotlines, guides. */
export const catalogAdminRoutes: FastifyPluginAsync<CatalogAdminOptions> = async (app, { procedures, lists, units }) => {
  await app.register(proceduresAdminRoutes, { procedures, units });
  await app.register(catalogListsRoutes, { lists, units });
};
