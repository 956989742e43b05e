/**
 * What a citizen typed into the chat → words the chatbot can read: NFC, no control
 * characters, case and diacritics folded (foldForSearch), repeated letters squeezed
 * ("chàooo" → "chao"), abbreviations and teencode spelled out ("sdt" → "so dien thoai",
 * "ko" → "khong", "ntn" → "nhu the nao"). Pure; shared by the OA and the Mini App channels.
 */
import { cleanText, foldForSearch } from './normalize.ts';

/** Longest text the chatbot reads (the OA and the Mini App both send at most 2,000 characters). */
export const MAX_CHAT_READ = 2000;

/** Folded word → what it stands for. One word each; several words may come out. */
export const CHAT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  ko: 'khong', k: 'khong', kh: 'khong', khg: 'khong', hok: 'khong', hem: 'khong', khong: 'khong', kg: 'khong',
  sdt: 'so dien thoai', dt: 'dien thoai', dthoai: 'dien thoai', sodt: 'so dien thoai',
  tt: 'thu tuc', tthc: 'thu tuc hanh chinh',
  dk: 'dang ky', dky: 'dang ky', dki: 'dang ky', ki: 'ky',
  dkkh: 'dang ky ket hon', dkks: 'dang ky khai sinh', ks: 'khai sinh',
  gks: 'giay khai sinh', gkh: 'giay ket hon',
  cccd: 'can cuoc cong dan', cmnd: 'chung minh nhan dan', cmt: 'chung minh thu',
  hk: 'ho khau', skh: 'so ho khau',
  ubnd: 'uy ban nhan dan', ub: 'uy ban', ubxa: 'uy ban xa',
  gcn: 'giay chung nhan', qsdd: 'quyen su dung dat', gpxd: 'giay phep xay dung', hkd: 'ho kinh doanh',
  xn: 'xac nhan', hs: 'ho so', dvc: 'dich vu cong', bhyt: 'bao hiem y te',
  pa: 'phan anh', kn: 'kien nghi', pakn: 'phan anh kien nghi',
  j: 'gi', ji: 'gi', ntn: 'nhu the nao', ntnao: 'nhu the nao',
  z: 'vay', v: 'vay', zay: 'vay',
  r: 'roi', dc: 'duoc', ng: 'nguoi', e: 'em', t: 'toi', mik: 'minh', mng: 'moi nguoi', cx: 'cung', mk: 'minh', mn: 'moi nguoi',
  vs: 'voi', lm: 'lam', bh: 'bao gio', bg: 'bao gio', bnhieu: 'bao nhieu', bnh: 'bao nhieu',
  ak: 'a', ah: 'a', oke: 'ok', okie: 'ok', okay: 'ok', oki: 'ok',
  tks: 'cam on', thanks: 'cam on', thank: 'cam on', thx: 'cam on', camon: 'cam on',
  tp: 'thanh pho', hotline: 'hotline', online: 'truc tuyen', onl: 'truc tuyen', web: 'trang web',
}));

/** Words after which "bn" means "bao nhiêu" rather than "bạn". */
const BN_AS_HOW_MUCH = new Set(['phi', 'gia', 'mat', 'het', 'tien', 'lau', 'ngay', 'trang', 'la', 'so']);

export interface ChatText {
  /** What the citizen wrote, cleaned for storing and quoting: NFC, no control characters, single spaces. */
  clean: string;
  /** Folded words with abbreviations spelled out. */
  words: string[];
  /** The words joined by single spaces. */
  folded: string;
  /** True when nothing readable is left (emoji only, punctuation only, empty). */
  empty: boolean;
}

/** Normalises one chat message (at most MAX_CHAT_READ characters are read). */
export function normalizeChat(input: string): ChatText {
  const clean = cleanText(String(input ?? '').slice(0, MAX_CHAT_READ)).replace(/\s+/g, ' ');
  // "p. Lê Chân", "x. Bình Giang", "q. 1": the dot is the abbreviation's, read before folding drops it.
  const expandedPrefixes = clean
    .replace(/(^|[\s,(])p\.\s*/giu, '$1phường ')
    .replace(/(^|[\s,(])x\.\s*/giu, '$1xã ')
    .replace(/(^|[\s,(])tp\.\s*/giu, '$1thành phố ')
    .replace(/(^|[\s,(])(đ\/c|đc:|đ\.c)\s*/giu, '$1địa chỉ ')
    .replace(/(^|[\s(])(sđt|sdt)(?=\d)/giu, '$1số điện thoại ');
  const words: string[] = [];
  const folded = foldForSearch(expandedPrefixes).split(' ').filter(Boolean).map((w) => (CHAT_ABBREVIATIONS.has(w) ? w : squeezeRepeats(w)));
  for (let i = 0; i < folded.length; i++) {
    const word = folded[i]!;
    if (word === 'bn' || word === 'bnh') {
      words.push(...(BN_AS_HOW_MUCH.has(folded[i - 1] ?? '') || i === folded.length - 1 ? ['bao', 'nhieu'] : ['ban']));
      continue;
    }
    const expanded = CHAT_ABBREVIATIONS.get(word);
    if (expanded === undefined) words.push(word);
    else words.push(...expanded.split(' '));
  }
  return { clean, words, folded: words.join(' '), empty: words.length === 0 };
}

/** "chàooo" → "chao", "alooo" → "alo", "helloooo" → "hello": three or more of a letter are one. */
function squeezeRepeats(word: string): string {
  return /^\d+$/.test(word) ? word : word.replace(/([a-z])\1{2,}/g, '$1');
}
