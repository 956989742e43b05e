import type { FastifyRequest } from 'fastify';
import { unitNotFound } from '../../lib/domain-errors.ts';
import type { UnitDirectory } from './units.service.ts';

/** The unit a console request acts on. */
export interface ConsoleUnit {
  id: number;
  slug: string;
  name: string;
}

/**
 * The officer's own unit; a city administrator may name any unit with ?unit=<slug>.
 * Anyone else naming another unit gets the same 404 as an unknown unit, so a unit's
 * settings and catalog cannot even be probed from outside it.
 */
export async function consoleUnit(request: FastifyRequest, units: UnitDirectory, requested?: string): Promise<ConsoleUnit> {
  const officer = request.officer!;
  if (requested === undefined || requested === officer.unitSlug) {
    return { id: officer.unitId, slug: officer.unitSlug, name: officer.unitName };
  }
  if (officer.role !== 'city_admin') throw unitNotFound();
  const unit = await units.get(requested);
  return { id: unit.id, slug: unit.slug, name: unit.summary.name };
}
