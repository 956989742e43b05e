import type { MeT } from '@cchc/shared/api/me';
import { apiGet, apiPath, apiRequest } from '../../../lib/api-client.ts';
import { deviceHeaders } from '../../../lib/device-id.ts';

/** Who the server knows the citizen as (through Zalo): name and phone to prefill the contact, or not linked. */
export async function getMe(signal?: AbortSignal) {
  return apiGet<MeT>(apiPath(['me']), { signal, headers: await deviceHeaders() });
}

/** Hands the getPhoneNumber() token to the server, which decodes it with Zalo and keeps the number. */
export async function confirmZaloPhone(token: string) {
  return apiRequest<MeT>(apiPath(['me', 'phone']), { method: 'POST', body: { token }, headers: await deviceHeaders() });
}
