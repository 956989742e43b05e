/** A phrase as citizens write it → the words procedures are named with (all folded). */
export interface PhraseRewrite {
  from: string;
  /** Replaces the phrase. */
  to: string;
  /** Words that only nudge the ranking. */
  hint?: string;
}
