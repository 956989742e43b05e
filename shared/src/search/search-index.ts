import { searchTokens } from '../text/normalize.ts';
import { rewriteQuery, termsOf, type QueryTerm } from './query-terms.ts';
import { MAX_QUERY_CHARS, codesIn, queryWords, withoutCodes } from './query-words.ts';
import { Postings, type SearchDocument } from './postings.ts';
import { smallestSorted } from './sorted-arrays.ts';
import { WordAlternatives } from './word-alternatives.ts';

export type { SearchDocument };

export interface SearchHit {
  key: string;
  score: number;
}

export interface IndexTuning {
  /** Share of the documents a word must be in to have its places by document too (default 1/16; Infinity: never). */
  denseShare?: number;
}

export interface SearchOptions {
  /** Keep only documents whose name holds one of these phrases (folded words, e.g. "tam tru"). */
  nameMustContain?: readonly string[];
  /** The query's folded words (queryWords of its first MAX_QUERY_CHARS), when the caller has them already. */
  words?: readonly string[];
}

/** One page of a ranked answer, and how many matched in all. */
export interface SearchPage {
  hits: SearchHit[];
  total: number;
}

/** One word of the query and what it may stand for in the index (itself, completions, near spellings). */
interface Concept {
  ids: number[];
  weight: number;
  decisive: boolean;
  run: number;
  /** Bit of this concept in a document's mask; 0 when it does not count towards coverage. */
  bit: number;
  /** The rarest of its words: how much of the query's meaning it carries. */
  rarity: number;
}

/** A result must hold this share of the query's meaning: its words, each weighted by its rarity. */
const MIN_COVERAGE = 0.7;
/** And score at least this share of the best result. */
const MIN_RELATIVE_SCORE = 0.35;
/** Meaningful words counted for coverage (bits of a 32-bit mask). */
const MAX_COUNTED = 30;
/** Packing for the sort: scores to a millionth below 2^33 (8,589 points), key ranks below 2^20 — exact in a double. */
const MAX_PACKED_SCORE = 2 ** 33 - 1;
const RANK_SPACE = 2 ** 20;
/** Of a word's completions or near spellings, how many take part in phrase matches. */
const PHRASE_ALTERNATIVES = 3;

/**
 * An in-memory ranked index over folded words, built once per catalog version.
 * Understands diacritics or none, abbreviations, everyday phrases, typos and codes
 * written inside a sentence, and answers only what matches well: results must hold
 * most of the query's meaning and score near the best.
 */
export class SearchIndex {
  private readonly keys: string[];
  private readonly byKey = new Map<string, number>();
  /** "1.004873" → the document whose code is it or its provincial form. */
  private readonly byBaseCode = new Map<string, number>();
  private readonly postings: Postings;
  private readonly idf: Float64Array;
  /** Adjacent pairs of words in names (first id × word count + second id) → the documents, in order. */
  private readonly namePairs = new Map<number, Int32Array>();
  private readonly nameLength: Int32Array;
  /** Folded names padded with spaces, for whole-word phrase filters. */
  private readonly foldedNames: string[];
  /** What an unknown word typed may stand for, among the words of names and fields. */
  private readonly alternatives: WordAlternatives;

  // Scratch space reused by every query (search is synchronous): no allocation per document.
  private readonly scores: Float64Array;
  private readonly coverage: Float64Array;
  private readonly masks: Int32Array;
  private readonly stamps: Int32Array;
  private readonly touched: Int32Array;
  private readonly kept: Int32Array;
  /** Each document's place in key order, for ties. */
  private readonly keyRank: Int32Array;
  private readonly docByRank: Int32Array;
  private readonly order: Float64Array;
  private readonly termStamps: Int32Array;
  /** Of each candidate, how many of its name's words are the query's, and how many of the query's phrases its name holds. */
  private readonly nameHits: Int32Array;
  private readonly phraseHits: Int32Array;
  private generation = 0;

  constructor(docs: SearchDocument[], tuning: IndexTuning = {}) {
    const n = docs.length;
    this.keys = docs.map((d) => d.key);
    docs.forEach((d, i) => {
      this.byKey.set(d.key.toUpperCase(), i);
      const base = d.key.slice(0, 8);
      if (!this.byBaseCode.has(base)) this.byBaseCode.set(base, i);
    });
    const nameWords = docs.map((d) => searchTokens(d.name));
    this.foldedNames = nameWords.map((words) => ` ${words.join(' ')} `);
    this.postings = new Postings(docs, nameWords, tuning.denseShare);
    this.idf = Float64Array.from(this.postings.docs, (p) => Math.log(1 + (n - p.length + 0.5) / (p.length + 0.5)));
    this.nameLength = Int32Array.from(nameWords, (words) => words.length);
    this.buildNamePairs(nameWords);
    this.alternatives = new WordAlternatives(docs.map((d) => searchTokens(`${d.name} ${d.field}`)));
    this.scores = new Float64Array(n);
    this.coverage = new Float64Array(n);
    this.masks = new Int32Array(n);
    this.stamps = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.kept = new Int32Array(n);
    this.keyRank = new Int32Array(n);
    [...this.keys.keys()]
      .sort((a, b) => (this.keys[a] < this.keys[b] ? -1 : this.keys[a] > this.keys[b] ? 1 : 0))
      .forEach((doc, rank) => (this.keyRank[doc] = rank));
    this.docByRank = new Int32Array(n);
    this.keyRank.forEach((rank, doc) => (this.docByRank[rank] = doc));
    this.order = new Float64Array(n);
    if (n > RANK_SPACE) throw new Error(`A search index holds at most ${RANK_SPACE} documents`);
    this.termStamps = new Int32Array(this.postings.termIds.size);
    this.nameHits = new Int32Array(n);
    this.phraseHits = new Int32Array(n);
  }

  private buildNamePairs(nameWords: string[][]): void {
    const pairs = new Map<number, number[]>();
    nameWords.forEach((words, doc) => {
      for (let i = 0; i + 1 < words.length; i++) {
        const key = this.pairKey(this.postings.termIds.get(words[i])!, this.postings.termIds.get(words[i + 1])!);
        const docs = pairs.get(key);
        if (!docs) pairs.set(key, [doc]);
        else if (docs[docs.length - 1] !== doc) docs.push(doc);
      }
    });
    for (const [key, docs] of pairs) this.namePairs.set(key, Int32Array.from(docs));
  }

  private pairKey(first: number, second: number): number {
    return first * this.postings.termIds.size + second;
  }

  /** Every match, best first. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.searchPage(query, 0, Number.MAX_SAFE_INTEGER, options).hits;
  }

  /** The matches from `offset` to `offset + limit`, best first: only those are ranked in full. */
  searchPage(query: string, offset: number, limit: number, options: SearchOptions = {}): SearchPage {
    const none = { hits: [], total: 0 };
    const text = query.slice(0, MAX_QUERY_CHARS);
    const codes = codesIn(text);
    if (codes.length > 0) {
      const byCode = this.matchCodes(codes);
      if (byCode.length > 0) return { hits: byCode.slice(offset, offset + limit), total: byCode.length };
    }
    const concepts = this.conceptsOf(codes.length > 0 ? rewriteQuery(withoutCodes(text)) : termsOf(options.words ?? queryWords(text)));
    if (!concepts.some((c) => c.bit !== 0)) return none;

    const gen = ++this.generation;
    const { scores, coverage, masks, stamps, touched, nameHits, phraseHits } = this;
    let touchedCount = 0;
    let meaning = 0;
    for (const concept of concepts) if (concept.bit !== 0) meaning += concept.rarity;
    const minCoverage = MIN_COVERAGE * meaning - 1e-9;
    // Meaningful words first, the rarest first: only they make a document a candidate. Once the words
    // left cannot lift a new document to the coverage needed, the common ones only update candidates.
    const meaningful = concepts.filter((c) => c.bit !== 0).sort((a, b) => b.rarity - a.rarity);
    let remaining = meaning;
    for (const concept of meaningful) {
      const creates = remaining >= minCoverage;
      remaining -= concept.rarity;
      for (const id of concept.ids) {
        const docs = this.postings.docs[id];
        const tf = this.postings.tf[id];
        const weight = concept.weight * this.idf[id];
        // A word of two concepts (near spellings of two typed words) scores twice but is one word of a name.
        const inName = this.termStamps[id] === gen ? null : this.postings.inName[id];
        this.termStamps[id] = gen;
        if (!creates && this.postings.fewerThan(id, touchedCount)) {
          for (let t = 0; t < touchedCount; t++) {
            const doc = touched[t];
            const i = this.postings.placeIn(id, doc);
            if (i < 0) continue;
            scores[doc] += weight * tf[i];
            if (inName) nameHits[doc] += inName[i];
            if ((masks[doc] & concept.bit) === 0) {
              masks[doc] |= concept.bit;
              coverage[doc] += concept.rarity;
            }
          }
          continue;
        }
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i];
          if (stamps[doc] !== gen) {
            if (!creates) continue;
            stamps[doc] = gen;
            scores[doc] = 0;
            coverage[doc] = 0;
            masks[doc] = 0;
            nameHits[doc] = 0;
            phraseHits[doc] = 0;
            touched[touchedCount++] = doc;
          }
          scores[doc] += weight * tf[i];
          if (inName) nameHits[doc] += inName[i];
          if ((masks[doc] & concept.bit) === 0) {
            masks[doc] |= concept.bit;
            coverage[doc] += concept.rarity;
          }
        }
      }
    }
    // Only what holds most of the query's meaning stays.
    const mustContain = options.nameMustContain?.map((p) => ` ${p} `);
    const kept = this.kept;
    let keptCount = 0;
    for (let t = 0; t < touchedCount; t++) {
      const doc = touched[t];
      if (coverage[doc] < minCoverage) continue;
      if (mustContain && !mustContain.some((p) => this.foldedNames[doc].includes(p))) continue;
      masks[doc] = -1; // kept, for the passes below
      kept[keptCount++] = doc;
    }
    if (keptCount === 0) return none;

    // The rest of the words (stop words, hints) only rank what stayed.
    for (const concept of concepts) {
      if (concept.bit !== 0 || concept.weight === 0) continue;
      for (const id of concept.ids) this.addRanking(id, concept.weight * this.idf[id], keptCount, gen);
    }

    const phrases = this.phrasesOf(concepts);
    this.countPhrases(phrases, gen);
    // Name bonuses add at most this much: a document below the floor even with all of it is cut unseen.
    const maxBonus = 1.5 * (phrases.length / 2) + 2;
    let bestBase = 0;
    for (let k = 0; k < keptCount; k++) if (scores[kept[k]] > bestBase) bestBase = scores[kept[k]];
    const hopeless = MIN_RELATIVE_SCORE * bestBase - maxBonus;
    // Only documents that may reach the asked page need their name bonus: the page's documents all score
    // at least the page's lowest base score (bonuses only add), so one below it even with the whole bonus
    // is only counted, by its bounds when they decide.
    const need = offset + limit;
    const pageReach = keptCount > 2 * need ? this.nthBestBase(keptCount, need) - maxBonus - 1e-5 : -Infinity;
    const { touched: others } = this;
    let best = 0;
    let count = 0;
    let otherCount = 0;
    for (let k = 0; k < keptCount; k++) {
      const doc = kept[k];
      if (scores[doc] < hopeless) continue;
      if (scores[doc] < pageReach) {
        others[otherCount++] = doc;
        continue;
      }
      const score = scores[doc] + this.nameBonus(doc);
      scores[doc] = score;
      if (score > best) best = score;
      kept[count++] = doc;
    }
    const floor = MIN_RELATIVE_SCORE * best;
    let beyondPage = 0;
    for (let k = 0; k < otherCount; k++) {
      const base = scores[others[k]];
      if (base >= floor || (base + maxBonus >= floor && base + this.nameBonus(others[k]) >= floor)) beyondPage++;
    }
    // Best first, ties in key order: one native sort of packed numbers (score to a millionth, then key rank).
    const order = this.order;
    let n = 0;
    for (let k = 0; k < count; k++) {
      const doc = kept[k];
      if (scores[doc] < floor) continue;
      order[n++] = (MAX_PACKED_SCORE - Math.min(MAX_PACKED_SCORE, Math.round(scores[doc] * 1e6))) * RANK_SPACE + this.keyRank[doc];
    }
    const end = Math.min(n, offset + limit);
    const sorted = smallestSorted(order.subarray(0, n), end);
    const hits: SearchHit[] = new Array(Math.max(0, end - offset));
    for (let k = offset; k < end; k++) {
      const doc = this.docByRank[sorted[k] % RANK_SPACE];
      hits[k - offset] = { key: this.keys[doc], score: scores[doc] };
    }
    return { hits, total: n + beyondPage };
  }

  /** The `nth` highest score among the first `count` kept documents. */
  private nthBestBase(count: number, nth: number): number {
    const order = this.order;
    for (let k = 0; k < count; k++) order[k] = -this.scores[this.kept[k]];
    return -smallestSorted(order.subarray(0, count), nth)[nth - 1];
  }

  /** Adds a ranking-only word's weight to the kept documents: through its posting, or by lookups when it is long. */
  private addRanking(id: number, weight: number, keptCount: number, gen: number): void {
    const docs = this.postings.docs[id];
    const tf = this.postings.tf[id];
    const { scores, masks, stamps, kept } = this;
    if (this.postings.fewerThan(id, keptCount)) {
      for (let k = 0; k < keptCount; k++) {
        const i = this.postings.placeIn(id, kept[k]);
        if (i >= 0) scores[kept[k]] += weight * tf[i];
      }
      return;
    }
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i];
      if (stamps[doc] === gen && masks[doc] === -1) scores[doc] += weight * tf[i];
    }
  }

  /** For each candidate, how many of the query's phrases (pairs of word ids) its name holds, each counted once per name. */
  private countPhrases(phrases: Int32Array, gen: number): void {
    const { stamps, phraseHits } = this;
    for (let p = 0; p < phrases.length; p += 2) {
      const docs = this.namePairs.get(this.pairKey(phrases[p], phrases[p + 1]));
      if (docs === undefined) continue;
      for (let i = 0; i < docs.length; i++) if (stamps[docs[i]] === gen) phraseHits[docs[i]]++;
    }
  }

  /** Phrases of the query in the name, and how fully the query's words describe it. */
  private nameBonus(doc: number): number {
    const length = this.nameLength[doc];
    if (length === 0) return 0;
    // Of two names matching the same words, the one those words describe more fully wins.
    return 1.5 * this.phraseHits[doc] + (2 * this.nameHits[doc]) / length;
  }

  private matchCodes(codes: string[]): SearchHit[] {
    const found = new Set<number>();
    for (const code of codes) {
      const doc = this.byKey.get(code) ?? this.byBaseCode.get(code.slice(0, 8));
      if (doc !== undefined) found.add(doc);
    }
    return [...found].map((doc) => ({ key: this.keys[doc], score: Number.MAX_SAFE_INTEGER }));
  }

  /** Known words stay; unknown ones become their prefix completions (the last word) or near spellings. */
  private conceptsOf(terms: QueryTerm[]): Concept[] {
    const lastTyped = terms.reduce((last, t, i) => (t.run === 0 ? i : last), -1);
    const concepts: Concept[] = [];
    let counted = 0;
    terms.forEach((term, i) => {
      const known = this.postings.termIds.get(term.token);
      let ids: number[];
      let weight = term.weight;
      if (known !== undefined) {
        ids = [known];
      } else {
        ids = this.alternatives.of(term.token, i === lastTyped).map((w) => this.postings.termIds.get(w)!);
        weight *= 0.7;
      }
      if (ids.length === 0) return;
      const counts = term.decisive && counted < MAX_COUNTED;
      const bit = counts ? 1 << counted++ : 0;
      let rarity = 0;
      for (const id of ids) rarity = Math.max(rarity, this.idf[id]);
      concepts.push({ ids, weight, decisive: term.decisive, run: term.run, bit, rarity });
    });
    return concepts;
  }

  /** Adjacent word pairs within each run of words, as pairs of word ids. */
  private phrasesOf(concepts: Concept[]): Int32Array {
    const runs = concepts.filter((c) => c.decisive || c.run > 0);
    const pairs: number[] = [];
    for (let i = 0; i + 1 < runs.length; i++) {
      if (runs[i].run !== runs[i + 1].run) continue;
      for (const a of runs[i].ids.slice(0, PHRASE_ALTERNATIVES)) {
        for (const b of runs[i + 1].ids.slice(0, PHRASE_ALTERNATIVES)) pairs.push(a, b);
      }
    }
    return Int32Array.from(pairs);
  }
}
