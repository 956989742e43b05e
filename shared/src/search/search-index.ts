import { foldForSearch, searchTokens } from '../text/normalize.ts';
import { editDistanceWithin } from './edit-distance.ts';
import { ABBREVIATIONS, PHRASE_REWRITES, STOP_WORDS, type PhraseRewrite } from './synonyms.ts';

/** What the index needs to know of a procedure (or any other searchable item). */
export interface SearchDocument {
  key: string;
  name: string;
  field: string;
  summary: string;
}

export interface SearchHit {
  key: string;
  score: number;
}

interface QueryTerm {
  token: string;
  weight: number;
  /** Hints and stop words may rank, but never make a document match on their own. */
  decisive: boolean;
  /** Which run of words it came from (the query, or one hint), for phrase matches. */
  run: number;
}

/** The documents a word occurs in, with its BM25 term weight in each, and its rarity. */
interface Posting {
  docs: Int32Array;
  tf: Float64Array;
  idf: number;
}

const FIELD_WEIGHTS = { name: 3, field: 1, summary: 0.6 } as const;
const BM25_K1 = 1.2;
const BM25_B = 0.6;
/** Official names run long; what a procedure is shows in its first words. */
const NAME_LENGTH_CAP = 12;
const MAX_QUERY_CHARS = 200;
const CODE_PATTERN = /^\d\.\d{6}/;

/**
 * An in-memory ranked index over folded words, built once per catalog version.
 * Understands diacritics or none, abbreviations, everyday phrases and typos.
 */
export class SearchIndex {
  private readonly docs: SearchDocument[];
  /** Folded names padded with spaces, for whole-word phrase matches. */
  private readonly foldedNames: string[];
  private readonly nameWords: string[][];
  private readonly postings = new Map<string, Posting>();
  /** Words of names and fields, with how many documents use each: what completions and typo corrections may become. */
  private readonly vocabulary: string[];
  private readonly nameFrequency = new Map<string, number>();
  private readonly nearWords = new Map<string, string[]>();

  constructor(docs: SearchDocument[]) {
    this.docs = docs;
    this.nameWords = docs.map((d) => searchTokens(d.name));
    this.foldedNames = this.nameWords.map((words) => ` ${words.join(' ')} `);
    this.buildPostings();
    for (const doc of docs) {
      for (const word of new Set(searchTokens(`${doc.name} ${doc.field}`))) {
        this.nameFrequency.set(word, (this.nameFrequency.get(word) ?? 0) + 1);
      }
    }
    this.vocabulary = [...this.nameFrequency.keys()].sort();
  }

  private buildPostings(): void {
    const lengths = this.nameWords.map((w) => Math.min(NAME_LENGTH_CAP, Math.max(1, w.length)));
    const avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
    const raw = new Map<string, { doc: number; weight: number }[]>();
    this.docs.forEach((doc, index) => {
      // A word counts once per field: a summary repeating a word must not outrank a shorter name.
      const weights = new Map<string, number>();
      const add = (text: string, w: number) => {
        for (const token of new Set(searchTokens(text))) weights.set(token, (weights.get(token) ?? 0) + w);
      };
      add(doc.name, FIELD_WEIGHTS.name);
      add(doc.field, FIELD_WEIGHTS.field);
      add(doc.summary, FIELD_WEIGHTS.summary);
      for (const [token, weight] of weights) {
        let list = raw.get(token);
        if (!list) raw.set(token, (list = []));
        list.push({ doc: index, weight });
      }
    });
    const n = this.docs.length;
    for (const [token, list] of raw) {
      const tf = new Float64Array(list.length);
      list.forEach(({ doc, weight }, i) => {
        const norm = 1 - BM25_B + (BM25_B * lengths[doc]) / avgLength;
        tf[i] = (weight * (BM25_K1 + 1)) / (weight + BM25_K1 * norm);
      });
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      this.postings.set(token, { docs: Int32Array.from(list, (p) => p.doc), tf, idf });
    }
  }

  search(query: string): SearchHit[] {
    const text = query.slice(0, MAX_QUERY_CHARS);
    const byCode = this.matchCode(text);
    if (byCode) return [byCode];

    const terms = this.expandTerms(rewriteQuery(text));
    if (!terms.some((t) => t.decisive)) return [];

    const scores = new Float64Array(this.docs.length);
    const matched = new Uint8Array(this.docs.length);
    const candidates: number[] = [];
    for (const term of terms) {
      const posting = this.postings.get(term.token);
      if (!posting || term.weight === 0) continue;
      const weight = term.weight * posting.idf;
      for (let i = 0; i < posting.docs.length; i++) {
        const doc = posting.docs[i];
        scores[doc] += weight * posting.tf[i];
        if (term.decisive && matched[doc] === 0) {
          matched[doc] = 1;
          candidates.push(doc);
        }
      }
    }

    const phrases = phrasesOf(terms.filter((t) => t.decisive || t.run > 0));
    const queryWords = new Set(terms.filter((t) => t.decisive).map((t) => t.token));
    const hits: SearchHit[] = new Array(candidates.length);
    for (let c = 0; c < candidates.length; c++) {
      const doc = candidates[c];
      let score = scores[doc];
      const name = this.foldedNames[doc];
      for (const phrase of phrases) {
        if (name.includes(phrase)) score += 1.5;
      }
      // Of two names matching the same words, the one those words describe more fully wins.
      const words = this.nameWords[doc];
      let covered = 0;
      for (const w of words) if (queryWords.has(w)) covered++;
      hits[c] = { key: this.docs[doc].key, score: score + (2 * covered) / words.length };
    }
    return hits.sort((a, b) => b.score - a.score || this.compareKeys(a.key, b.key));
  }

  private compareKeys(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  private matchCode(text: string): SearchHit | null {
    const trimmed = text.trim();
    if (!CODE_PATTERN.test(trimmed)) return null;
    const doc = this.docs.find((d) => d.key === trimmed || d.key.startsWith(`${trimmed}.`));
    return doc ? { key: doc.key, score: Number.MAX_SAFE_INTEGER } : null;
  }

  /** Known words stay; unknown ones become their prefix completions or near spellings. */
  private expandTerms(terms: QueryTerm[]): QueryTerm[] {
    const out: QueryTerm[] = [];
    terms.forEach((term, i) => {
      if (this.postings.has(term.token)) {
        out.push(term);
        return;
      }
      const isLast = i === terms.length - 1;
      const alternatives = isLast ? this.completions(term.token) : [];
      const near = alternatives.length > 0 ? alternatives : this.nearSpellings(term.token);
      for (const token of near) out.push({ ...term, token, weight: term.weight * 0.7 });
    });
    return out;
  }

  private completions(prefix: string): string[] {
    if (prefix.length < 2) return [];
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.vocabulary[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.vocabulary.length && out.length < 20; i++) {
      if (!this.vocabulary[i].startsWith(prefix)) break;
      out.push(this.vocabulary[i]);
    }
    return out;
  }

  private nearSpellings(token: string): string[] {
    if (token.length < 4 || /^\d+$/.test(token)) return [];
    const cached = this.nearWords.get(token);
    if (cached) return cached;
    const max = token.length >= 7 ? 2 : 1;
    // Like a spelling corrector: of the near words, the common ones are the likely intent.
    const near = this.vocabulary.filter((word) => word.length >= 3 && editDistanceWithin(token, word, max) <= max);
    const frequency = (word: string) => this.nameFrequency.get(word) ?? 0;
    const top = Math.max(0, ...near.map(frequency));
    const found = near.filter((word) => frequency(word) * 2 >= top);
    if (this.nearWords.size > 5000) this.nearWords.clear();
    this.nearWords.set(token, found);
    return found;
  }
}

/** Folded query → weighted terms, with abbreviations and everyday phrases rewritten. */
export function rewriteQuery(query: string): QueryTerm[] {
  const words = foldForSearch(query)
    .split(' ')
    .filter(Boolean)
    .flatMap((w) => (ABBREVIATIONS.get(w) ?? w).split(' '));
  let text = ` ${words.join(' ')} `;
  const applied: PhraseRewrite[] = [];
  for (const rewrite of PHRASE_REWRITES) {
    if (text.includes(` ${rewrite.from} `)) {
      text = text.replaceAll(` ${rewrite.from} `, ` ${rewrite.to} `);
      applied.push(rewrite);
    }
  }
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

/** Adjacent word pairs within each run of words, padded for whole-word matching. */
function phrasesOf(terms: QueryTerm[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < terms.length; i++) {
    if (terms[i].run === terms[i + 1].run) out.push(` ${terms[i].token} ${terms[i + 1].token} `);
  }
  return out;
}
