import { readDeaths } from './everyday-names.ts';
import type { PhraseRewrite } from './phrase-rewrite.ts';
import { queryWords } from './query-words.ts';
import { PHRASE_REWRITES, STOP_WORDS } from './synonyms.ts';

/** A word the index looks up for a query, and how much it counts. */
export interface QueryTerm {
  token: string;
  weight: number;
  /** Hints and stop words may rank, but never make a document match on their own. */
  decisive: boolean;
  /** Which run of words it came from (the query, or one hint), for phrase matches. */
  run: number;
}

/** The rows as whole-word patterns, with the rows each first word begins, so a query reads only those. */
export class PhraseRewriter {
  private readonly rows: { rewrite: PhraseRewrite; from: string; to: string; toWords: string[] }[];
  private readonly byFirstWord = new Map<string, number[]>();

  /** `rows` in the order they apply. */
  constructor(rows: readonly PhraseRewrite[]) {
    this.rows = rows.map((rewrite) => ({ rewrite, from: ` ${rewrite.from} `, to: ` ${rewrite.to} `, toWords: rewrite.to.split(' ') }));
    rows.forEach((row, i) => {
      const first = row.from.split(' ')[0]!;
      const list = this.byFirstWord.get(first);
      if (list) list.push(i);
      else this.byFirstWord.set(first, [i]);
    });
  }

  /**
   * Every row in order, each reading the text the rows before it left; a row is looked at only
   * when its first word is in the query or was written by a row applied before it.
   */
  apply(words: readonly string[]): { text: string; applied: PhraseRewrite[] } {
    let text = ` ${words.join(' ')} `;
    const applied: PhraseRewrite[] = [];
    const present = new Set(words);
    let pending = this.rowsBeginningWith(present, -1);
    for (let k = 0; k < pending.length; k++) {
      const row = this.rows[pending[k]!]!;
      if (!text.includes(row.from)) continue;
      text = text.replaceAll(row.from, row.to);
      applied.push(row.rewrite);
      const written = row.toWords.filter((w) => !present.has(w));
      if (written.length === 0) continue;
      for (const word of written) present.add(word);
      const later = this.rowsBeginningWith(written, pending[k]!);
      if (later.length > 0) pending = [...pending.slice(0, k + 1), ...[...pending.slice(k + 1), ...later].sort((a, b) => a - b)];
    }
    return { text, applied };
  }

  /** The rows after `after` that begin with one of the words, in order. */
  private rowsBeginningWith(words: Iterable<string>, after: number): number[] {
    const out: number[] = [];
    for (const word of words) for (const row of this.byFirstWord.get(word) ?? []) if (row > after) out.push(row);
    return out.sort((a, b) => a - b);
  }
}

const REWRITER = new PhraseRewriter(PHRASE_REWRITES);

/** Folded query → weighted terms, with abbreviations and everyday phrases rewritten. */
export function rewriteQuery(query: string): QueryTerm[] {
  return termsOf(queryWords(query));
}

/** The same, from a query's folded words (queryWords). */
export function termsOf(words: readonly string[]): QueryTerm[] {
  const { text, applied } = REWRITER.apply(readDeaths(words));
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const token of text.trim().split(' ')) {
    if (!token || seen.has(token)) continue;
    seen.add(token);
    const stop = STOP_WORDS.has(token);
    terms.push({ token, weight: stop ? 0.2 : 1, decisive: !stop, run: 0 });
  }
  // A hint is the usual meaning of a phrase said alone: "công chứng" is most often a certified copy,
  // but "công chứng hợp đồng" already says what it is.
  const decisive = terms.filter((t) => t.decisive).map((t) => t.token);
  const hints = applied
    .filter((r) => r.hint && decisive.every((token) => r.to.split(' ').includes(token)))
    .map((r) => r.hint!);
  hints.forEach((hint, i) => {
    for (const token of hint.split(' ')) terms.push({ token, weight: seen.has(token) ? 0 : 0.4, decisive: false, run: i + 1 });
    hint.split(' ').forEach((token) => seen.add(token));
  });
  return terms;
}
