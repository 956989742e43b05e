import { searchTokens } from '../text/normalize.ts';
import { rewriteQuery, termsOf, type QueryTerm } from './query-terms.ts';
import { MAX_QUERY_CHARS, codesIn, queryWords, withoutCodes } from './query-words.ts';
import { SpellingIndex } from './spelling.ts';

/** What the index needs to know of a procedure (or any other searchable item). */
export interface SearchDocument {
  key: string;
  name: string;
  field: string;
  summary: string;
  /** Other text it may be found by (who it is for), weighted low. */
  extra?: string;
}

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

const FIELD_WEIGHTS = { name: 3, field: 1, summary: 0.6, extra: 0.3 } as const;
const BM25_K1 = 1.2;
const BM25_B = 0.6;
/** Official names run long; what a procedure is shows in its first words. */
const NAME_LENGTH_CAP = 12;
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
/** A word in at least this many documents, and this share of them, also has its places by document. */
const DENSE_MIN_DOCS = 64;
const DENSE_SHARE = 1 / 16;
/** Unknown words seen, with what they stand for: citizens mistype the same words again and again. */
const MAX_REMEMBERED_WORDS = 20_000;

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
  private readonly termIds = new Map<string, number>();
  private readonly postingDocs: Int32Array[] = [];
  private readonly postingTf: Float64Array[] = [];
  /** How many times the word is in each posting document's name (the name bonus's coverage). */
  private readonly postingInName: Uint8Array[] = [];
  /** Of the commonest words, each document's place in the posting plus one (0: absent): a few candidates look theirs up instead of reading a long posting. */
  private readonly densePlace: (Int32Array | undefined)[] = [];
  private readonly idf: Float64Array;
  /** Adjacent pairs of words in names (first id × word count + second id) → the documents, in order. */
  private readonly namePairs = new Map<number, Int32Array>();
  private readonly nameLength: Int32Array;
  /** Folded names padded with spaces, for whole-word phrase filters. */
  private readonly foldedNames: string[];
  /** Words of names and fields, sorted: what the last word typed may be completed to. */
  private readonly vocabulary: string[];
  private readonly nameFrequency = new Map<string, number>();
  private readonly spelling: SpellingIndex;
  /** A pure function of the index (built once per catalog version), so never stale. */
  private readonly alternatives = new Map<string, string[]>();

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
    this.buildPostings(docs, nameWords, tuning.denseShare ?? DENSE_SHARE);
    this.idf = Float64Array.from(this.postingDocs, (p) => Math.log(1 + (n - p.length + 0.5) / (p.length + 0.5)));
    this.nameLength = Int32Array.from(nameWords, (words) => words.length);
    this.buildNamePairs(nameWords);
    for (const doc of docs) {
      for (const word of new Set(searchTokens(`${doc.name} ${doc.field}`))) {
        this.nameFrequency.set(word, (this.nameFrequency.get(word) ?? 0) + 1);
      }
    }
    this.vocabulary = [...this.nameFrequency.keys()].sort();
    this.spelling = new SpellingIndex(this.vocabulary.filter((w) => w.length >= 3 && !/^\d+$/.test(w)));
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
    this.termStamps = new Int32Array(this.termIds.size);
    this.nameHits = new Int32Array(n);
    this.phraseHits = new Int32Array(n);
  }

  private buildNamePairs(nameWords: string[][]): void {
    const pairs = new Map<number, number[]>();
    nameWords.forEach((words, doc) => {
      for (let i = 0; i + 1 < words.length; i++) {
        const key = this.pairKey(this.termIds.get(words[i])!, this.termIds.get(words[i + 1])!);
        const docs = pairs.get(key);
        if (!docs) pairs.set(key, [doc]);
        else if (docs[docs.length - 1] !== doc) docs.push(doc);
      }
    });
    for (const [key, docs] of pairs) this.namePairs.set(key, Int32Array.from(docs));
  }

  private pairKey(first: number, second: number): number {
    return first * this.termIds.size + second;
  }

  private buildPostings(docs: SearchDocument[], nameWords: string[][], denseShare: number): void {
    const lengths = nameWords.map((w) => Math.min(NAME_LENGTH_CAP, Math.max(1, w.length)));
    const avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
    const raw: { doc: number; weight: number; inName: number }[][] = [];
    docs.forEach((doc, index) => {
      // A word counts once per field: a summary repeating a word must not outrank a shorter name.
      const weights = new Map<string, number>();
      const add = (text: string, w: number) => {
        for (const token of new Set(searchTokens(text))) weights.set(token, (weights.get(token) ?? 0) + w);
      };
      const inName = new Map<string, number>();
      for (const token of nameWords[index]) inName.set(token, (inName.get(token) ?? 0) + 1);
      add(doc.name, FIELD_WEIGHTS.name);
      add(doc.field, FIELD_WEIGHTS.field);
      add(doc.summary, FIELD_WEIGHTS.summary);
      if (doc.extra) add(doc.extra, FIELD_WEIGHTS.extra);
      for (const [token, weight] of weights) {
        let id = this.termIds.get(token);
        if (id === undefined) {
          id = raw.length;
          this.termIds.set(token, id);
          raw.push([]);
        }
        raw[id].push({ doc: index, weight, inName: Math.min(255, inName.get(token) ?? 0) });
      }
    });
    for (const list of raw) {
      const tf = new Float64Array(list.length);
      list.forEach(({ doc, weight }, i) => {
        const norm = 1 - BM25_B + (BM25_B * lengths[doc]) / avgLength;
        tf[i] = (weight * (BM25_K1 + 1)) / (weight + BM25_K1 * norm);
      });
      this.postingDocs.push(Int32Array.from(list, (p) => p.doc));
      this.postingTf.push(tf);
      this.postingInName.push(Uint8Array.from(list, (p) => p.inName));
      let dense: Int32Array | undefined;
      if (list.length >= DENSE_MIN_DOCS && list.length >= denseShare * docs.length) {
        dense = new Int32Array(docs.length);
        list.forEach(({ doc }, i) => (dense![doc] = i + 1));
      }
      this.densePlace.push(dense);
    }
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
        const docs = this.postingDocs[id];
        const tf = this.postingTf[id];
        const weight = concept.weight * this.idf[id];
        // A word of two concepts (near spellings of two typed words) scores twice but is one word of a name.
        const inName = this.termStamps[id] === gen ? null : this.postingInName[id];
        this.termStamps[id] = gen;
        if (!creates && this.fewerThanPosting(id, touchedCount)) {
          for (let t = 0; t < touchedCount; t++) {
            const doc = touched[t];
            const i = this.placeIn(id, doc);
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

  /** Whether `count` documents are better looked up one by one in a word's posting than found by reading it. */
  private fewerThanPosting(id: number, count: number): boolean {
    const length = this.postingDocs[id].length;
    return this.densePlace[id] !== undefined ? count * 4 < length : count * 16 < length;
  }

  /** Where a document is in a word's posting, or -1. */
  private placeIn(id: number, doc: number): number {
    const dense = this.densePlace[id];
    return dense !== undefined ? dense[doc] - 1 : indexIn(this.postingDocs[id], doc);
  }

  /** Adds a ranking-only word's weight to the kept documents: through its posting, or by lookups when it is long. */
  private addRanking(id: number, weight: number, keptCount: number, gen: number): void {
    const docs = this.postingDocs[id];
    const tf = this.postingTf[id];
    const { scores, masks, stamps, kept } = this;
    if (this.fewerThanPosting(id, keptCount)) {
      for (let k = 0; k < keptCount; k++) {
        const i = this.placeIn(id, kept[k]);
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
      const known = this.termIds.get(term.token);
      let ids: number[];
      let weight = term.weight;
      if (known !== undefined) {
        ids = [known];
      } else {
        ids = this.alternativesOf(term.token, i === lastTyped).map((w) => this.termIds.get(w)!);
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

  /** What an unknown word may stand for: its completions when it is the last word typed, else its near spellings. */
  private alternativesOf(token: string, last: boolean): string[] {
    const key = last ? `${token}…` : token;
    let words = this.alternatives.get(key);
    if (words === undefined) {
      const completions = last ? this.completions(token) : [];
      words = completions.length > 0 ? completions : this.nearSpellings(token);
      if (this.alternatives.size >= MAX_REMEMBERED_WORDS) this.alternatives.clear();
      this.alternatives.set(key, words);
    }
    return words;
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
    const near = this.spelling.near(token, token.length >= 7 ? 2 : 1);
    // Like a spelling corrector: of the near words, the common ones are the likely intent.
    const frequency = (word: string) => this.nameFrequency.get(word) ?? 0;
    let top = 0;
    for (const word of near) top = Math.max(top, frequency(word));
    return near.filter((word) => frequency(word) * 2 >= top).sort();
  }
}

/**
 * The `k` smallest values first, in order (the rest of the array in no order): a page
 * of a long answer needs only its own rows sorted. Selection by a bounded max-heap.
 */
function smallestSorted(values: Float64Array, k: number): Float64Array {
  if (k * 4 >= values.length) return values.sort();
  const heap = values.subarray(0, k);
  for (let i = (k >> 1) - 1; i >= 0; i--) siftDown(heap, i);
  for (let i = k; i < values.length; i++) {
    if (values[i] < heap[0]) {
      heap[0] = values[i];
      siftDown(heap, 0);
    }
  }
  return heap.sort();
}

function siftDown(heap: Float64Array, at: number): void {
  const n = heap.length;
  for (;;) {
    const l = 2 * at + 1;
    if (l >= n) return;
    const r = l + 1;
    const big = r < n && heap[r] > heap[l] ? r : l;
    if (heap[big] <= heap[at]) return;
    const t = heap[at];
    heap[at] = heap[big];
    heap[big] = t;
    at = big;
  }
}

/** Where a document is in a posting (sorted by document), or -1. */
function indexIn(docs: Int32Array, doc: number): number {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = docs[mid];
    if (d === doc) return mid;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
