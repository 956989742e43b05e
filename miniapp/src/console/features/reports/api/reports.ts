import type { ReportDueRuleBodyT, ReportDueRuleT, ReportFormatT, ReportT, ReportTextsBodyT, ReportTextsT, UpcomingReportsT } from '@cchc/shared/api/reports';
import { apiPath, apiUrl } from '../../../../lib/api-client.ts';
import { consoleGet, consoleRequest } from '../../../lib/console-api.ts';

/** The periodic report under /api/v1/console/units/{unit}/reports/…, the unit named in the path. */
const path = (unit: string, segments: string[], query?: Record<string, string>) => apiPath(['console', 'units', unit, 'reports', ...segments], query);

export const getReport = (unit: string, period: string, signal?: AbortSignal) =>
  consoleGet<ReportT>(path(unit, [period], { format: 'json' }), signal);

export const getReportTexts = (unit: string, period: string, signal?: AbortSignal) =>
  consoleGet<ReportTextsT>(path(unit, [period, 'texts']), signal);

export const putReportTexts = (unit: string, period: string, body: ReportTextsBodyT) =>
  consoleRequest<ReportTextsT>(path(unit, [period, 'texts']), { method: 'PUT', body });

export const getUpcomingReports = (unit: string, signal?: AbortSignal) =>
  consoleGet<UpcomingReportsT>(path(unit, ['upcoming']), signal);

/** The address of the Word or spreadsheet file, for a plain download link (the session cookie goes with it). */
export const reportFileUrl = (unit: string, period: string, format: Exclude<ReportFormatT, 'json'>) =>
  apiUrl(path(unit, [period], { format }));

/** The province's rule for when reports are due (a commune's path answers its city's rule). */
export const getReportDue = (unit: string, signal?: AbortSignal) =>
  consoleGet<ReportDueRuleT>(apiPath(['console', 'units', unit, 'report-due']), signal);

export const putReportDue = (city: string, body: ReportDueRuleBodyT) =>
  consoleRequest<ReportDueRuleT>(apiPath(['console', 'units', city, 'report-due']), { method: 'PUT', body });
