import { MAX_QUERY_CHARS, queryWords } from './query-words.ts';
import type { ReferralMatcher, ReferralRule } from './referrals.ts';
import type { SearchHit, SearchIndex } from './search-index.ts';

export interface SearchAnswer<R extends ReferralRule> {
  /** The asked page of the matches (all of them unless a page is asked), best first. */
  hits: SearchHit[];
  total: number;
  /** Agencies that handle what was asked, when it is not (only) the commune's. */
  referrals: R[];
}

/**
 * A citizen's question → the procedures that match well, and who else handles it.
 * When another agency handles the matter instead of the commune, only procedures
 * whose name says it too are kept ("đăng ký tạm trú" → Công an xã, no unrelated đăng ký).
 */
export function answerSearch<R extends ReferralRule>(
  index: SearchIndex,
  referrals: ReferralMatcher<R>,
  query: string,
  page = { offset: 0, limit: Number.MAX_SAFE_INTEGER },
): SearchAnswer<R> {
  const words = queryWords(query.slice(0, MAX_QUERY_CHARS));
  const matches = referrals.matchWords(words);
  const instead = matches.filter((m) => m.rule.mode === 'instead').map((m) => m.trigger);
  const { hits, total } = index.searchPage(query, page.offset, page.limit, instead.length > 0 ? { nameMustContain: instead, words } : { words });
  return { hits, total, referrals: matches.map((m) => m.rule) };
}
