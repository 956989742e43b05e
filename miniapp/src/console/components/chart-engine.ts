import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { ChartSpec } from './chart-spec.ts';

/*
 * chart.js with only the parts the console draws (bars, lines, their axes, legend, tooltip). Loaded by
 * components/chart.tsx through import(), so it lands in a chunk of its own that only the console asks for.
 */
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

const FONT = { family: "-apple-system, system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif", size: 15 };

export function configOf(spec: ChartSpec): ChartConfiguration<'bar' | 'line'> {
  return {
    type: spec.type,
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s) => ({
        label: s.label,
        data: s.data,
        backgroundColor: s.color,
        borderColor: s.color,
        borderWidth: spec.type === 'line' ? 3 : 0,
        pointRadius: spec.type === 'line' ? 4 : undefined,
        tension: 0,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { position: 'bottom', labels: { font: FONT, color: '#14171a', boxWidth: 18 } },
        tooltip: { bodyFont: FONT, titleFont: FONT },
      },
      scales: {
        x: { stacked: spec.stacked, ticks: { font: FONT, color: '#14171a' }, grid: { display: false } },
        y: {
          stacked: spec.stacked,
          beginAtZero: true,
          max: spec.yMax,
          ticks: { font: FONT, color: '#14171a', precision: 0 },
          title: { display: true, text: spec.unit, font: FONT, color: '#4a5360' },
        },
      },
    },
  };
}

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): { update(spec: ChartSpec): void; destroy(): void } {
  const chart = new Chart(canvas, configOf(spec));
  return {
    update(next) {
      const config = configOf(next);
      chart.data = config.data;
      chart.options = config.options ?? {};
      chart.update();
    },
    destroy: () => chart.destroy(),
  };
}
