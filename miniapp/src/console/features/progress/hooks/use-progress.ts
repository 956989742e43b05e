import { useQuery } from '../../../../lib/use-query.ts';
import { getCityProgress, getPaknFigures, getProgressSeries, getProgressWarnings, getUnitProgress, getUpcomingReports } from '../api/progress.ts';

const key = (...parts: string[]) => `console/progress/${parts.join('/')}`;

export const useUnitProgress = (unit: string, period: string) =>
  useQuery(key(unit, period), (s) => getUnitProgress(unit, period, s), { keepPrevious: true });
export const useCityProgress = (unit: string, period: string) =>
  useQuery(key(unit, period, 'city'), (s) => getCityProgress(unit, period, s), { keepPrevious: true });
export const useProgressSeries = (unit: string, period: string) => useQuery(key(unit, period, 'series'), (s) => getProgressSeries(unit, period, s));
export const useProgressWarnings = (unit: string) => useQuery(key(unit, 'warnings'), (s) => getProgressWarnings(unit, s));
export const usePaknFigures = (unit: string, period: string) => useQuery(key(unit, period, 'figures'), (s) => getPaknFigures(unit, period, s));
export const useUpcomingReports = (unit: string) => useQuery(key(unit, 'reports-upcoming'), (s) => getUpcomingReports(unit, s));
