import type { HotlineT } from '@cchc/shared/api/catalog';
import type {
  AdminGuideT,
  AdminProcedureListT,
  GuideInputT,
  HotlineInputT,
  ImportReportT,
} from '@cchc/shared/api/catalog-admin';
import { ApiError, apiPath } from '../../../../lib/api-client.ts';
import { consoleGet, consoleRequest } from '../../../lib/console-api.ts';

/** The console edits the server's own shapes (type-only: TypeBox stays out of the bundle). */
export type { ProcedureInput, EditableProcedureT as EditableProcedure } from '@cchc/shared/api/procedure-content';
import type { EditableProcedureT as EditableProcedure, ProcedureInput, SavedProcedureT } from '@cchc/shared/api/procedure-content';

const path = (segments: string[], query: Record<string, string | number | undefined> = {}) =>
  apiPath(['console', 'catalog', ...segments], query);

export const listAdminProcedures = (query: { unit?: string; q?: string; status?: string; limit: number; offset: number }, signal?: AbortSignal) =>
  consoleGet<AdminProcedureListT>(path(['procedures'], query), signal);

export const getAdminProcedure = (code: string, unit?: string, signal?: AbortSignal) =>
  consoleGet<EditableProcedure>(path(['procedures', code], { unit }), signal);

export const saveProcedure = (code: string, procedure: ProcedureInput, decision: { decision?: string; decidedOn?: string }, unit?: string) =>
  consoleRequest<SavedProcedureT>(path(['procedures', code], { unit }), {
    method: 'PUT',
    body: { procedure, ...decision },
  });

export const setProcedureStatus = (code: string, body: { status: 'amended' | 'repealed'; decision: string; decidedOn?: string }, unit?: string) =>
  consoleRequest<EditableProcedure>(path(['procedures', code, 'status'], { unit }), { method: 'POST', body });

/** The import answers 400 with the per-row report when any row is wrong (nothing written). */
export class ImportRefused extends ApiError {
  constructor(
    message: string,
    code: string,
    readonly report: ImportReportT | null,
  ) {
    super(message, code, 400);
  }
}

export async function importProcedures(file: File, decision: { decision?: string; decidedOn?: string }, unit?: string): Promise<ImportReportT> {
  const form = new FormData();
  if (decision.decision) form.append('decision', decision.decision);
  if (decision.decidedOn) form.append('decidedOn', decision.decidedOn);
  form.append('file', file, file.name);
  try {
    return await consoleRequest<ImportReportT>(path(['procedures', 'import'], { unit }), { method: 'POST', body: form });
  } catch (error) {
    if (error instanceof ApiError && error.status === 400 && error.body && typeof error.body === 'object' && 'report' in error.body) {
      throw new ImportRefused(error.message, error.code, (error.body as { report?: ImportReportT }).report ?? null);
    }
    throw error;
  }
}

export const getHotlines = (unit?: string, signal?: AbortSignal) => consoleGet<{ items: HotlineT[] }>(path(['hotlines'], { unit }), signal);

export const putHotlines = (items: HotlineInputT[], unit?: string) =>
  consoleRequest<{ items: HotlineT[] }>(path(['hotlines'], { unit }), { method: 'PUT', body: { items } });

export const listGuides = (unit?: string, signal?: AbortSignal) => consoleGet<{ items: AdminGuideT[] }>(path(['guides'], { unit }), signal);

export const getGuide = (slug: string, unit?: string, signal?: AbortSignal) => consoleGet<AdminGuideT>(path(['guides', slug], { unit }), signal);

export const saveGuide = (slug: string, guide: GuideInputT, unit?: string) =>
  consoleRequest<AdminGuideT>(path(['guides', slug], { unit }), { method: 'PUT', body: guide });

export const deleteGuide = (slug: string, unit?: string) => consoleRequest<null>(path(['guides', slug], { unit }), { method: 'DELETE' });
