/** A chart as plain data: x labels, named series with their colours (components/chart.tsx shows it, chart-engine.ts draws it). */
export type ChartSeries = { label: string; data: number[]; color: string };
export type ChartSpec = {
  type: 'bar' | 'line';
  labels: string[];
  series: ChartSeries[];
  stacked: boolean;
  /** What the y axis counts, in words. */
  unit: string;
};
