import type { DetectedRange } from './detected-range.ts';
import { findWordSequence, foldedWords, isDigit, type Token } from './folded-text.ts';

/**
 * The sender's own name and address wherever they occur in a text, compared word
 * by word after folding: case, diacritics, extra spaces, NBSP and line breaks do
 * not matter.
 */

/** Words used before a person's name ("ông Bảy", "chị Hoa"), folded. */
const HONORIFICS = new Set(['ong', 'ba', 'anh', 'chi', 'co', 'chu', 'bac', 'em', 'chau', 'cu', 'di', 'thim', 'mo']);

/** Words that start the administrative part of an address (xã, phường, huyện, tỉnh…), folded. */
const ADMIN_WORDS = [['xa'], ['phuong'], ['thi', 'tran'], ['thi', 'xa'], ['quan'], ['huyen'], ['tinh'], ['thanh', 'pho'], ['tp'], ['dac', 'khu']];
/** Words before a house number ("số 12", "nhà số 12") that the masked part may leave out. */
const HOUSE_WORDS = new Set(['so', 'nha']);

/**
 * The name in full anywhere; its last two words anywhere when it has three or
 * more; any ending of it (the given name alone included) after "ông", "bà",
 * "anh", "chị"…
 */
export function detectName(tokens: Token[], name: string): DetectedRange[] {
  const words = foldedWords(name);
  if (words.length === 0) return [];
  const found: DetectedRange[] = [];
  const add = (start: number, end: number) => found.push({ start, end, kind: 'name' });
  if (words.length >= 2) for (const m of findWordSequence(tokens, words)) add(m.start, m.end);
  if (words.length >= 3) for (const m of findWordSequence(tokens, words.slice(-2))) add(m.start, m.end);
  for (let k = 1; k <= words.length; k++) {
    for (const m of findWordSequence(tokens, words.slice(-k))) {
      if (m.index > 0 && HONORIFICS.has(tokens[m.index - 1].text)) add(m.start, m.end);
    }
  }
  return found;
}

/** The words of the address before its administrative part: "Số 12, thôn Đông, xã Bình Giang" → số 12 thôn đông. */
function streetPart(words: string[]): string[] {
  for (let i = 1; i < words.length; i++) {
    if (ADMIN_WORDS.some((admin) => admin.every((w, k) => words[i + k] === w))) return words.slice(0, i);
  }
  return words;
}

/**
 * The address in full anywhere, and its house-number-and-street part (the words
 * before xã/phường/…) when that part has a number: "số 12 thôn Đông", also
 * written without "số".
 */
export function detectAddress(tokens: Token[], address: string): DetectedRange[] {
  const words = foldedWords(address);
  const found: DetectedRange[] = [];
  const add = (m: { start: number; end: number }) => found.push({ start: m.start, end: m.end, kind: 'address' });
  if (words.length >= 2) findWordSequence(tokens, words).forEach(add);
  const street = streetPart(words);
  if (street.length >= 2 && street.some((w) => isDigit(w[0]))) {
    findWordSequence(tokens, street).forEach(add);
    let from = 0;
    while (from < street.length && HOUSE_WORDS.has(street[from])) from++;
    const bare = street.slice(from);
    if (from > 0 && bare.length >= 2 && isDigit(bare[0][0])) findWordSequence(tokens, bare).forEach(add);
  }
  return found;
}
