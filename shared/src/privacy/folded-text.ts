/**
 * A text folded for matching (lower case, no diacritics, đ → d, full-width digits
 * and letters as ASCII, every kind of space as " ") that remembers, for each folded
 * character, where it came from in the original. Detectors search the folded text
 * and report ranges of the original.
 */
export interface FoldedText {
  /** The folded text. */
  text: string;
  /** For each folded character: the original range [from, to) it came from (UTF-16 offsets). */
  from: number[];
  to: number[];
}

export interface Token {
  text: string;
  /** Folded offsets [start, end). */
  start: number;
  end: number;
}

const COMBINING = /[\u0300-\u036f]/g;
const SPACE = /\s/;

function foldChar(ch: string): string {
  if (SPACE.test(ch)) return ch === '\n' || ch === '\r' ? '\n' : ' ';
  return ch.normalize('NFKD').replace(COMBINING, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

export function foldWithMap(original: string): FoldedText {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const ch of original) {
    const folded = foldChar(ch);
    for (let k = 0; k < folded.length; k++) {
      from.push(offset);
      to.push(offset + ch.length);
    }
    text += folded;
    offset += ch.length;
  }
  return { text, from, to };
}

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isWordChar = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || isDigit(c));

/** The words (runs of a–z, 0–9) of a folded text. */
export function tokensOf(folded: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < folded.length) {
    if (!isWordChar(folded[i])) {
      i++;
      continue;
    }
    const start = i;
    while (i < folded.length && isWordChar(folded[i])) i++;
    tokens.push({ text: folded.slice(start, i), start, end: i });
  }
  return tokens;
}

/** The words of a text as folded: "Nguyễn  Văn\u00a0Bảy" → ["nguyen", "van", "bay"]. */
export const foldedWords = (text: string): string[] => tokensOf(foldWithMap(text.normalize('NFC')).text).map((t) => t.text);

/** Every place where `needle` occurs as consecutive words of `tokens`: folded ranges. */
export function findWordSequence(tokens: Token[], needle: readonly string[]): { start: number; end: number; index: number }[] {
  const found: { start: number; end: number; index: number }[] = [];
  if (needle.length === 0) return found;
  for (let i = 0; i + needle.length <= tokens.length; i++) {
    let k = 0;
    while (k < needle.length && tokens[i + k].text === needle[k]) k++;
    if (k === needle.length) found.push({ start: tokens[i].start, end: tokens[i + needle.length - 1].end, index: i });
  }
  return found;
}
