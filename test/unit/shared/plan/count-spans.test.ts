import { describe, expect, it } from 'vitest';
import { countSpans, spanOf, spanParts, sumIntoSpans } from '../../../../shared/src/plan/count-spans.ts';
import { parsePeriod } from '../../../../shared/src/plan/periods.ts';
import { progressFor, type ProgressTarget } from '../../../../shared/src/plan/progress.ts';
import type { CountRowT } from '../../../../shared/src/plan/vocabulary.ts';

const row = (day: string, over: Partial<CountRowT> = {}): CountRowT => ({ unitId: 1, day, channel: 'dai_truyen_thanh', kind: 'tin_bai', count: 1, attendees: 0, ...over });

describe('count spans', () => {
  it('cuts a range at every month and at each plan’s first day and the day after its last', () => {
    expect(countSpans('2026-01-01', '2026-04-30', [{ from: '2026-01-01', to: '2026-12-31' }])).toEqual(['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01']);
    expect(countSpans('2025-11-20', '2026-02-10', [{ from: '2025-12-15', to: '2026-01-09' }])).toEqual(['2025-11-20', '2025-12-01', '2025-12-15', '2026-01-01', '2026-01-10', '2026-02-01']);
    // Bounds outside the range add nothing.
    expect(countSpans('2026-03-01', '2026-03-31', [{ from: '2025-07-01', to: '2026-06-30' }])).toEqual(['2026-03-01']);
  });

  it('finds a day’s span and sums daily rows into spans, dated by each span’s first day', () => {
    const spans = ['2026-01-01', '2026-01-15', '2026-02-01'];
    expect([spanOf(spans, '2026-01-01'), spanOf(spans, '2026-01-14'), spanOf(spans, '2026-01-15'), spanOf(spans, '2026-03-09')]).toEqual(['2026-01-01', '2026-01-01', '2026-01-15', '2026-02-01']);
    const sums = sumIntoSpans([row('2026-01-02'), row('2026-01-14', { attendees: 5 }), row('2026-01-20'), row('2026-01-03', { kind: 'phong_su' })], spans);
    expect(sums).toEqual([row('2026-01-01', { count: 2, attendees: 5 }), row('2026-01-15'), row('2026-01-01', { kind: 'phong_su' })]);
  });

  it('gives progress the same answer as daily rows, for plans cut anywhere in a month', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const day = (y: number) => new Date(Date.UTC(y, 0, 1 + random(365))).toISOString().slice(0, 10);
    const pairs = [['dai_truyen_thanh', 'tin_bai'], ['hoi_nghi', 'hoi_nghi'], ['hoi_nghi', 'tap_huan']] as const;
    const targets: ProgressTarget[] = (['month', 'quarter', 'half', 'year'] as const).flatMap((periodicity, i) => [
      { id: i * 2 + 1, label: 'Tin', channel: 'dai_truyen_thanh', kind: 'tin_bai', office: '', minimum: 3, periodicity },
      { id: i * 2 + 2, label: 'Người dự', channel: 'hoi_nghi', kind: 'luot_tham_du', office: '', minimum: 200, periodicity },
    ]);
    for (let trial = 0; trial < 40; trial++) {
      const [a, b] = [day(2026), day(2026)].sort();
      const plan = { from: a, to: b };
      const rows = Array.from({ length: 300 }, () => {
        const [channel, kind] = pairs[random(pairs.length)];
        return row(day(2026), { channel, kind, count: random(3), attendees: random(40) });
      });
      for (const key of ['2026', '2026-H1', '2026-Q3', `2026-${String(1 + random(12)).padStart(2, '0')}`]) {
        const period = parsePeriod(key)!;
        const from = period.from < plan.from ? period.from : plan.from;
        const to = period.to > plan.to ? period.to : plan.to;
        const spans = countSpans(from, to, [plan]);
        const today = day(2026);
        const inRange = rows.filter((r) => r.day >= from && r.day <= to); // what a source answers
        expect(progressFor(targets, plan, period, sumIntoSpans(inRange, spans), today)).toEqual(progressFor(targets, plan, period, rows, today));
      }
    }
  });
});

describe('span parts', () => {
  it('reads whole months from month sums and the spans cut inside a month from daily rows', () => {
    const spans = countSpans('2025-11-20', '2026-02-10', [{ from: '2025-12-15', to: '2026-01-09' }]);
    expect(spanParts(spans, '2026-02-10')).toEqual({
      months: [],
      days: [
        { from: '2025-11-20', to: '2025-11-30' },
        { from: '2025-12-01', to: '2025-12-14' },
        { from: '2025-12-15', to: '2025-12-31' },
        { from: '2026-01-01', to: '2026-01-09' },
        { from: '2026-01-10', to: '2026-01-31' },
        { from: '2026-02-01', to: '2026-02-10' },
      ],
    });
    expect(spanParts(countSpans('2028-01-01', '2028-03-31', [{ from: '2028-01-01', to: '2028-02-29' }]), '2028-03-31')).toEqual({ months: ['2028-01-01', '2028-02-01', '2028-03-01'], days: [] });
    expect(spanParts(['2026-03-01'], '2026-03-30')).toEqual({ months: [], days: [{ from: '2026-03-01', to: '2026-03-30' }] });
  });
});
