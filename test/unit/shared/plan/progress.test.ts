import { describe, expect, it } from 'vitest';
import { parsePeriod, vietnamDay } from '../../../../shared/src/plan/periods.ts';
import { progressFor, score, summarize, type ProgressTarget } from '../../../../shared/src/plan/progress.ts';
import type { CountRowT } from '../../../../shared/src/plan/vocabulary.ts';

const radio: ProgressTarget = { id: 1, label: 'Tối thiểu 02 tin, bài/tháng', channel: 'dai_truyen_thanh', kind: 'tin_bai', office: 'Phòng Văn hóa - Xã hội', minimum: 2, periodicity: 'month' };
const dialogue: ProgressTarget = { id: 2, label: 'Ít nhất 02 cuộc/năm', channel: 'truc_tiep', kind: 'doi_thoai', office: 'Văn phòng HĐND-UBND', minimum: 2, periodicity: 'year' };
const year2026 = { from: '2026-01-01', to: '2026-12-31' };
const row = (day: string, over: Partial<CountRowT> = {}): CountRowT => ({ unitId: 1, day, channel: 'dai_truyen_thanh', kind: 'tin_bai', count: 1, attendees: 0, ...over });
const P = (key: string) => parsePeriod(key)!;

describe('progress', () => {
  it('a monthly target asked for a quarter gives its 3 months: met, missed, ongoing', () => {
    const rows = [row('2026-01-10'), row('2026-01-20'), row('2026-02-05'), row('2026-03-02')];
    const items = progressFor([radio], year2026, P('2026-Q1'), rows, '2026-03-10');
    expect(items.map((i) => [i.period.key, i.done, i.required, i.status, i.daysLeft])).toEqual([
      ['2026-01', 2, 2, 'met', 0],
      ['2026-02', 1, 2, 'missed', 0],
      ['2026-03', 1, 2, 'ongoing', 22],
    ]);
    expect(summarize(items)).toEqual({ met: 1, missed: 1, ongoing: 1, upcoming: 0, atRisk: 0 });
  });

  it('counts Tết’s month by calendar days: February 2026 (Tết 14–22/2) needs the same 2 items, 7 days left on 22/2', () => {
    const items = progressFor([radio], year2026, P('2026-02'), [], '2026-02-22');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ required: 2, done: 0, status: 'ongoing', daysLeft: 7, atRisk: true });
    // Eight days left is not yet the warning window of a month.
    expect(progressFor([radio], year2026, P('2026-02'), [], '2026-02-21')[0].atRisk).toBe(false);
  });

  it('is not at risk when the pace so far reaches the minimum', () => {
    const rows = [row('2026-03-03')];
    const [item] = progressFor([{ ...radio, minimum: 2 }], year2026, P('2026-03'), rows, '2026-03-26');
    // 1 done in 26 of 31 days → 1.19 projected < 2: at risk.
    expect(item).toMatchObject({ status: 'ongoing', atRisk: true });
    const [fast] = progressFor([{ ...radio, minimum: 2 }], year2026, P('2026-03'), [row('2026-03-03'), row('2026-03-04'), row('2026-03-05')].slice(0, 1).concat([]), '2026-03-14');
    expect(fast.atRisk).toBe(false); // 17 days left: outside the window
  });

  it('a quarterly target: at risk 15 days before the quarter ends, met once reached', () => {
    const quarterly: ProgressTarget = { ...dialogue, id: 3, minimum: 1, periodicity: 'quarter' };
    expect(progressFor([quarterly], year2026, P('2026-Q2'), [], '2026-06-16')[0]).toMatchObject({ period: { key: '2026-Q2' }, daysLeft: 15, atRisk: true });
    expect(progressFor([quarterly], year2026, P('2026-Q2'), [], '2026-06-15')[0].atRisk).toBe(false);
    const done = [row('2026-05-02', { channel: 'truc_tiep', kind: 'doi_thoai' })];
    expect(progressFor([quarterly], year2026, P('2026'), done, '2026-05-10').map((i) => i.status)).toEqual(['missed', 'met', 'upcoming', 'upcoming']);
  });

  it('a half-year plan: a year target keeps its minimum, is counted inside the plan and closes with it', () => {
    const h2 = { from: '2025-07-01', to: '2025-12-31' };
    const rows = [row('2025-03-01', { channel: 'truc_tiep', kind: 'doi_thoai' }), row('2025-09-01', { channel: 'truc_tiep', kind: 'doi_thoai' })];
    const items = progressFor([dialogue, radio], h2, P('2025'), rows, '2026-01-05');
    expect(items.filter((i) => i.targetId === 2)).toEqual([expect.objectContaining({ period: expect.objectContaining({ key: '2025' }), done: 1, required: 2, status: 'missed' })]);
    // The monthly target has only the plan's 6 months.
    expect(items.filter((i) => i.targetId === 1).map((i) => i.period.key)).toEqual(['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12']);
    // A period outside the plan has nothing to show.
    expect(progressFor([radio], h2, P('2025-Q1'), rows, '2026-01-05')).toEqual([]);
  });

  it('an activity at 23:30 Viet Nam time on the last day of a period counts in that period', () => {
    const instant = new Date('2026-03-31T16:30:00Z'); // 23:30 on 31/3 in Viet Nam
    expect(vietnamDay(instant)).toBe('2026-03-31');
    const rows = [row(vietnamDay(instant)), row(vietnamDay(new Date('2026-03-31T17:30:00Z')))];
    const items = progressFor([radio], year2026, P('2026-Q1'), rows, '2026-04-02');
    expect(items.map((i) => i.done)).toEqual([0, 0, 1]);
    expect(progressFor([radio], year2026, P('2026-04'), rows, '2026-04-02')[0].done).toBe(1);
  });

  it('luot_tham_du sums attendees of every row on its channel; other kinds sum their own count only', () => {
    const people: ProgressTarget = { id: 9, label: '500 lượt người tham dự/năm', channel: 'hoi_nghi', kind: 'luot_tham_du', office: '', minimum: 500, periodicity: 'year' };
    const rows = [row('2026-04-01', { channel: 'hoi_nghi', kind: 'hoi_nghi', count: 1, attendees: 300 }), row('2026-05-01', { channel: 'hoi_nghi', kind: 'tap_huan', count: 1, attendees: 250 }), row('2026-05-01', { channel: 'fanpage', kind: 'tin_bai', attendees: 999 })];
    expect(progressFor([people], year2026, P('2026'), rows, '2026-06-01')[0]).toMatchObject({ done: 550, status: 'met' });
    expect(progressFor([{ ...people, kind: 'hoi_nghi', minimum: 2 }], year2026, P('2026'), rows, '2026-06-01')[0].done).toBe(1);
  });

  it('score is the share met or on track; null without targets', () => {
    const items = progressFor([radio], year2026, P('2026-Q1'), [row('2026-01-01'), row('2026-01-02')], '2026-03-28');
    expect(score(items)).toBeCloseTo(1 / 3, 3);
    expect(score([])).toBeNull();
  });
});
