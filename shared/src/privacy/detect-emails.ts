import type { DetectedRange } from './detected-range.ts';
import { isDigit } from './folded-text.ts';

/**
 * E-mail addresses in a folded text, also written to dodge machines:
 * "x [at] gmail [dot] com", "x(at)gmail.com", "x @ gmail.com", and as said in Vietnamese,
 * "x a còng gmail chấm com" (folded: "a cong", "cham"). A linear scanner:
 * each "@" or "[at]" is read outward a bounded number of characters.
 */

const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;
const OPEN = new Set(['[', '(', '{', '<']);
const CLOSE = new Set([']', ')', '}', '>']);

const isLocalChar = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || isDigit(c) || c === '.' || c === '_' || c === '%' || c === '+' || c === '-');
const isLabelChar = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || isDigit(c) || c === '-');
const isLetter = (c: string) => c >= 'a' && c <= 'z';

const skipSpaces = (text: string, i: number) => {
  while (text[i] === ' ') i++;
  return i;
};

/** "[at]", "( at )", "{at}": the end of the marker starting at `i`, or -1. */
function bracketed(text: string, i: number, word: string): number {
  if (!OPEN.has(text[i])) return -1;
  let j = skipSpaces(text, i + 1);
  if (!text.startsWith(word, j)) return -1;
  j = skipSpaces(text, j + word.length);
  return CLOSE.has(text[j]) ? j + 1 : -1;
}

/** A spoken marker: the word(s) alone, spaces on both sides ("x a còng gmail"). */
function spoken(text: string, i: number, words: readonly string[]): number {
  if (text[i - 1] !== ' ') return -1;
  for (const word of words) {
    if (text.startsWith(word, i) && text[i + word.length] === ' ') return i + word.length;
  }
  return -1;
}

const SPOKEN_AT = ['a cong', 'acong'];
const SPOKEN_DOT = ['cham'];
/** Spoken markers are ordinary words too ("a còng lưng chấm bài"): such an address must end in a known domain. */
const KNOWN_TLDS = new Set(['com', 'vn', 'net', 'org', 'edu', 'gov', 'info', 'biz', 'io', 'me']);

/** The end of an "@" marker starting at `i` (with spaces around when bracketed or spoken), or -1. */
function atMarker(text: string, i: number): number {
  if (text[i] === '@') return i + 1;
  if (text[i] === 'a') return spoken(text, i, SPOKEN_AT);
  return bracketed(text, i, 'at');
}

/** After a label: the end of the "." / "[dot]" (/ "chấm" when spoken) marker that follows, or -1. */
function dotMarker(text: string, i: number, spokenAt: boolean): number {
  if (text[i] === '.') return i + 1;
  const j = skipSpaces(text, i);
  const end = spokenAt && text[j] === 'c' ? spoken(text, j, SPOKEN_DOT) : bracketed(text, j, 'dot');
  return end === -1 ? -1 : skipSpaces(text, end);
}

export function detectEmails(text: string): DetectedRange[] {
  const found: DetectedRange[] = [];
  let i = 0;
  while (i < text.length) {
    const markerEnd = text[i] === '@' || text[i] === 'a' || OPEN.has(text[i]) ? atMarker(text, i) : -1;
    if (markerEnd === -1) {
      i++;
      continue;
    }
    // The local part, left of the marker ("x [at]", "x @": a space or two may stand before it).
    let left = i;
    while (left > 0 && text[left - 1] === ' ' && i - left < 2) left--;
    let localStart = left;
    while (localStart > 0 && left - localStart < MAX_LOCAL && isLocalChar(text[localStart - 1])) localStart--;
    while (localStart < left && text[localStart] === '.') localStart++;
    // The domain: labels joined by dots, the last one letters only.
    const spokenAt = text[i] === 'a';
    let j = markerEnd;
    while (text[j] === ' ' && j - markerEnd < 2) j++;
    const domainStart = j;
    let labels = 0;
    let lastLabel = '';
    let end = -1;
    while (j < text.length && j - domainStart < MAX_DOMAIN) {
      const labelStart = j;
      while (isLabelChar(text[j])) j++;
      if (j === labelStart) break;
      labels++;
      lastLabel = text.slice(labelStart, j);
      if (labels >= 2 && lastLabel.length >= 2 && [...lastLabel].every(isLetter) && (!spokenAt || KNOWN_TLDS.has(lastLabel))) end = j;
      const next = dotMarker(text, j, spokenAt);
      if (next === -1 || !isLabelChar(text[next])) break;
      j = next;
    }
    if (localStart < left && end !== -1) {
      found.push({ start: localStart, end, kind: 'email' });
      i = end;
    } else {
      i = markerEnd;
    }
  }
  return found;
}
