import type { ChatInboxItemT, ChatTranscriptT } from '@cchc/shared/api/chat';
import { apiPath } from '../../../../lib/api-client.ts';
import { consoleGet, consoleRequest } from '../../../lib/console-api.ts';

export const getInbox = (unit: string, signal?: AbortSignal) => consoleGet<{ items: ChatInboxItemT[] }>(apiPath(['console', 'units', unit, 'chat', 'inbox']), signal);

export const getConversation = (unit: string, id: string, signal?: AbortSignal) =>
  consoleGet<ChatTranscriptT>(apiPath(['console', 'units', unit, 'chat', 'inbox', id]), signal);

export const replyToConversation = (unit: string, id: string, text: string) =>
  consoleRequest<ChatTranscriptT>(apiPath(['console', 'units', unit, 'chat', 'inbox', id, 'reply']), { method: 'POST', body: { text } });
