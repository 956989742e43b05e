import { invalidateQueries, useQuery } from '../../../../lib/use-query.ts';
import { getPlan, listPlans } from '../api/plans.ts';

const PREFIX = 'console/plans/';

export const usePlanList = (unit: string) => useQuery(`${PREFIX}${unit}/list`, (s) => listPlans(unit, s), { keepPrevious: true });
export const usePlan = (unit: string, id: number | null) => useQuery(id === null ? null : `${PREFIX}${unit}/${id}`, (s) => getPlan(unit, id!, s));

/** After a save or a new plan: forgets the cached plans and progress (screens mounted later read them again; a mounted list needs its reload). */
export function forgetPlans(unit: string): void {
  invalidateQueries(`${PREFIX}${unit}/`);
  invalidateQueries('console/progress');
}
