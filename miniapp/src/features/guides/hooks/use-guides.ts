import { useQuery } from '../../../lib/use-query.ts';
import { getGuide, getGuides } from '../api/guides.ts';

export function useGuides(unit: string) {
  return useQuery(`guides/${unit}`, (signal) => getGuides(unit, signal));
}

export function useGuide(unit: string, slug: string) {
  return useQuery(`guide/${unit}/${slug}`, (signal) => getGuide(unit, slug, signal));
}
