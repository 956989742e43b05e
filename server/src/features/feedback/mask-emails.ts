/**
 * Masks e-mail addresses in linear time. It finds what the pattern
 * /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu finds, but a regular expression
 * engine retries that pattern from every start position (quadratic on a long run of
 * letters); here each '@' is expanded once to the left and once to the right.
 */
const LOCAL_CHAR = /^[\p{L}\p{N}._%+-]$/u;
const DOMAIN_CHAR = /^[\p{L}\p{N}.-]$/u;
const LETTER = /^\p{L}$/u;

export function maskEmails(text: string, replacement: string): string {
  if (!text.includes('@')) return text;
  const chars = Array.from(text);
  const out: string[] = [];
  // Everything before `done` is already copied to `out`.
  let done = 0;
  for (let at = 0; at < chars.length; at++) {
    if (chars[at] !== '@') continue;
    let start = at;
    while (start > done && LOCAL_CHAR.test(chars[start - 1]!)) start--;
    if (start === at) continue;
    let runEnd = at + 1;
    while (runEnd < chars.length && DOMAIN_CHAR.test(chars[runEnd]!)) runEnd++;
    const end = domainEnd(chars, at + 1, runEnd);
    if (end === null) continue;
    for (let i = done; i < start; i++) out.push(chars[i]!);
    out.push(replacement);
    done = end;
    at = end - 1;
  }
  for (let i = done; i < chars.length; i++) out.push(chars[i]!);
  return out.join('');
}

/**
 * The end of the longest prefix of chars[from, runEnd) that is "something, a dot,
 * two or more letters"; null when there is none. The last such dot gives it.
 */
function domainEnd(chars: string[], from: number, runEnd: number): number | null {
  let letters = 0;
  for (let i = runEnd - 1; i > from; i--) {
    const c = chars[i]!;
    if (LETTER.test(c)) {
      letters++;
      continue;
    }
    if (c === '.' && letters >= 2) {
      // The letters after this dot run to the first non-letter.
      let end = i + 1;
      while (end < runEnd && LETTER.test(chars[end]!)) end++;
      return end;
    }
    letters = 0;
  }
  return null;
}
