import type { UnitDetailT, UnitSummaryT } from '@cchc/shared/api/units';
import { apiGet, apiPath } from '../../../lib/api-client.ts';

export function getUnits(signal?: AbortSignal) {
  return apiGet<{ items: UnitSummaryT[] }>(apiPath(['units']), { signal });
}

export function getUnit(slug: string, signal?: AbortSignal) {
  return apiGet<UnitDetailT>(apiPath(['units', slug]), { signal });
}
