import type { ImportedTasksT } from '@cchc/shared/api/plan-import';
import type { PlanInputT, PlanSaveBodyT, PlanSummaryT, PlanT } from '@cchc/shared/api/plans';
import { apiPath } from '../../../../lib/api-client.ts';
import { consoleGet, consoleRequest } from '../../../lib/console-api.ts';

/** The unit's communication plans: everything under /api/v1/console/units/{unit}/plans…, the unit named in the path. */
const path = (unit: string, segments: string[] = []) => apiPath(['console', 'units', unit, 'plans', ...segments]);

export const listPlans = (unit: string, signal?: AbortSignal) => consoleGet<{ items: PlanSummaryT[] }>(path(unit), signal);

export const getPlan = (unit: string, id: number, signal?: AbortSignal) => consoleGet<PlanT>(path(unit, [String(id)]), signal);

export const createPlan = (unit: string, body: PlanInputT) => consoleRequest<PlanT>(path(unit), { method: 'POST', body });

/** Saves the whole plan over the version it was read at; a 409 means someone else saved in between. */
export const savePlan = (unit: string, id: number, body: PlanSaveBodyT) => consoleRequest<PlanT>(path(unit, [String(id)]), { method: 'PUT', body });

/** Reads a task table (XLSX) into tasks to review; nothing is saved. The route takes the multipart field "file". */
export function importTasks(unit: string, file: File): Promise<ImportedTasksT> {
  const form = new FormData();
  form.append('file', file, file.name);
  return consoleRequest<ImportedTasksT>(path(unit, ['import-tasks']), { method: 'POST', body: form });
}
