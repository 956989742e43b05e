import type { DetectedRange } from './detected-range.ts';
import { contactWords, isDigit, sameWord, wordsOf, type Word, type WordIndex } from './folded-text.ts';

/**
 * The sender's own name and address wherever they occur in a text, compared word
 * by word after folding: case, diacritics, extra spaces, NBSP and line breaks do
 * not matter.
 */

/** Words used before a person's name ("ông Bảy", "chị Hoa"). */
const HONORIFICS = wordsOf('ông bà anh chị cô chú bác em cháu cụ dì thím mợ');
const isHonorific = (word: Word) => HONORIFICS.some((h) => sameWord(word, h));

/** Words that start the administrative part of an address (xã, phường, huyện, tỉnh…), folded. */
const ADMIN_WORDS = [['xa'], ['phuong'], ['thi', 'tran'], ['thi', 'xa'], ['quan'], ['huyen'], ['tinh'], ['thanh', 'pho'], ['tp'], ['dac', 'khu']];
/** Words before a house number ("số 12", "nhà số 12") that the masked part may leave out. */
const HOUSE_WORDS = new Set(['so', 'nha']);

/**
 * The name in full anywhere; its last two words anywhere when it has three or
 * more; any ending of it (the given name alone included) after "ông", "bà",
 * "anh", "chị"…
 */
export function detectName(index: WordIndex, name: string): DetectedRange[] {
  const words = contactWords(name);
  if (words.length === 0) return [];
  const found: DetectedRange[] = [];
  const add = (start: number, end: number) => found.push({ start, end, kind: 'name' });
  if (words.length >= 2) for (const m of index.find(words)) add(m.start, m.end);
  if (words.length >= 3) for (const m of index.find(words.slice(-2))) add(m.start, m.end);
  for (let k = 1; k <= words.length; k++) {
    for (const m of index.find(words.slice(-k))) {
      if (m.index > 0 && isHonorific(index.word(m.index - 1))) add(m.start, m.end);
    }
  }
  return found;
}

/** The words of the address before its administrative part: "Số 12, thôn Đông, xã Bình Giang" → số 12 thôn đông. */
function streetPart(words: Word[]): Word[] {
  for (let i = 1; i < words.length; i++) {
    if (ADMIN_WORDS.some((admin) => admin.every((w, k) => words[i + k]?.text === w))) return words.slice(0, i);
  }
  return words;
}

/**
 * The address in full anywhere, and its house-number-and-street part (the words
 * before xã/phường/…) when that part has a number: "số 12 thôn Đông", also
 * written without "số".
 */
export function detectAddress(index: WordIndex, address: string): DetectedRange[] {
  const words = contactWords(address);
  const found: DetectedRange[] = [];
  const add = (m: { start: number; end: number }) => found.push({ start: m.start, end: m.end, kind: 'address' });
  if (words.length >= 2) index.find(words).forEach(add);
  const street = streetPart(words);
  if (street.length >= 2 && street.some((w) => isDigit(w.text[0]))) {
    index.find(street).forEach(add);
    let from = 0;
    while (from < street.length && HOUSE_WORDS.has(street[from].text)) from++;
    const bare = street.slice(from);
    if (from > 0 && bare.length >= 2 && isDigit(bare[0].text[0])) index.find(bare).forEach(add);
  }
  return found;
}
