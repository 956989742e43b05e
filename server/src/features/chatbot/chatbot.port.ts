/**
 * What the channels (the OA webhook worker, POST /api/v1/chat) give the chatbot and get back.
 * The brain keeps each user's conversation in the database, so any process can take the next turn.
 */
import type { ChatIntentT, ChatReplyT } from '@cchc/shared/api/chat';

export type ChatChannel = 'zalo_oa' | 'miniapp';

export interface ChatTurn {
  /** The unit whose catalog, hotlines and PAKN the conversation is about (the OA's unit, or the Mini App's). */
  unitSlug: string;
  channel: ChatChannel;
  /**
   * Who is writing, as the key their PAKN are filed under: 'zalo-oa:<OA-scoped user id>' from the OA,
   * 'zalo:<app-scoped id>' or 'device:<uuid>' from the Mini App.
   */
  userKey: string;
  text?: string;
  /** A photo the user sent, already stored as an upload (its id goes into a PAKN's photoIds). */
  uploadId?: string;
  location?: { lat: number; lng: number; address?: string };
  /** What the user shared through the OA's request for information (user_submit_info). */
  contact?: { name: string; phone: string; address?: string };
  /** The user just followed the OA: the welcome, with the menu. */
  followed?: boolean;
  now?: Date;
}

export interface ChatAnswer {
  intent: ChatIntentT;
  reply: ChatReplyT;
  /** The conversation's id: the Mini App sends it back; the console inbox names it. */
  sessionId: string;
  /** The bot could not help: the conversation now waits in the console inbox for an officer. */
  handedOff?: boolean;
}

export interface Chatbot {
  answer(turn: ChatTurn): Promise<ChatAnswer>;
}

/**
 * How an officer's reply from the console inbox reaches the citizen on the conversation's channel
 * (the OA: an OA message through the outbox; the Mini App: shown when the "Hỏi đáp" page next asks).
 */
export interface OfficerReplyDelivery {
  deliver(conversation: { sessionId: string; channel: ChatChannel; userKey: string; unitSlug: string }, text: string): Promise<void>;
}
