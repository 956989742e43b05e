import type { GuideDetailT, GuideSummaryT } from '@cchc/shared/api/catalog';
import { apiGet, apiPath } from '../../../lib/api-client.ts';

export function getGuides(unit: string, signal?: AbortSignal) {
  return apiGet<{ items: GuideSummaryT[] }>(apiPath(['units', unit, 'guides']), { signal });
}

export function getGuide(unit: string, slug: string, signal?: AbortSignal) {
  return apiGet<GuideDetailT>(apiPath(['units', unit, 'guides', slug]), { signal });
}
