import type { ChatButtonT } from '@cchc/shared/api/chat';

export interface ChatMessage {
  id: string;
  author: 'citizen' | 'bot' | 'officer';
  text: string;
  buttons?: ChatButtonT[];
  procedures?: { code: string; name: string }[];
}

export interface ChatSession {
  unit: string;
  sessionId: string | null;
  /** The last officer reply shown (the poll asks for those after it). */
  lastReplyId: number;
  messages: ChatMessage[];
}

const KEY = 'cchc.chat.v1';
const MAX_KEPT = 60;

/** The conversation survives a visit to a procedure and back (sessionStorage; memory when unavailable). */
let memory: ChatSession | null = null;

export function loadSession(unit: string): ChatSession {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as ChatSession) : memory;
    if (parsed && parsed.unit === unit && Array.isArray(parsed.messages)) return parsed;
  } catch {
    if (memory && memory.unit === unit) return memory;
  }
  return { unit, sessionId: null, lastReplyId: 0, messages: [] };
}

export function saveSession(session: ChatSession): void {
  memory = { ...session, messages: session.messages.slice(-MAX_KEPT) };
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(memory));
  } catch {
    // private mode: memory only
  }
}
