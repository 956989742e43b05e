import type { SatisfactionFiguresT } from '@cchc/shared/api/satisfaction';
import type { ChartSpec } from '../../../components/chart-spec.ts';

/*
 * The "Hài lòng" page's charts as plain data: the overall index over time (a line) and the five factors
 * side by side (bars), both as percentages of respondents answering hài lòng or rất hài lòng.
 */

const OVERALL_COLOR = '#0b4ea2';
const FACTOR_COLOR = '#12703a';

/** 0.8254 → 82.5 (one decimal, for an axis in %); null stays null (a gap). */
export const percentPoint = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** "2026-03" → "Th3/2026", "2026-Q2" → "Quý II/2026", "2026" → "2026". */
export function trendLabel(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `Th${Number(month[2])}/${month[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `Quý ${['I', 'II', 'III', 'IV'][Number(quarter[2]) - 1]}/${quarter[1]}`;
  return period;
}

export function trendChart(figures: Pick<SatisfactionFiguresT, 'trend'>): ChartSpec {
  return {
    type: 'line',
    labels: figures.trend.map((p) => trendLabel(p.period)),
    series: [{ label: 'Chỉ số hài lòng chung (%)', data: figures.trend.map((p) => percentPoint(p.overall.share)), color: OVERALL_COLOR }],
    stacked: false,
    unit: '% hài lòng',
    xLabel: 'Kỳ',
    yMax: 100,
  };
}

export function factorsChart(figures: Pick<SatisfactionFiguresT, 'factors'>): ChartSpec {
  return {
    type: 'bar',
    labels: figures.factors.map((f) => `${f.factor}. ${f.name}`),
    series: [{ label: 'Tỉ lệ hài lòng (%)', data: figures.factors.map((f) => percentPoint(f.share)), color: FACTOR_COLOR }],
    stacked: false,
    unit: '% hài lòng',
    xLabel: 'Yếu tố',
    yMax: 100,
  };
}
