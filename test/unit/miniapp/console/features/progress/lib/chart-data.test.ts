import { parsePeriod } from '@cchc/shared/plan/periods';
import { describe, expect, it } from 'vitest';
import { activitiesChart, isEmptyChart, paknChart, readersChart } from '../../../../../../../miniapp/src/console/features/progress/lib/chart-data.ts';
import type { SeriesItemT } from '../../../../../../../miniapp/src/console/features/progress/lib/shapes.ts';

const q1 = parsePeriod('2026-Q1')!;

describe('the dashboard charts from the series', () => {
  const items: SeriesItemT[] = [
    { month: '2026-01', channel: 'dai_truyen_thanh', kind: 'tin_bai', count: 3 },
    { month: '2026-01', channel: 'dai_truyen_thanh', kind: 'file_am_thanh', count: 1 },
    { month: '2026-03', channel: 'dai_truyen_thanh', kind: 'tin_bai', count: 2 },
    { month: '2026-02', channel: 'mini_app', kind: 'tin_bai', count: 4 },
    { month: '2026-02', channel: 'mini_app', kind: 'luot_truy_cap', count: 120 },
    { month: '2026-03', channel: 'mini_app', kind: 'luot_truy_cap', count: 80 },
    { month: '2026-03', channel: 'zalo_oa', kind: 'luot_truy_cap', count: 5 },
    { month: '2026-02', channel: 'hoi_nghi', kind: 'luot_tham_du', count: 550 },
    { month: '2026-02', channel: 'hoi_nghi', kind: 'hoi_nghi', count: 1 },
    { month: '2025-12', channel: 'fanpage', kind: 'tin_bai', count: 9 },
  ];

  it('stacks articles and activities per month by channel, leaving out counts of people and visits', () => {
    const chart = activitiesChart(items, q1);
    expect(chart).toMatchObject({ type: 'bar', stacked: true, labels: ['Th1/2026', 'Th2/2026', 'Th3/2026'] });
    expect(chart.series.map((s) => [s.label, s.data])).toEqual([
      ['Đài truyền thanh, loa truyền thanh', [4, 0, 2]],
      ['Mini App', [0, 4, 0]],
      ['Hội nghị, tọa đàm, lồng ghép', [0, 1, 0]],
    ]);
    expect(new Set(chart.series.map((s) => s.color)).size).toBe(3);
  });

  it('draws readers over time from the luot_truy_cap rows of every channel', () => {
    const chart = readersChart(items, q1);
    expect(chart.type).toBe('line');
    expect(chart.series).toHaveLength(1);
    expect(chart.series[0].data).toEqual([0, 120, 85]);
  });

  it('puts PAKN answered on time beside overdue, month by month, zero where a month has none', () => {
    const chart = paknChart({ byMonth: [{ month: '2026-02', received: 10, answeredOnTime: 7, overdue: 2 }] }, q1);
    expect(chart.stacked).toBe(false);
    expect(chart.series.map((s) => [s.label, s.data])).toEqual([
      ['Trả lời đúng hạn', [0, 7, 0]],
      ['Quá hạn', [0, 2, 0]],
    ]);
  });

  it('knows when there is nothing to draw', () => {
    expect(isEmptyChart(activitiesChart([], q1))).toBe(true);
    expect(isEmptyChart(readersChart(items.slice(0, 1), q1))).toBe(true);
    expect(isEmptyChart(readersChart(items, q1))).toBe(false);
  });
});
