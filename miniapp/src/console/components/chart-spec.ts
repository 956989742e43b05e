/** A chart as plain data: x labels, named series with their colours (components/chart.tsx shows it, chart-engine.ts draws it). */
/** A null is a point without data (a month nobody answered): a gap in the line, an empty cell in the table. */
export type ChartSeries = { label: string; data: (number | null)[]; color: string };
export type ChartSpec = {
  type: 'bar' | 'line';
  labels: string[];
  series: ChartSeries[];
  stacked: boolean;
  /** What the y axis counts, in words. */
  unit: string;
  /** The table's first column heading (what the x labels are); "Tháng" when omitted. */
  xLabel?: string;
  /** The y axis' top (100 for percentages); chart.js picks one when omitted. */
  yMax?: number;
};
