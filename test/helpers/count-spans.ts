import { expect } from 'vitest';
import { countSpans, sumIntoSpans } from '../../shared/src/plan/count-spans.ts';
import type { CountRowT, CountSource } from '../../shared/src/plan/vocabulary.ts';

const key = (r: CountRowT) => `${r.unitId}|${r.day}|${r.channel}|${r.kind}`;
const sorted = (rows: CountRowT[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));

/**
 * A source asked for spans (cut at every month and at a plan's bounds inside a month) answers
 * exactly its daily rows summed per span; returns how many span rows it gave.
 */
export async function expectSpansSumTheDays(source: CountSource, unitIds: number[], from: string, to: string, plan: { from: string; to: string }): Promise<number> {
  const spans = countSpans(from, to, [plan]);
  const daily = await source.counts(unitIds, from, to);
  const bySpan = await source.counts(unitIds, from, to, spans);
  expect(sorted(bySpan)).toEqual(sorted(sumIntoSpans(daily, spans)));
  return bySpan.length;
}
