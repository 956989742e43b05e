import { searchTokens } from '../text/normalize.ts';
import { indexIn } from './sorted-arrays.ts';

/** What the index needs to know of a procedure (or any other searchable item). */
export interface SearchDocument {
  key: string;
  name: string;
  field: string;
  summary: string;
  /** Other text it may be found by (who it is for), weighted low. */
  extra?: string;
}

const FIELD_WEIGHTS = { name: 3, field: 1, summary: 0.6, extra: 0.3 } as const;
const BM25_K1 = 1.2;
const BM25_B = 0.6;
/** Official names run long; what a procedure is shows in its first words. */
const NAME_LENGTH_CAP = 12;
/** A word in at least this many documents, and this share of them, also has its places by document. */
const DENSE_MIN_DOCS = 64;
const DENSE_SHARE = 1 / 16;

/**
 * Each word's documents, in document order, with its BM25 weight in each (one count per field,
 * the name weighted most) and how many times it is in the document's name.
 */
export class Postings {
  readonly termIds = new Map<string, number>();
  readonly docs: Int32Array[] = [];
  readonly tf: Float64Array[] = [];
  /** How many times the word is in each posting document's name (the name bonus's coverage). */
  readonly inName: Uint8Array[] = [];
  /** Of the commonest words, each document's place in the posting plus one (0: absent): a few candidates look theirs up instead of reading a long posting. */
  private readonly densePlace: (Int32Array | undefined)[] = [];

  constructor(docs: readonly SearchDocument[], nameWords: readonly string[][], denseShare = DENSE_SHARE) {
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
      this.docs.push(Int32Array.from(list, (p) => p.doc));
      this.tf.push(tf);
      this.inName.push(Uint8Array.from(list, (p) => p.inName));
      let dense: Int32Array | undefined;
      if (list.length >= DENSE_MIN_DOCS && list.length >= denseShare * docs.length) {
        dense = new Int32Array(docs.length);
        list.forEach(({ doc }, i) => (dense![doc] = i + 1));
      }
      this.densePlace.push(dense);
    }
  }

  /** Whether `count` documents are better looked up one by one in a word's posting than found by reading it. */
  fewerThan(id: number, count: number): boolean {
    const length = this.docs[id].length;
    return this.densePlace[id] !== undefined ? count * 4 < length : count * 16 < length;
  }

  /** Where a document is in a word's posting, or -1. */
  placeIn(id: number, doc: number): number {
    const dense = this.densePlace[id];
    return dense !== undefined ? dense[doc] - 1 : indexIn(this.docs[id], doc);
  }
}
