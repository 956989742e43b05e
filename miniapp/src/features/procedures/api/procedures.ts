import type { FieldCountT, ProcedureDetailT, ProcedureListT } from '@cchc/shared/api/catalog';
import { apiGet, apiPath } from '../../../lib/api-client.ts';

export type ProcedureQuery = { q?: string; field?: string; limit?: number; offset?: number };

export function listProcedures(unit: string, query: ProcedureQuery, signal?: AbortSignal) {
  return apiGet<ProcedureListT>(apiPath(['units', unit, 'procedures'], query), { signal });
}

export function listProcedureFields(unit: string, signal?: AbortSignal) {
  return apiGet<{ items: FieldCountT[] }>(apiPath(['units', unit, 'procedure-fields']), { signal });
}

export function getProcedure(unit: string, code: string, signal?: AbortSignal) {
  return apiGet<ProcedureDetailT>(apiPath(['units', unit, 'procedures', code]), { signal });
}
