import type { FieldCountT, ProcedureDetailT, ProcedureListQueryT, ProcedureListT } from '@cchc/shared/api/catalog';
import { apiGet, apiPath } from '../../../lib/api-client.ts';

export type ProcedureQuery = ProcedureListQueryT;

export function listProcedures(unit: string, query: ProcedureQuery, signal?: AbortSignal) {
  return apiGet<ProcedureListT>(apiPath(['units', unit, 'procedures'], query), { signal });
}

export function listProcedureFields(unit: string, signal?: AbortSignal) {
  return apiGet<{ items: FieldCountT[] }>(apiPath(['units', unit, 'procedure-fields']), { signal });
}

export function getProcedure(unit: string, code: string, signal?: AbortSignal) {
  return apiGet<ProcedureDetailT>(apiPath(['units', unit, 'procedures', code]), { signal });
}
