import type { CurrentSurveyT, PublicSatisfactionT, SubmitSurveyBodyT, SubmitSurveyResultT } from '@cchc/shared/api/satisfaction';
import { apiGet, apiPath, apiRequest } from '../../../lib/api-client.ts';
import { deviceHeaders } from '../../../lib/device-id.ts';

/** GET /api/v1/units/{unit}/surveys/current: the question set the citizen answers now. */
export async function getCurrentSurvey(unit: string, signal?: AbortSignal) {
  return apiGet<CurrentSurveyT>(apiPath(['units', unit, 'surveys', 'current']), { signal });
}

/** One response per citizen per transaction: the device (or the Zalo identity) goes along; a second is a 409. */
export async function submitSurvey(unit: string, body: SubmitSurveyBodyT) {
  return apiRequest<SubmitSurveyResultT>(apiPath(['units', unit, 'surveys', 'responses']), {
    method: 'POST',
    body,
    headers: await deviceHeaders(),
  });
}

/** GET /api/v1/units/{unit}/satisfaction: the unit's published figures (404 when it does not publish). */
export async function getPublicSatisfaction(unit: string, signal?: AbortSignal) {
  return apiGet<PublicSatisfactionT>(apiPath(['units', unit, 'satisfaction']), { signal });
}
