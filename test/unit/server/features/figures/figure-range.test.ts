import { describe, expect, it } from 'vitest';
import { slicesOf } from '../../../../../server/src/features/figures/figure-range.ts';

const DAY = 86_400_000;
const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const daysOf = (from: string, to: string) => {
  const out: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += DAY) out.push(day(t));
  return out;
};
/** A number for each day (what a day row would hold). */
const value = (d: string) => (Number(d.replaceAll('-', '')) * 7919) % 97;

/** Adds up the range as the repository reads it: month rows (every day of the month), plus days, minus days. */
function readBySlices(from: string, to: string): { sum: number; dayRows: number } {
  const s = slicesOf(from, to);
  let sum = 0;
  let dayRows = 0;
  if (s.months) {
    for (let m = s.months.from; m <= s.months.to; m = day(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 1))) {
      const end = day(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0));
      for (const d of daysOf(m, end)) sum += value(d);
    }
  }
  for (const span of s.days) for (const d of daysOf(span.from, span.to)) { sum += value(d); dayRows += 1; }
  for (const span of s.minus) for (const d of daysOf(span.from, span.to)) { sum -= value(d); dayRows += 1; }
  return { sum, dayRows };
}

describe('slicesOf: whole months from month rows, cut months from day rows', () => {
  it('reads a named period from month rows only', () => {
    expect(slicesOf('2026-01-01', '2026-12-31')).toEqual({ months: { from: '2026-01-01', to: '2026-12-01' }, days: [], minus: [] });
    expect(slicesOf('2026-02-01', '2026-02-28')).toEqual({ months: { from: '2026-02-01', to: '2026-02-01' }, days: [], minus: [] });
  });

  it('takes away the few days outside a month cut near its edge, and adds the days of one cut near its start', () => {
    expect(slicesOf('2025-12-03', '2026-12-03')).toEqual({
      months: { from: '2025-12-01', to: '2026-11-01' },
      days: [{ from: '2026-12-01', to: '2026-12-03' }],
      minus: [{ from: '2025-12-01', to: '2025-12-02' }],
    });
    expect(slicesOf('2026-03-10', '2026-03-20')).toEqual({ months: null, days: [{ from: '2026-03-10', to: '2026-03-20' }], minus: [] });
    expect(slicesOf('2026-03-02', '2026-03-30').minus).toEqual([{ from: '2026-03-01', to: '2026-03-01' }, { from: '2026-03-31', to: '2026-03-31' }]);
  });

  it('adds up every range to the sum of its days, reading at most half a month of day rows at each end', () => {
    let seed = 7;
    const rand = (n: number) => { seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648; return seed % n; };
    for (let i = 0; i < 400; i++) {
      const start = Date.UTC(2025, 0, 1) + rand(700) * DAY;
      const from = day(start);
      const to = day(start + rand(i % 3 === 0 ? 40 : 400) * DAY);
      const expected = daysOf(from, to).reduce((s, d) => s + value(d), 0);
      const read = readBySlices(from, to);
      expect(read.sum, `${from}..${to}`).toBe(expected);
      expect(read.dayRows, `${from}..${to}`).toBeLessThanOrEqual(31);
    }
    expect(slicesOf('2026-05-02', '2026-05-01')).toEqual({ months: null, days: [], minus: [] });
  });
});
