import type { DetectedRange } from './detected-range.ts';
import { isDigit, isWordChar } from './folded-text.ts';

/**
 * Phone numbers and identity numbers in a folded text, however they are grouped:
 * "(0225) 3999 001", "0913,456,789", "0913.456.789", "+84 913 456 789",
 * "84913456789", full-width digits and non-breaking spaces (folded already),
 * CCCD (12 digits) and CMND (9) with spaces or dots. A linear scanner, no regex.
 */

/** What may stand between two groups of one number. */
const SEPARATORS = new Set([' ', '.', '-', ',', '(', ')']);
const MAX_SEPARATORS = 3;
/** Longer runs than this are never one number. */
const MAX_DIGITS = 13;
/** Words that announce an identity number within a few characters. */
const ID_WORDS = ['cccd', 'cmnd', 'cmt', 'can cuoc', 'chung minh', 'dinh danh', 'ho chieu'];
const ID_WORD_WINDOW = 24;

interface Group {
  start: number;
  end: number;
  digits: string;
}

export interface KnownPhone {
  /** The contact's number in national form, "0913456789". */
  national: string;
}

/** "0913 456 789" → "0913456789"; "+84 913…" and "84 913…" → "0913…". Null when too short to match safely. */
export function nationalDigits(phone: string): string | null {
  let digits = phone.normalize('NFKC').replace(/\D/g, '');
  if (digits.startsWith('84') && digits.length >= 11) digits = `0${digits.slice(2)}`;
  return digits.length >= 8 ? digits : null;
}

function classify(digits: string, opts: { plus: boolean; single: boolean; idWord: boolean; known: string | null }): DetectedRange['kind'] | null {
  const n = digits.length;
  if (opts.known) {
    const core = opts.known.replace(/^0/, '');
    if (digits === opts.known || digits === core || digits === `84${core}`) return 'phone';
  }
  if ((opts.plus || digits.startsWith('84')) && digits.startsWith('84') && (n === 11 || n === 12)) return 'phone';
  if (digits.startsWith('0') && (n === 10 || n === 11)) return 'phone';
  if (digits.startsWith('0') && (n === 9 || n === 12)) return 'id_number';
  if (opts.idWord && (n === 9 || n === 12)) return 'id_number';
  // Any other long number written in one piece, as before: account numbers, old IDs.
  if (opts.single && n >= 9) return 'id_number';
  return null;
}

/** The groups of digits from `i` that could belong to one number. */
function groupsFrom(text: string, i: number): Group[] {
  const groups: Group[] = [];
  let j = i;
  let total = 0;
  for (;;) {
    const start = j;
    while (isDigit(text[j])) j++;
    groups.push({ start, end: j, digits: text.slice(start, j) });
    total += j - start;
    if (total > MAX_DIGITS * 2) break;
    let k = j;
    while (k < text.length && k - j < MAX_SEPARATORS && SEPARATORS.has(text[k])) k++;
    if (k === j || !isDigit(text[k])) break;
    j = k;
  }
  return groups;
}

function idWordBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - ID_WORD_WINDOW), at);
  return ID_WORDS.some((w) => before.includes(w));
}

export function detectNumbers(text: string, known: KnownPhone | null = null): DetectedRange[] {
  const found: DetectedRange[] = [];
  const knownDigits = known ? known.national : null;
  let i = 0;
  while (i < text.length) {
    // A number starts at a digit that does not continue another number.
    if (!isDigit(text[i]) || isDigit(text[i - 1])) {
      i++;
      continue;
    }
    const groups = groupsFrom(text, i);
    const idWord = idWordBefore(text, i);
    let s = 0;
    while (s < groups.length) {
      let digits = '';
      let best: { e: number; kind: DetectedRange['kind'] } | null = null;
      for (let e = s; e < groups.length; e++) {
        digits += groups[e].digits;
        if (digits.length > MAX_DIGITS) break;
        const plus = s === 0 && text[groups[0].start - 1] === '+';
        const kind = classify(digits, { plus, single: s === e, idWord, known: knownDigits });
        if (kind) best = { e, kind };
      }
      if (best) {
        const first = groups[s];
        // "+84 …" and "(0225) …": the sign and the bracket go with the number.
        let start = first.start;
        if (text[start - 1] === '+' || (text[start - 1] === '(' && text[first.end] === ')' && !isWordChar(text[start - 2]))) start--;
        found.push({ start, end: groups[best.e].end, kind: best.kind });
        s = best.e + 1;
      } else {
        s++;
      }
    }
    i = groups[groups.length - 1].end;
  }
  return found;
}
