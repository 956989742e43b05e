import type { FastifyRequest } from 'fastify';
import { unitNotFound } from '../../lib/domain-errors.ts';
import type { ConsoleUnit } from './console-unit.ts';
import type { UnitDirectory } from './units.service.ts';

/**
 * Who may act on a unit named in the path (/api/v1/console/units/{unit}/…) of the
 * communication plan, its activities, figures and reports: a unit's own officers read
 * and write it; the city (its officers and the city administrator) reads every unit of
 * the city; nobody else learns the unit exists (the same 404 as an unknown unit).
 */
export async function unitFor(request: FastifyRequest, units: UnitDirectory, slug: string, access: 'read' | 'write'): Promise<ConsoleUnit & { kind: string }> {
  const officer = request.officer!;
  const unit = await units.get(slug);
  const target = { id: unit.id, slug: unit.slug, name: unit.summary.name, kind: unit.summary.kind };
  if (unit.id === officer.unitId) return target;
  if (access === 'write') throw unitNotFound();
  const own = await units.byId(officer.unitId);
  const cityOf = (u: { summary: { kind: string; slug: string; parentSlug: string | null } }) => (u.summary.kind === 'city' ? u.summary.slug : u.summary.parentSlug);
  const ownIsCity = own?.summary.kind === 'city' || officer.role === 'city_admin';
  if (own && ownIsCity && cityOf(own) === cityOf(unit)) return target;
  throw unitNotFound();
}

/** The units whose figures a unit's view covers: a city covers every unit of the city, a commune itself. */
export async function unitsCovered(units: UnitDirectory, unit: { id: number; slug: string; kind: string }): Promise<{ id: number; slug: string; name: string }[]> {
  if (unit.kind !== 'city') return [{ id: unit.id, slug: unit.slug, name: (await units.byId(unit.id))!.summary.name }];
  const all = await units.list();
  const out: { id: number; slug: string; name: string }[] = [];
  for (const s of all) {
    if (s.parentSlug !== unit.slug) continue;
    const u = await units.get(s.slug);
    out.push({ id: u.id, slug: u.slug, name: s.name });
  }
  return out;
}
