import { useQuery } from '../../../../lib/use-query.ts';
import { getAdminProcedure, getGuide, getHotlines, listAdminProcedures, listGuides } from '../api/catalog.ts';

export function useAdminProcedures(query: { unit?: string; q?: string; status?: string; limit: number; offset: number }) {
  return useQuery(`console/catalog/procedures?${JSON.stringify(query)}`, (s) => listAdminProcedures(query, s), { keepPrevious: true });
}

export function useAdminProcedure(code: string | null, unit?: string) {
  return useQuery(code ? `console/catalog/procedure/${unit ?? ''}/${code}` : null, (s) => getAdminProcedure(code!, unit, s));
}

export const useAdminHotlines = (unit?: string) => useQuery(`console/catalog/hotlines/${unit ?? ''}`, (s) => getHotlines(unit, s));
export const useAdminGuides = (unit?: string) => useQuery(`console/catalog/guides/${unit ?? ''}`, (s) => listGuides(unit, s));
export const useAdminGuide = (slug: string | null, unit?: string) =>
  useQuery(slug ? `console/catalog/guide/${unit ?? ''}/${slug}` : null, (s) => getGuide(slug!, unit, s));
