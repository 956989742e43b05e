import { invalidateQueries, useQuery } from '../../../../lib/use-query.ts';
import { getBatches, listActivities } from '../api/activities.ts';

const PREFIX = 'console/activities/';
const key = (...parts: string[]) => PREFIX + parts.join('/');

export const useActivities = (unit: string, month: string) =>
  useQuery(key(unit, month, 'list'), (s) => listActivities(unit, month, s), { keepPrevious: true });
export const useBatches = (unit: string, month: string) => useQuery(key(unit, month, 'batches'), (s) => getBatches(unit, month, s));

/** After a write: the lists, the batches and the dashboard's counts may all have changed. */
export function forgetActivities(): void {
  invalidateQueries(PREFIX);
  invalidateQueries('console/progress/');
}
