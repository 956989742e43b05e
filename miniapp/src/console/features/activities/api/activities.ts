import type { ActivityInputT, ActivityListT, ActivityT, ActivityUpdateT, BatchBodyT, BatchMonthT, BatchT } from '@cchc/shared/api/activities';
import { apiPath } from '../../../../lib/api-client.ts';
import { consoleGet, consoleRequest } from '../../../lib/console-api.ts';

/** The unit's activities: everything under /api/v1/console/units/{unit}/activities…. */
const path = (unit: string, segments: string[] = [], query?: Record<string, string | number>) =>
  apiPath(['console', 'units', unit, 'activities', ...segments], query);

/** A month's entries ("YYYY-MM"), the most the server gives in one page. */
export const listActivities = (unit: string, month: string, signal?: AbortSignal) =>
  consoleGet<ActivityListT>(path(unit, [], { period: month, limit: 200 }), signal);

export const createActivity = (unit: string, body: ActivityInputT) => consoleRequest<ActivityT>(path(unit), { method: 'POST', body });

export const updateActivity = (unit: string, id: number, body: ActivityUpdateT) =>
  consoleRequest<ActivityT>(path(unit, [String(id)]), { method: 'PUT', body });

export const deleteActivity = (unit: string, id: number) => consoleRequest<null>(path(unit, [String(id)]), { method: 'DELETE' });

/** One file as multipart (field "file"); replaces the activity's earlier file. */
export function attachEvidence(unit: string, id: number, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return consoleRequest<ActivityT>(path(unit, [String(id), 'evidence']), { method: 'PUT', body: form });
}

export const getBatches = (unit: string, month: string, signal?: AbortSignal) =>
  consoleGet<BatchMonthT>(path(unit, ['batches', month]), signal);

/** Re-sending the same office and month replaces that office's batch (never adds to it). */
export const putBatch = (unit: string, month: string, body: BatchBodyT) =>
  consoleRequest<BatchT>(path(unit, ['batches', month]), { method: 'PUT', body });

export const getActivity = (unit: string, id: number, signal?: AbortSignal) => consoleGet<ActivityT>(path(unit, [String(id)]), signal);
