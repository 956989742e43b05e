import { foldForSearch } from '../text/normalize.ts';
import { MAX_QUERY_CHARS, queryWords } from './query-words.ts';

/**
 * What citizens ask the commune about but another agency handles, as data (one list per
 * province). Pure, so the catalog search and the chatbot answer alike.
 */
export interface ReferralRule {
  /** Phrases that mean this matter, as people write them (diacritics optional, folded before use). */
  triggers: string[];
  agency: string;
  /** Why it is not the commune's, and how to reach the agency that handles it. */
  reason: string;
  /**
   * "instead": the commune does not do it, so procedures are listed only when their name says it too;
   * "also": the commune does part of it, so its procedures stay beside the referral.
   */
  mode: 'instead' | 'also';
  /** The name of the hotline (the unit's own, else the province's) whose number to give. */
  hotline?: string;
  /** A number to give when no hotline of that name is found. */
  phone?: string;
  /** The online route. */
  url?: string;
}

export interface ReferralMatch<R extends ReferralRule = ReferralRule> {
  rule: R;
  /** The folded trigger found in the query, e.g. "tam tru". */
  trigger: string;
}

/** Rules with their triggers folded once, ready to match queries. */
export class ReferralMatcher<R extends ReferralRule = ReferralRule> {
  /** Each trigger folded and padded with spaces, for whole-word matches. */
  private readonly compiled: { rule: R; triggers: { folded: string; padded: string }[] }[];

  constructor(rules: readonly R[]) {
    this.compiled = rules.map((rule) => ({
      rule,
      triggers: rule.triggers.map((t) => queryWords(t).join(' ')).filter((t) => t !== '').map((folded) => ({ folded, padded: ` ${folded} ` })),
    }));
  }

  /** The rules whose trigger phrase the query holds as whole words, in the rules' order, each once. */
  match(query: string): ReferralMatch<R>[] {
    return this.matchWords(queryWords(query.slice(0, MAX_QUERY_CHARS)));
  }

  /** The same, from the query's folded words (queryWords). */
  matchWords(words: readonly string[]): ReferralMatch<R>[] {
    const text = ` ${words.join(' ')} `;
    const out: ReferralMatch<R>[] = [];
    for (const { rule, triggers } of this.compiled) {
      const trigger = triggers.find((t) => text.includes(t.padded));
      if (trigger) out.push({ rule, trigger: trigger.folded });
    }
    return out;
  }
}

/** True when the two names are the same once folded ("Công an xã" = "cong an xa"). */
export function sameName(a: string, b: string): boolean {
  return foldForSearch(a) === foldForSearch(b);
}
