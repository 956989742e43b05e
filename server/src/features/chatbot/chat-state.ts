/**
 * What the bot remembers of a conversation, stored as the row's `state` (jsonb). Read
 * defensively: a row written by an older version, or damaged, starts over instead of failing.
 */
import type { FeedbackKindT } from '@cchc/shared/api/feedback';

export type PaknStep = 'content' | 'place' | 'name' | 'phone' | 'address' | 'confirm';

/** A PAKN being collected over the chat. */
export interface PaknDraft {
  step: PaknStep;
  kind: FeedbackKindT;
  content: string;
  place: string | null;
  location: { lat: number; lng: number; address?: string } | null;
  photoIds: string[];
  name: string | null;
  phone: string | null;
  address: string | null;
}

export interface ChatLine {
  author: 'citizen' | 'bot';
  body: string;
  at: string;
}

export interface ChatState {
  /** When the OA's unit is the city: the commune or ward the citizen said they live in. */
  communeSlug?: string;
  /** A question asked before the commune was known, answered once it is. */
  pendingQuestion?: string;
  draft?: PaknDraft;
  /** Counts the PAKN flows started: with the conversation id it keys the submission (a retried turn makes one PAKN). */
  flowSeq: number;
  /** Fallbacks in a row: the second one hands the conversation to an officer. */
  fallbacks: number;
  /** The procedure last answered about: "mất bao lâu?" next asks about it. */
  lastProcedure?: { code: string; name: string };
  /** The answer to the last PAKN sent: a retried "Gửi" gets it again instead of a puzzled reply. */
  receipt?: { text: string; at: string };
  /** The last turns, copied into the transcript when the conversation is handed off. */
  recent: ChatLine[];
}

export const RECENT_LINES = 8;
/** Idle time after which the guided flow starts over. */
export const IDLE_MS = 30 * 60_000;

export function readState(raw: unknown): ChatState {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Partial<ChatState>;
  return {
    ...(typeof s.communeSlug === 'string' ? { communeSlug: s.communeSlug } : {}),
    ...(typeof s.pendingQuestion === 'string' ? { pendingQuestion: s.pendingQuestion } : {}),
    ...(s.draft && typeof s.draft === 'object' && typeof s.draft.step === 'string' ? { draft: s.draft } : {}),
    ...(s.lastProcedure && typeof s.lastProcedure.code === 'string' && typeof s.lastProcedure.name === 'string' ? { lastProcedure: s.lastProcedure } : {}),
    ...(s.receipt && typeof s.receipt.text === 'string' && typeof s.receipt.at === 'string' ? { receipt: s.receipt } : {}),
    flowSeq: Number.isInteger(s.flowSeq) ? s.flowSeq! : 0,
    fallbacks: Number.isInteger(s.fallbacks) ? s.fallbacks! : 0,
    recent: Array.isArray(s.recent) ? s.recent.slice(-RECENT_LINES) : [],
  };
}

/** After 30 minutes of silence the guided flow and the pending question are dropped; the commune is kept. */
export function afterIdle(state: ChatState, expiresAt: Date, now: Date): ChatState {
  if (now.getTime() <= expiresAt.getTime()) return state;
  const { draft: _draft, pendingQuestion: _pending, receipt: _receipt, ...kept } = state;
  return { ...kept, fallbacks: 0, recent: [] };
}

export function remember(state: ChatState, lines: ChatLine[]): ChatState {
  return { ...state, recent: [...state.recent, ...lines].slice(-RECENT_LINES) };
}
