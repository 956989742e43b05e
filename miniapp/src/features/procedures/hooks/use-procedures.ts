import type { ProcedureListT, ProcedureSummaryT } from '@cchc/shared/api/catalog';
import { useQuery } from '../../../lib/use-query.ts';
import { getProcedure, listProcedureFields, listProcedures } from '../api/procedures.ts';

export const SEARCH_PAGE_SIZE = 30;

/** Search results for q (best match first); pages are fetched together up to `limit`. */
export function useProcedureSearch(unit: string, q: string, limit: number) {
  const text = q.trim();
  return useQuery(
    text ? `procedures/${unit}?q=${text}&limit=${limit}` : null,
    (signal) => listProcedures(unit, { q: text, limit, offset: 0 }, signal),
    { keepPrevious: true },
  );
}

export function useProcedureFields(unit: string) {
  return useQuery(`procedure-fields/${unit}`, (signal) => listProcedureFields(unit, signal));
}

/** Every procedure of one lĩnh vực (fetched page by page, at most 1,000). */
export function useFieldProcedures(unit: string, field: string | null) {
  return useQuery(field === null ? null : `procedures/${unit}?field=${field}`, async (signal) => {
    const items: ProcedureSummaryT[] = [];
    let total = 0;
    do {
      const page: ProcedureListT = await listProcedures(unit, { field: field!, limit: 100, offset: items.length }, signal);
      items.push(...page.items);
      total = page.total;
      if (page.items.length === 0) break;
    } while (items.length < total && items.length < 1000);
    return { items, total };
  });
}

export function useProcedure(unit: string, code: string) {
  return useQuery(`procedure/${unit}/${code}`, (signal) => getProcedure(unit, code, signal));
}

/**
 * What people come for most at a commune desk (DOMAIN.md §2): khai sinh, kết hôn, xác nhận tình trạng hôn
 * nhân, chứng thực bản sao, khai tử. Codes may carry a province suffix (1.004873.000.00.00.H01).
 */
const POPULAR_CODES = ['1.001193', '1.000894', '1.004873', '2.000815', '1.000656', '2.000884'];

function popularRank(code: string): number {
  return POPULAR_CODES.findIndex((c) => code === c || code.startsWith(c + '.'));
}

export function usePopularProcedures(unit: string, count = 5) {
  return useQuery(`popular/${unit}`, async (signal) => {
    const page = await listProcedures(unit, { limit: 100 }, signal);
    const known = page.items
      .filter((p) => popularRank(p.code) >= 0)
      .sort((a, b) => popularRank(a.code) - popularRank(b.code));
    return known.length > 0 ? known.slice(0, count) : page.items.slice(0, count);
  });
}
