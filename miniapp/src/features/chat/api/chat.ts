import type { ChatRepliesT, ChatResponseT } from '@cchc/shared/api/chat';
import { apiGet, apiPath, apiRequest } from '../../../lib/api-client.ts';
import { deviceHeaders } from '../../../lib/device-id.ts';

/** One question to the unit's chatbot (POST /api/v1/chat). */
export async function sendChat(unit: string, text: string, sessionId: string | null): Promise<ChatResponseT> {
  return apiRequest<ChatResponseT>(apiPath(['chat']), {
    method: 'POST',
    headers: await deviceHeaders(),
    body: { unit, text, ...(sessionId ? { sessionId } : {}) },
  });
}

/** The officer's replies in this conversation after `after` (the page polls while it is open). */
export async function getOfficerReplies(sessionId: string, after: number, signal?: AbortSignal): Promise<ChatRepliesT> {
  return apiGet<ChatRepliesT>(apiPath(['chat', 'replies'], { sessionId, after }), { signal, headers: await deviceHeaders() });
}
