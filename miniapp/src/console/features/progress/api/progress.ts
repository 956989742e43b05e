import type { CityProgressT, TargetProgressT, UnitProgressT } from '@cchc/shared/api/plans';
import type { PaknFiguresT } from '@cchc/shared/api/figures';
import type { ProgressSeriesT, UpcomingReportsT } from '../lib/shapes.ts';
import { apiPath } from '../../../../lib/api-client.ts';
import { consoleGet } from '../../../lib/console-api.ts';

/** The dashboard's reads: everything under /api/v1/console/units/{unit}/…, the unit named in the path. */
const path = (unit: string, segments: string[], query?: Record<string, string>) => apiPath(['console', 'units', unit, ...segments], query);

export const getUnitProgress = (unit: string, period: string, signal?: AbortSignal) =>
  consoleGet<UnitProgressT>(path(unit, ['progress', period]), signal);

export const getCityProgress = (unit: string, period: string, signal?: AbortSignal) =>
  consoleGet<CityProgressT>(path(unit, ['progress', period, 'city']), signal);

export const getProgressSeries = (unit: string, period: string, signal?: AbortSignal) =>
  consoleGet<ProgressSeriesT>(path(unit, ['progress', period, 'series']), signal);

export const getProgressWarnings = (unit: string, signal?: AbortSignal) =>
  consoleGet<{ items: TargetProgressT[] }>(path(unit, ['progress', 'warnings']), signal);

export const getPaknFigures = (unit: string, period: string, signal?: AbortSignal) =>
  consoleGet<PaknFiguresT>(path(unit, ['figures'], { period }), signal);

export const getUpcomingReports = (unit: string, signal?: AbortSignal) =>
  consoleGet<UpcomingReportsT>(path(unit, ['reports', 'upcoming']), signal);
