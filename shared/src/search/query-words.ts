import { foldForSearch } from '../text/normalize.ts';
import { ABBREVIATIONS } from './synonyms.ts';

/** What is read of a query: longer ones are pasted text, not questions. */
export const MAX_QUERY_CHARS = 200;

/** Folded words of what a citizen typed, abbreviations spelled out: "đk tạm trú" → ["dang", "ky", "tam", "tru"]. */
export function queryWords(query: string): string[] {
  const out: string[] = [];
  for (const word of foldForSearch(query).split(' ')) {
    if (!word) continue;
    const expanded = ABBREVIATIONS.get(word);
    if (expanded === undefined) out.push(word);
    else for (const w of expanded.split(' ')) out.push(w);
  }
  return out;
}

/** Procedure codes written anywhere in a text: "Thủ tục 1.004873 cần gì" → ["1.004873"]; keeps a province's suffix. */
export function codesIn(text: string): string[] {
  return [...text.matchAll(CODE_IN_TEXT)].map((m) => m[0].toUpperCase());
}

/** 1.004873, or the provincial form 1.004873.000.00.00.H01; not part of a longer number. */
const CODE_IN_TEXT = /(?<![\d.])\d\.\d{6}(?:\.\d{3}\.\d{2}\.\d{2}\.[A-Za-z]\d{2})?(?![\d])/g;

/** The text with its procedure codes blanked out. */
export function withoutCodes(text: string): string {
  return text.replace(CODE_IN_TEXT, ' ');
}
