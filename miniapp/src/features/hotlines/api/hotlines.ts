import type { HotlineT } from '@cchc/shared/api/catalog';
import { apiGet, apiPath } from '../../../lib/api-client.ts';

export function getHotlines(unit: string, signal?: AbortSignal) {
  return apiGet<{ items: HotlineT[] }>(apiPath(['units', unit, 'hotlines']), { signal });
}
