/**
 * One message → what it means: the normalised words, the intent, the procedures the catalog
 * search found and the PAKN code written in it. No state, no network: the eval measures this.
 */
import type { ChatIntentT } from '@cchc/shared/api/chat';
import type { ReferralT } from '@cchc/shared/api/catalog';
import { normalizeChat, type ChatText } from '@cchc/shared/text/chat-normalize';
import { rewriteQuery } from '@cchc/shared/search/search-index';
import { foldForSearch } from '@cchc/shared/text/normalize';
import { classify, type IntentScore } from './intents.ts';
import { feedbackCodeIn } from './slots.ts';

export interface FoundProcedures {
  items: { code: string; name: string; field?: string; summary?: string }[];
  referrals: ReferralT[];
}

/** The catalog's search (the same as the Mini App's): folded words in, best matches first. */
export type ProcedureFinder = (query: string) => Promise<FoundProcedures>;

export interface Understanding {
  text: ChatText;
  intent: ChatIntentT;
  score: number;
  explain: IntentScore['explain'];
  found: FoundProcedures;
  feedbackCode: string | null;
}

/**
 * What is left out of the catalog search: chat filler ("cho hỏi", "ạ", "cán bộ ơi") and the aspect
 * asked ("cần mang theo gì", "bao nhiêu tiền", "ở đâu"): the answer tells all aspects anyway, and
 * those words would make the search look for procedures that say them.
 */
const NOT_SEARCHED = [
  'cho toi hoi', 'cho minh hoi', 'cho em hoi', 'cho chau hoi', 'cho hoi', 'xin hoi', 'xin chao', 'chao ban', 'chao ad', 'ad oi', 'ban oi', 'can bo oi', 'can bo',
  'vui long', 'giup toi', 'giup minh', 'giup em', 'lam on', 'cam on',
  'can mang theo nhung gi', 'can mang theo gi', 'mang theo nhung gi', 'mang theo gi', 'mang theo', 'can nhung giay to gi', 'can giay to gi',
  'nhung giay to gi', 'giay to gi', 'gom nhung gi', 'can nhung gi', 'can gi', 'bao nhieu tien', 'bao nhieu', 'het bao lau', 'mat bao lau', 'bao lau',
  'may ngay thi co', 'may ngay', 'thi co', 'o dau', 'di dau', 'cho nao', 'co duoc khong', 'duoc khong', 'nhu the nao', 'the nao', 'ra sao', 'lam sao',
  'lam the nao', 'le phi', 'phi', 'tien', 'mot trang', '1 trang', 'thu tuc gi', 'lam gi', 'phai lam', 'gi', 'khong', 'a', 'nhe', 'nha', 'vay', 'roi', 'oi',
  'toi', 'minh', 'em', 'chung toi', 'voi xa', 'muon', 'phai', 'thi', 'ma', 'ad', 'admin', 'ah', 'u', 'hi', 'hello', 'alo',
].sort((a, b) => b.length - a.length).map((p) => ` ${p} `);
/** Longest query sent to the catalog search (it reads 200 characters). */
const MAX_QUERY_WORDS = 24;
/** A found procedure is a sure answer when it says at least this share of the question's words. */
const SURE_MATCH = 0.5;

export async function understand(input: string, find: ProcedureFinder): Promise<Understanding> {
  const text = normalizeChat(input);
  const feedbackCode = feedbackCodeIn(text.clean);
  const none: FoundProcedures = { items: [], referrals: [] };
  if (text.empty) return { text, intent: 'fallback', score: 0, explain: {}, found: none, feedbackCode };
  const query = searchQuery(text.words);
  const found = query === '' || feedbackCode ? none : await find(query);
  const signal = { hits: found.items.length, sure: found.items.length > 0 && matchShare(query, found.items[0]!) >= SURE_MATCH, referral: found.referrals.length > 0 };
  const scored = classify(text.folded, signal, feedbackCode !== null);
  return { text, intent: scored.intent, score: scored.score, explain: scored.explain, found, feedbackCode };
}

/** The question's words, filler and asked aspects left out (all of them when nothing else is left). */
export function searchQuery(words: string[]): string {
  let text = ` ${words.join(' ')} `;
  for (const phrase of NOT_SEARCHED) while (text.includes(phrase)) text = text.replace(phrase, ' ');
  const kept = text.trim().split(/\s+/).filter(Boolean);
  return (kept.length > 0 ? kept : words).slice(0, MAX_QUERY_WORDS).join(' ');
}

/** Share of the query's meaningful words (after the search's own rewrites) that the procedure's text holds. */
function matchShare(query: string, best: { name: string; field?: string; summary?: string }): number {
  const tokens = rewriteQuery(query).filter((t) => t.decisive).map((t) => t.token);
  if (tokens.length === 0) return 0;
  const text = ` ${foldForSearch(`${best.name} ${best.field ?? ''} ${best.summary ?? ''}`)} `;
  return tokens.filter((t) => text.includes(` ${t} `)).length / tokens.length;
}
