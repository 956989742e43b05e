/**
 * One message → what it means: the normalised words, the intent, the procedures the catalog
 * search found and the PAKN code written in it. No state, no network: the eval measures this.
 */
import type { ChatIntentT } from '@cchc/shared/api/chat';
import type { ReferralT } from '@cchc/shared/api/catalog';
import { normalizeChat, type ChatText } from '@cchc/shared/text/chat-normalize';
import { readDeaths } from '@cchc/shared/search/everyday-names';
import { rewriteQuery } from '@cchc/shared/search/query-terms';
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
  /** The best procedure found says enough of the question to be shown as the answer. */
  sure: boolean;
  /** Only an aspect is asked ("mất bao lâu", "nộp ở đâu"): about the procedure talked about before. */
  followUp: boolean;
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
  'lam the nao', 'mat phi', 'mat tien', 'nop ho so', 'nop', 'le phi', 'phi', 'tien', 'mot trang', '1 trang', 'thu tuc gi', 'lam gi', 'phai lam', 'gi', 'khong', 'a', 'nhe', 'vay', 'roi', 'oi',
  // The commune asked of, and the bot spoken to: "ra xã", "ủy ban", "bạn là".
  'o uy ban nhan dan', 'tai uy ban nhan dan', 'o uy ban', 'tai uy ban', 'uy ban nhan dan', 'uy ban', 'ban la',
  // "nhá" said with a particle ("nhà" alone is kept: "xây nhà").
  'voi nha', 'giup nha', 'nha ad', 'ad nha', 'nha a', 'a nha', 'nha ban', 'ban nha',
  'toi', 'minh', 'em', 'chung toi', 'voi xa', 'muon', 'phai', 'thi', 'ma', 'gio', 'ad', 'admin', 'ah', 'u', 'hi', 'hello', 'alo', 'duoc',
  // PAKN words: a PAKN is not a procedure of the catalog.
  'phan anh', 'kien nghi', 'gop y',
].sort((a, b) => b.length - a.length).map((p) => ` ${p} `);
/** "2 tuần", "3 tuổi", "hôm qua": when, not what. */
const TIME_SPANS = / (\d+|mot|hai|ba|vai) (ngay|tuan|thang|nam|tuoi|lan) | (hom qua|hom nay|hom truoc|tuan truoc|thang truoc|nam ngoai|moi|vua|bay gio|gio day) /g;
/**
 * Who asks or is asked about, said as the subject: "ông tôi", "bố mình", "con em" (not what is asked;
 * "cho con" is read by the search's own rewrites).
 */
const KIN_SUBJECT = / (bo me|cha me|ong ba|vo chong|anh chi|anh em|ong|ba|bo|me|cha|chong|vo|con|chau|anh|chi|co|chu|bac|di|cau|thim|mo)( noi| ngoai| trai| gai)? (toi|minh|em|chau|con|tui|nha toi|nha minh|nha em) /g;
/** "xã" is where, not what ("xã hội" is kept). */
const COMMUNE = / (o |tai |len |ra |ve |cua )?xa (?!hoi )/g;
/** "khai tử thay", "nộp thay": on someone's behalf ("thay đổi", "thay tên" are kept). */
const INSTEAD = / thay (?!(doi|the|ten|ho|ngay|dia|nguoi) )/g;
/** "gia đình tôi": who (the "hộ gia đình" of a land title is kept). */
const FAMILY = /(?<! ho) gia dinh( toi| minh| em| chau)? /g;
/** Longest query sent to the catalog search (it reads 200 characters). */
const MAX_QUERY_WORDS = 24;

export async function understand(input: string, find: ProcedureFinder): Promise<Understanding> {
  const text = normalizeChat(input);
  const feedbackCode = feedbackCodeIn(text.clean);
  const none: FoundProcedures = { items: [], referrals: [] };
  if (text.empty) return { text, intent: 'fallback', score: 0, explain: {}, found: none, sure: false, followUp: false, feedbackCode };
  const { found } = feedbackCode ? { found: none } : await findProcedures(text, find);
  // Judged against the whole question: a procedure found from two of its words is no sure answer to it.
  const whole = searchQuery(text.words);
  const signal = { hits: found.items.length, sure: found.items.length > 0 && isSure(whole, found.items[0]!), referral: found.referrals.length > 0 };
  const scored = classify(text.folded, signal, feedbackCode !== null);
  const followUp = stripped(text.words).length === 0 && ASPECTS.some((a) => ` ${text.folded} `.includes(` ${a} `));
  return { text, intent: scored.intent, score: scored.score, explain: scored.explain, found, sure: signal.sure, followUp, feedbackCode };
}

/** Words that ask about one aspect of a procedure. */
const ASPECTS = ['bao lau', 'may ngay', 'le phi', 'phi', 'tien', 'bao nhieu', 'o dau', 'nop', 'giay to', 'can gi', 'mang theo', 'ho so'];

/**
 * The catalog search over the question; when it finds nothing sure, over each clause of a
 * long question ("bố tôi mất, làm giấy báo tử ở đâu").
 */
async function findProcedures(text: ChatText, find: ProcedureFinder): Promise<{ found: FoundProcedures; query: string }> {
  const query = searchQuery(text.words);
  if (query === '') return { found: { items: [], referrals: [] }, query };
  // What comes after "để" is what it is for ("xin giấy xác nhận độc thân để vay ngân hàng"): the part
  // before it, when a procedure's name says it plainly, is what is asked.
  const asked = beforePurpose(text.words);
  if (asked !== null) {
    const main = searchQuery(asked);
    const f = main === '' ? null : await find(main);
    const top = f?.items[0];
    if (f && top && matchShare(main, top).share >= VERY_SURE) return { found: f, query: main };
  }
  const found = await find(query);
  const first = found.items[0];
  // Another agency handles what the question names ("căn cước"): a shorter run may still be the commune's
  // ("chứng thực bản sao căn cước"), but only one whose name says at least three of the question's words.
  const referralOnly = found.referrals.length > 0 && !first;
  if (first && matchShare(query, first).share >= VERY_SURE) return { found, query };
  const words = query.split(' ');
  if (words.length < 2) return { found, query };
  // Nothing sure: a clause, or a shorter run of the question's words, may name the procedure
  // more plainly ("bố tôi mất, làm giấy báo tử ở đâu", "đăng ký khai tử quá hạn"). Each candidate is
  // judged by how many of the whole question's words its best procedure's name says.
  let best = { found, query, matched: first ? matchShare(query, first).matched : 0 };
  const tried = new Set([query]);
  const candidates = [...clauses(text).map(searchQuery), ...windows(words)];
  for (const q of candidates) {
    if (q === '' || tried.has(q) || tried.size > MAX_RETRIES) continue;
    tried.add(q);
    const f = await find(q);
    const top = f.items[0];
    if (!top || !isSure(q, top)) continue;
    const matched = matchShare(query, top).matched;
    if (referralOnly && matchShare(query, { name: top.name }).matched < 3) continue;
    if (matched > best.matched) best = { found: { items: f.items, referrals: [...found.referrals, ...f.referrals.filter((r) => !found.referrals.some((o) => o.agency === r.agency))] }, query: q, matched };
  }
  return { found: best.found, query: best.query };
}

/** "để lại" (leave to), "để trống" (left blank): no purpose follows. */
const NOT_PURPOSE = new Set(['lai', 'trong', 'ra', 'y', 'danh', 'day']);

/** The words before "để" that starts a purpose, when at least two come before it; else null. */
export function beforePurpose(words: readonly string[]): string[] | null {
  for (let i = 2; i < words.length - 1; i++) {
    if (words[i] === 'de' && !NOT_PURPOSE.has(words[i + 1]!)) return words.slice(0, i);
  }
  return null;
}

/** A name that says this share of the question needs no second look. */
const VERY_SURE = 0.75;
/** Second searches at most per message (each is one in-memory search; answers are cached per catalog version). */
const MAX_RETRIES = 24;

/**
 * Runs of the question's words, the lengths of a procedure's core name first ("đăng ký khai tử",
 * "xác nhận độc thân": four and three words), then five, two and six.
 */
function windows(words: string[]): string[] {
  const out: string[] = [];
  const n = Math.min(words.length, MAX_QUERY_WORDS);
  for (const length of WINDOW_LENGTHS) {
    if (length >= n) continue;
    for (let start = 0; start + length <= n; start++) out.push(words.slice(start, start + length).join(' '));
  }
  return out;
}

const WINDOW_LENGTHS = [4, 3, 5, 2, 6];

/** Clauses of the question: split at punctuation and at "vì", "thì", "nên", "nhưng", "để", "mà". */
function clauses(text: ChatText): string[][] {
  const out: string[][] = [];
  for (const part of text.clean.split(/[,.;!?\n]+/)) {
    let current: string[] = [];
    for (const word of normalizeChat(part).words) {
      if (CLAUSE_BREAKS.has(word)) {
        if (current.length > 0) out.push(current);
        current = [];
      } else current.push(word);
    }
    if (current.length > 0) out.push(current);
  }
  return out.length > 1 ? out : [];
}

const CLAUSE_BREAKS = new Set(['vi', 'thi', 'nen', 'nhung', 'de', 'ma', 'neu', 'khi']);

/** The question's words, filler and asked aspects left out (all of them when nothing else is left). */
export function searchQuery(words: string[]): string {
  const kept = stripped(words);
  return (kept.length > 0 ? kept : words).slice(0, MAX_QUERY_WORDS).join(' ');
}

function stripped(words: string[]): string[] {
  // A death is read before who is left out: "chồng tôi mất" is "qua đời", not "mất".
  let text = ` ${readDeaths(words).join(' ')} `.replace(TIME_SPANS, ' ').replace(KIN_SUBJECT, ' ').replace(COMMUNE, ' ').replace(FAMILY, ' ').replace(INSTEAD, ' ');
  for (const phrase of NOT_SEARCHED) while (text.includes(phrase)) text = text.replace(phrase, ' ');
  return text.trim().split(/\s+/).filter(Boolean);
}

/** The query's meaningful words after the search's rewrites: a pure function, remembered (bounded) as a message judges many candidates by it. */
const decisiveMemo = new Map<string, string[]>();
function decisiveTokens(query: string): string[] {
  let tokens = decisiveMemo.get(query);
  if (tokens === undefined) {
    tokens = rewriteQuery(query).filter((t) => t.decisive).map((t) => t.token);
    if (decisiveMemo.size >= 5000) decisiveMemo.clear();
    decisiveMemo.set(query, tokens);
  }
  return tokens;
}

/** Of the query's meaningful words (after the search's own rewrites), how many the procedure's name and lĩnh vực hold. */
function matchShare(query: string, best: { name: string; field?: string }): { matched: number; share: number } {
  const tokens = decisiveTokens(query);
  if (tokens.length === 0) return { matched: 0, share: 0 };
  const text = ` ${foldForSearch(`${best.name} ${best.field ?? ''}`)} `;
  const matched = tokens.filter((t) => text.includes(` ${t} `)).length;
  return { matched, share: matched / tokens.length };
}

/**
 * A found procedure is a sure answer when its name says most of the question, or two of its
 * words and a quarter of it; one common word in common ("giá vàng" ~ "hộ gia đình") is not.
 */
function isSure(query: string, best: { name: string; field?: string }): boolean {
  const { matched, share } = matchShare(query, best);
  return share >= 0.75 || (matched >= 2 && share >= 0.25);
}
