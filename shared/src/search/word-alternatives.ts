import { SpellingIndex } from './spelling.ts';

/** Unknown words seen, with what they stand for: citizens mistype the same words again and again. */
const MAX_REMEMBERED_WORDS = 20_000;

/**
 * What a word the index does not know may stand for: the words of names and fields it
 * begins (the last word, still being typed) or that are spelt nearly like it.
 */
export class WordAlternatives {
  /** Sorted: what the last word typed may be completed to. */
  private readonly vocabulary: string[];
  /** In how many documents' names and fields each word is. */
  private readonly frequency = new Map<string, number>();
  private readonly spelling: SpellingIndex;
  /** A pure function of the words (built once per catalog version), so never stale. */
  private readonly remembered = new Map<string, string[]>();

  /** `docs`: each document's folded words of its name and lĩnh vực. */
  constructor(docs: readonly (readonly string[])[]) {
    for (const words of docs) for (const word of new Set(words)) this.frequency.set(word, (this.frequency.get(word) ?? 0) + 1);
    this.vocabulary = [...this.frequency.keys()].sort();
    this.spelling = new SpellingIndex(this.vocabulary.filter((w) => w.length >= 3 && !/^\d+$/.test(w)));
  }

  /** What an unknown word may stand for: its completions when it is the last word typed, else its near spellings. */
  of(token: string, last: boolean): string[] {
    const key = last ? `${token}…` : token;
    let words = this.remembered.get(key);
    if (words === undefined) {
      const completions = last ? this.completions(token) : [];
      words = completions.length > 0 ? completions : this.nearSpellings(token);
      if (this.remembered.size >= MAX_REMEMBERED_WORDS) this.remembered.clear();
      this.remembered.set(key, words);
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
    const frequency = (word: string) => this.frequency.get(word) ?? 0;
    let top = 0;
    for (const word of near) top = Math.max(top, frequency(word));
    return near.filter((word) => frequency(word) * 2 >= top).sort();
  }
}
