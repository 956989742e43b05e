import { useQuery } from '../../../../lib/use-query.ts';
import { getReport, getReportDue, getReportTexts, getUpcomingReports } from '../api/reports.ts';

/** Cache keys start with this; a save of the texts forgets the unit's report and texts. */
export const reportsKey = (unit: string, ...parts: string[]) => ['console/reports', unit, ...parts].join('/');

export const useReport = (unit: string, period: string) =>
  useQuery(reportsKey(unit, period, 'model'), (s) => getReport(unit, period, s), { keepPrevious: true });
export const useReportTexts = (unit: string, period: string) => useQuery(reportsKey(unit, period, 'texts'), (s) => getReportTexts(unit, period, s));
export const useUpcomingReports = (unit: string) => useQuery(reportsKey(unit, 'upcoming'), (s) => getUpcomingReports(unit, s));
export const useReportDue = (unit: string) => useQuery(`console/report-due/${unit}`, (s) => getReportDue(unit, s));
