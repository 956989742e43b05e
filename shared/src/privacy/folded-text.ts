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
  from: Int32Array;
  to: Int32Array;
}

/** A word of the searched text: folded, where it is in the folded text and in the original. */
export interface Token {
  /** Folded: "dong". */
  text: string;
  /** Folded offsets [start, end). */
  start: number;
  end: number;
  /** Original offsets [rawFrom, rawTo). */
  rawFrom: number;
  rawTo: number;
}

/** A word looked for: folded, and as written in lower case ("đông", or "dong" when written without diacritics). */
export interface Word {
  text: string;
  raw: string;
  /** Matches the word with any diacritics: the whole phrase it is from was typed without them. */
  anyDiacritics?: boolean;
}

const COMBINING = /[\u0300-\u036f]/g;
const SPACE = /\s/;
const folds = new Map<string, string>();

function foldChar(code: number, ch: string): string {
  if (code < 128) {
    if (code === 10 || code === 13) return '\n';
    if (code === 9 || code === 11 || code === 12) return ' ';
    return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  }
  let folded = folds.get(ch);
  if (folded === undefined) {
    folded = SPACE.test(ch) ? ' ' : ch.normalize('NFKD').replace(COMBINING, '').replace(/[đĐ]/g, 'd').toLowerCase();
    // Vietnamese letters and the odd symbol: a small set in practice; a hostile text cannot grow it past this.
    if (folds.size < 4096) folds.set(ch, folded);
  }
  return folded;
}

export function foldWithMap(original: string): FoldedText {
  const n = original.length;
  let from = new Int32Array(n + 8);
  let to = new Int32Array(n + 8);
  const parts: string[] = [];
  let length = 0;
  // Characters that fold to themselves (most of a text) are copied in runs.
  let runStart = 0;
  for (let i = 0; i < n; ) {
    const code = original.charCodeAt(i);
    if (code < 128 && !(code >= 65 && code <= 90) && code !== 9 && code !== 11 && code !== 12 && code !== 13) {
      from[length] = i;
      to[length] = i + 1;
      length++;
      i++;
      continue;
    }
    if (runStart < i) parts.push(original.slice(runStart, i));
    const size = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    const folded = foldChar(code, size === 1 ? original[i] : original.slice(i, i + 2));
    if (length + folded.length > from.length) {
      const grown = Math.max(from.length * 2, length + folded.length);
      const f = new Int32Array(grown);
      const t = new Int32Array(grown);
      f.set(from);
      t.set(to);
      from = f;
      to = t;
    }
    for (let k = 0; k < folded.length; k++) {
      from[length] = i;
      to[length] = i + size;
      length++;
    }
    parts.push(folded);
    i += size;
    runStart = i;
  }
  if (runStart < n) parts.push(original.slice(runStart));
  return { text: parts.join(''), from: from.subarray(0, length), to: to.subarray(0, length) };
}

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isWordChar = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || isDigit(c));

/** The words (runs of a–z, 0–9 once folded) of a folded text. */
export function tokensOf(folded: FoldedText): Token[] {
  const tokens: Token[] = [];
  const text = folded.text;
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text[i])) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordChar(text[i])) i++;
    tokens.push({ text: text.slice(start, i), start, end: i, rawFrom: folded.from[start], rawTo: folded.to[i - 1] });
  }
  return tokens;
}

/** The words of a text: "Nguyễn  Văn\u00a0Bảy" → nguyen/nguyễn, van/văn, bay/bảy. */
export function wordsOf(text: string): Word[] {
  const nfc = text.normalize('NFC');
  return tokensOf(foldWithMap(nfc)).map((t) => ({ text: t.text, raw: nfc.slice(t.rawFrom, t.rawTo).toLowerCase() }));
}

/**
 * The same word, diacritics or not: "Đông" is "đông" and "dong", but not "đồng".
 * A word written without diacritics in the text matches any; so does a word of a
 * contact typed entirely without them. Otherwise the diacritics must agree, so
 * the name "Nam" is not the word "năm".
 */
export const sameWord = (written: Word, wanted: Word): boolean =>
  written.text === wanted.text && (written.raw === written.text || wanted.anyDiacritics === true || written.raw === wanted.raw);

/** The words of a contact's name or address; typed entirely without diacritics, they match any. */
export function contactWords(text: string): Word[] {
  const words = wordsOf(text);
  return words.every((w) => w.raw === w.text) ? words.map((w) => ({ ...w, anyDiacritics: true })) : words;
}

/** The words of a text with, for each folded word, where it occurs: sequences are looked up, not scanned for. */
export class WordIndex {
  private readonly positions = new Map<string, number[]>();
  private readonly raws: (string | undefined)[] = [];

  constructor(
    private readonly original: string,
    readonly tokens: Token[],
  ) {
    tokens.forEach((token, i) => {
      const list = this.positions.get(token.text);
      if (list) list.push(i);
      else this.positions.set(token.text, [i]);
    });
  }

  /** The i-th word, as written in lower case too. */
  word(i: number): Word {
    const token = this.tokens[i];
    let raw = this.raws[i];
    if (raw === undefined) raw = this.raws[i] = this.original.slice(token.rawFrom, token.rawTo).toLowerCase();
    return { text: token.text, raw };
  }

  /** Every place where `needle` occurs as consecutive words: folded ranges and the index of its first word. */
  find(needle: readonly Word[]): { start: number; end: number; index: number }[] {
    const found: { start: number; end: number; index: number }[] = [];
    if (needle.length === 0) return found;
    for (const i of this.positions.get(needle[0].text) ?? []) {
      if (i + needle.length > this.tokens.length) continue;
      let k = 0;
      while (k < needle.length && sameWord(this.word(i + k), needle[k])) k++;
      if (k === needle.length) found.push({ start: this.tokens[i].start, end: this.tokens[i + needle.length - 1].end, index: i });
    }
    return found;
  }
}
