import { useQuery } from '../../../lib/use-query.ts';
import { getHotlines } from '../api/hotlines.ts';

export function useHotlines(unit: string) {
  return useQuery(`hotlines/${unit}`, (signal) => getHotlines(unit, signal));
}
