/**
 * A PAKN tracking code as people say or type it → its canonical form "PA-2612-6K7ZM", or null when it
 * cannot be one. Case, spaces, dashes (a phone keyboard's – and — too), dots, underscores and slashes
 * between (or inside) the parts do not matter, nor do missing dashes: "pa 2612 6k7zm", "PA26126K7ZM",
 * "PA – 2612 – 6K7ZM" and "pa.2612.6k7zm" are the same code. Pure; the one reader for every channel.
 */
const SEPARATORS = /[\s.\-‐‑‒–—―_/\\]+/g;
const COMPACT = /^(PA|KN)(\d{4})([2-9A-HJ-NP-Z]{5})$/;

export function normalizeFeedbackCode(input: string): string | null {
  if (input.length > 100) return null;
  const compact = input.normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
  const match = COMPACT.exec(compact);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** The canonical code when the input is one, else the input trimmed and upper-cased (it then matches nothing). */
export function canonicalFeedbackCode(input: string): string {
  return normalizeFeedbackCode(input) ?? input.trim().toUpperCase();
}
