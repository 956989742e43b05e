import { detectAddress, detectName } from './detect-contact.ts';
import { detectEmails } from './detect-emails.ts';
import { detectNumbers, nationalDigits } from './detect-numbers.ts';
import type { DetectedRange, MaskedKind } from './detected-range.ts';
import { foldWithMap, isDigit, tokensOf, WordIndex } from './folded-text.ts';

export type { MaskedKind } from './detected-range.ts';

/**
 * The one masking of personal data in published text, used by the public list of
 * answers, the Mini App's published view, Open311 and the leader's preview: the
 * sender's own name, address and phone wherever they occur, and any phone,
 * identity number or e-mail written into the text.
 */

export interface KnownContact {
  name?: string | null;
  phone?: string | null;
  address?: string | null;
}

/** A masked span of the masked text, [start, end) in UTF-16 offsets, so a UI can highlight it. */
export interface MaskedSpan {
  start: number;
  end: number;
  kind: MaskedKind;
}

export interface MaskedText {
  text: string;
  spans: MaskedSpan[];
}

export const HIDDEN = '[đã ẩn]';
export const HIDDEN_EMAIL = '[email đã ẩn]';

/** "0912 345 678" → "09xx xxx xxx": the shape stays, every digit after the first two goes. */
function maskDigits(original: string): string {
  let seen = 0;
  let out = '';
  for (const ch of original) {
    const folded = ch.normalize('NFKD');
    if (folded.length === 1 && isDigit(folded)) out += ++seen <= 2 ? folded : 'x';
    else out += ch;
  }
  return out;
}

function replacement(kind: MaskedKind, original: string): string {
  if (kind === 'phone' || kind === 'id_number') return maskDigits(original);
  return kind === 'email' ? HIDDEN_EMAIL : HIDDEN;
}

/** Overlapping ranges become one; the longest one names the kind. */
function merge(ranges: { start: number; end: number; kind: MaskedKind }[]) {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { start: number; end: number; kind: MaskedKind; longest: number }[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start < last.end) {
      if (r.end - r.start > last.longest) {
        last.kind = r.kind;
        last.longest = r.end - r.start;
      }
      last.end = Math.max(last.end, r.end);
    } else {
      out.push({ ...r, longest: r.end - r.start });
    }
  }
  return out;
}

export function maskPersonalData(input: string, contact: KnownContact | null = null): MaskedText {
  const text = input.normalize('NFC');
  const folded = foldWithMap(text);
  const words = contact?.name || contact?.address ? new WordIndex(text, tokensOf(folded)) : null;
  const national = contact?.phone ? nationalDigits(contact.phone) : null;
  const found: DetectedRange[] = [
    ...detectEmails(folded.text),
    ...detectNumbers(folded.text, national ? { national } : null),
    ...(words && contact?.name ? detectName(words, contact.name) : []),
    ...(words && contact?.address ? detectAddress(words, contact.address) : []),
  ];
  const ranges = merge(
    found.filter((r) => r.end > r.start).map((r) => ({ start: folded.from[r.start], end: folded.to[r.end - 1], kind: r.kind })),
  );
  let out = '';
  const spans: MaskedSpan[] = [];
  let at = 0;
  for (const r of ranges) {
    out += text.slice(at, r.start);
    const masked = replacement(r.kind, text.slice(r.start, r.end));
    spans.push({ start: out.length, end: out.length + masked.length, kind: r.kind });
    out += masked;
    at = r.end;
  }
  out += text.slice(at);
  return { text: out, spans };
}

/** The masked text alone. */
export const maskedText = (text: string, contact: KnownContact | null = null): string => maskPersonalData(text, contact).text;
