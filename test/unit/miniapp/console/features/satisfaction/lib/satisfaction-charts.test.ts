import { describe, expect, it } from 'vitest';
import { factorsChart, percentPoint, trendChart, trendLabel } from '../../../../../../../miniapp/src/console/features/satisfaction/lib/satisfaction-charts.ts';

const figure = (share: number | null) => ({ n: 10, satisfied: 8, share, ci: null, mean: null, population: null, requiredSample: null, lowSample: false });

describe('the satisfaction charts', () => {
  it('plots the overall index per period in percent, a period without answers as a gap', () => {
    const spec = trendChart({
      trend: [
        { period: '2026-01', responses: 10, overall: figure(0.8254), factors: [] },
        { period: '2026-02', responses: 0, overall: figure(null), factors: [] },
      ],
    });
    expect(spec.labels).toEqual(['Th1/2026', 'Th2/2026']);
    expect(spec.series[0].data).toEqual([82.5, null]);
    expect(spec.yMax).toBe(100);
  });

  it('puts the five factors side by side', () => {
    const spec = factorsChart({ factors: [{ factor: 1, name: 'Tiếp cận dịch vụ', ...figure(0.9) }, { factor: 2, name: 'Thủ tục hành chính', ...figure(0.5) }] });
    expect(spec.type).toBe('bar');
    expect(spec.labels).toEqual(['1. Tiếp cận dịch vụ', '2. Thủ tục hành chính']);
    expect(spec.series[0].data).toEqual([90, 50]);
  });

  it('names quarters and years as people write them', () => {
    expect(trendLabel('2026-Q2')).toBe('Quý II/2026');
    expect(trendLabel('2026')).toBe('2026');
    expect(percentPoint(null)).toBeNull();
  });
});
