import type { PaknFiguresT } from '@cchc/shared/api/figures';
import type { ChannelT, KindT } from '@cchc/shared/plan/vocabulary';
import type { ChartSpec } from '../../../components/chart-spec.ts';
import { monthLabel, monthsOf } from './period-choice.ts';
import type { SeriesItemT } from './shapes.ts';
import { CHANNEL_LABELS, CHANNEL_ORDER } from '@cchc/shared/plan/labels';

/*
 * The dashboard's charts as plain data (labels, named series, colours), which components/chart.tsx hands
 * to chart.js; each is also shown as a table, so nobody has to tell colours apart.
 */

/** Colours told apart also by people with colour-blindness (Okabe–Ito), one per channel. */
export const CHANNEL_COLORS: Record<ChannelT, string> = {
  dai_truyen_thanh: '#0072b2',
  cong_thong_tin: '#e69f00',
  fanpage: '#56b4e9',
  zalo_oa: '#009e73',
  mini_app: '#cc79a7',
  truc_quan: '#d55e00',
  hoi_nghi: '#6a3d9a',
  truc_tiep: '#8c6d1f',
  khac: '#7f7f7f',
};

/** Kinds that count people or visits, not products or events: they stay out of the activities chart. */
const PEOPLE_KINDS = new Set<KindT>(['luot_tham_du', 'hoc_vien', 'luot_truy_cap', 'to_cong_nghe_so']);

/** Articles and activities per month, one stacked series per channel that has any. */
export function activitiesChart(items: SeriesItemT[], period: { from: string; to: string }): ChartSpec {
  const months = monthsOf(period);
  const at = new Map(months.map((m, i) => [m, i]));
  const byChannel = new Map<ChannelT, number[]>();
  for (const item of items) {
    if (PEOPLE_KINDS.has(item.kind)) continue;
    const i = at.get(item.month);
    if (i === undefined) continue;
    let row = byChannel.get(item.channel);
    if (!row) byChannel.set(item.channel, (row = months.map(() => 0)));
    row[i] += item.count;
  }
  const series = CHANNEL_ORDER.filter((c) => byChannel.get(c)?.some((n) => n > 0)).map((c) => ({
    label: CHANNEL_LABELS[c],
    data: byChannel.get(c) as number[],
    color: CHANNEL_COLORS[c],
  }));
  return { type: 'bar', labels: months.map(monthLabel), series, stacked: true, unit: 'tin, bài và hoạt động' };
}

/** Readers (lượt truy cập, tương tác) per month over every channel. */
export function readersChart(items: SeriesItemT[], period: { from: string; to: string }): ChartSpec {
  const months = monthsOf(period);
  const at = new Map(months.map((m, i) => [m, i]));
  const data = months.map(() => 0);
  for (const item of items) {
    const i = at.get(item.month);
    if (item.kind === 'luot_truy_cap' && i !== undefined) data[i] += item.count;
  }
  return { type: 'line', labels: months.map(monthLabel), series: [{ label: 'Lượt truy cập, tương tác', data, color: '#0072b2' }], stacked: false, unit: 'lượt' };
}

/** PAKN received per month: answered on time beside overdue. */
export function paknChart(figures: Pick<PaknFiguresT, 'byMonth'>, period: { from: string; to: string }): ChartSpec {
  const months = monthsOf(period);
  const byMonth = new Map(figures.byMonth.map((m) => [m.month, m]));
  return {
    type: 'bar',
    labels: months.map(monthLabel),
    series: [
      { label: 'Trả lời đúng hạn', data: months.map((m) => byMonth.get(m)?.answeredOnTime ?? 0), color: '#009e73' },
      { label: 'Quá hạn', data: months.map((m) => byMonth.get(m)?.overdue ?? 0), color: '#d55e00' },
    ],
    stacked: false,
    unit: 'phản ánh, kiến nghị',
  };
}

/** True when a chart has nothing to draw (then the page says so in words instead). */
export type { ChartSpec };

export const isEmptyChart = (spec: ChartSpec) => spec.series.every((s) => s.data.every((n) => n === 0));
