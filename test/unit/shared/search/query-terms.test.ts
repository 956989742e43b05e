import { describe, expect, it } from 'vitest';
import { readDeaths } from '../../../../shared/src/search/everyday-names.ts';
import { PhraseRewriter, termsOf } from '../../../../shared/src/search/query-terms.ts';
import { queryWords } from '../../../../shared/src/search/query-words.ts';
import { PHRASE_REWRITES } from '../../../../shared/src/search/synonyms.ts';

/** The rule as written: every row, in order, reads the text the rows before it left. */
function rewrittenByEveryRow(query: string): string {
  let text = ` ${readDeaths(queryWords(query)).join(' ')} `;
  for (const row of PHRASE_REWRITES) text = text.replaceAll(` ${row.from} `, ` ${row.to} `);
  return [...new Set(text.trim().split(' ').filter(Boolean))].join(' ');
}

const typed = (query: string) => termsOf(queryWords(query)).filter((t) => t.run === 0).map((t) => t.token).join(' ');

describe('query terms: the rewrites a query reads only the rows its words can start', () => {
  it('gives what reading every row in order gives, for each row’s own phrase and phrases around it', () => {
    const queries = PHRASE_REWRITES.flatMap((row) => [row.from, `thu tuc ${row.from} o dau`, `${row.from} ${row.to}`, `toi muon ${row.from} cho con`]);
    for (const q of queries) expect(typed(q), q).toBe(rewrittenByEveryRow(q));
  });

  it('reads a row whose first word only an earlier row wrote ("mở quán ăn" → hộ kinh doanh)', () => {
    const q = 'mở quán ăn ở xã';
    expect(typed(q)).toBe(rewrittenByEveryRow(q));
    expect(typed(q)).toContain('ho kinh doanh');
  });
});

describe('PhraseRewriter', () => {
  const rewriter = new PhraseRewriter([
    { from: 'mo quan an', to: 'dang ky ho kinh doanh' },
    { from: 'ho kinh doanh', to: 'ho kinh doanh ca the' },
    { from: 'ky', to: 'ky ten' },
    { from: 'dang', to: 'dang ky' },
  ]);
  const text = (q: string) => rewriter.apply(q.split(' ')).text.trim();

  it('reads a row whose first word only an earlier row wrote, and the rows after it', () => {
    expect(text('mo quan an')).toBe('dang ky ky ten ho kinh doanh ca the');
  });

  it('never goes back to a row before the one that wrote the word', () => {
    const backwards = new PhraseRewriter([{ from: 'ca the', to: 'rieng' }, { from: 'ho', to: 'ho ca the' }]);
    expect(backwards.apply(['ho']).text.trim()).toBe('ho ca the');
  });

  it('keeps which rows applied, in order', () => {
    expect(rewriter.apply(['mo', 'quan', 'an']).applied.map((r) => r.from)).toEqual(['mo quan an', 'ho kinh doanh', 'ky', 'dang']);
  });
});
