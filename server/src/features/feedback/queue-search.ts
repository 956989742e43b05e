import { normalizeVietnamPhone } from '@cchc/shared/text/phone';
import { cleanText } from '@cchc/shared/text/normalize';
import { FEEDBACK_CODE } from './tracking-code.ts';

/** What an officer typed in the queue's search box, read as a code, a phone and a name. */
export interface QueueSearch {
  /** The canonical code (PA-2612-6K7ZM) when the text is one, however spaced, dashed or cased. */
  code?: string;
  /** The national form (0912345678) when the text is a phone number. */
  phone?: string;
  /** Part of the sender's name (at least 2 letters). */
  name?: string;
}

/** "pa 2612 6k7zm", "PA26126K7ZM", "PA - 2612 - 6K7ZM" → "PA-2612-6K7ZM"; anything else → undefined. */
export function codeAsTyped(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/[^0-9A-Z]/g, '');
  const match = /^(PA|KN)(\d{4})([0-9A-Z]{5})$/.exec(compact);
  if (!match) return undefined;
  const code = `${match[1]}-${match[2]}-${match[3]}`;
  return FEEDBACK_CODE.test(code) ? code : undefined;
}

export function parseQueueSearch(typed: string | undefined): QueueSearch | undefined {
  const text = cleanText(typed ?? '').trim();
  if (!text) return undefined;
  const code = codeAsTyped(text);
  if (code) return { code };
  const phone = /^[\d\s.+()-]+$/.test(text) ? normalizeVietnamPhone(text) ?? undefined : undefined;
  if (phone) return { phone };
  // Digits that are no phone, or a single letter, match nothing rather than every row.
  const name = /\p{L}.*\p{L}/u.test(text) ? text : undefined;
  return { name };
}
