import type { ChatRepliesT, ChatResponseT } from '@cchc/shared/api/chat';
import { apiGet, apiPath, apiRequest, apiUpload } from '../../../lib/api-client.ts';
import { deviceHeaders } from '../../../lib/device-id.ts';

/** One question to the unit's chatbot (POST /api/v1/chat). */
export async function sendChat(unit: string, message: { text?: string; uploadId?: string }, sessionId: string | null): Promise<ChatResponseT> {
  return apiRequest<ChatResponseT>(apiPath(['chat']), {
    method: 'POST',
    headers: await deviceHeaders(),
    body: { unit, ...message, ...(sessionId ? { sessionId } : {}) },
  });
}

/** A photo for the PAKN being collected in the chat (the same uploads as the PAKN form). */
export async function uploadChatPhoto(file: Blob, fileName: string): Promise<{ id: string }> {
  return apiUpload<{ id: string }>(apiPath(['uploads']), file, { fileName, headers: await deviceHeaders() });
}

/** The officer's replies in this conversation after `after` (the page polls while it is open). */
export async function getOfficerReplies(sessionId: string, after: number, signal?: AbortSignal): Promise<ChatRepliesT> {
  return apiGet<ChatRepliesT>(apiPath(['chat', 'replies'], { sessionId, after }), { signal, headers: await deviceHeaders() });
}
