import { useQuery } from '../../../lib/use-query.ts';
import { getUnit, getUnits } from '../api/units.ts';

export function useUnits() {
  return useQuery('units', (signal) => getUnits(signal));
}

export function useUnitDetail(slug: string) {
  return useQuery(`units/${slug}`, (signal) => getUnit(slug, signal));
}
