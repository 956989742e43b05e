import { editDistanceWithin } from './edit-distance.ts';

const MAX_DISTANCE = 2;

/**
 * Near spellings by symmetric deletion (SymSpell): every word is filed under the
 * strings left after deleting up to two letters, so a misspelling finds its
 * candidates by a few map lookups instead of a distance to every word.
 */
export class SpellingIndex {
  private readonly deletions = new Map<string, number[]>();

  constructor(private readonly words: readonly string[]) {
    words.forEach((word, i) => {
      for (const variant of deletesOf(word, MAX_DISTANCE)) {
        const list = this.deletions.get(variant);
        if (!list) this.deletions.set(variant, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
  }

  /** Words within `max` edits (insertions, deletions, substitutions, adjacent swaps) of `token`. */
  near(token: string, max: number): string[] {
    const found = new Set<number>();
    for (const variant of deletesOf(token, Math.min(max, MAX_DISTANCE))) {
      const list = this.deletions.get(variant);
      if (list) for (const i of list) found.add(i);
    }
    const out: string[] = [];
    for (const i of found) {
      const word = this.words[i];
      if (editDistanceWithin(token, word, max) <= max) out.push(word);
    }
    return out;
  }
}

/** The word and every string left after deleting up to `depth` of its letters. */
function deletesOf(word: string, depth: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      if (w.length <= 1) continue;
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}
