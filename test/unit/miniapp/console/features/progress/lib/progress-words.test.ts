import type { CityProgressRowT, TargetProgressT } from '@cchc/shared/api/plans';
import { monthPeriod, quarterPeriod } from '@cchc/shared/plan/periods';
import { describe, expect, it } from 'vitest';
import {
  behindText,
  groupTargets,
  percentDone,
  reportDueText,
  sortCityRows,
  statusWords,
  targetBar,
  toneOf,
  warningText,
} from '../../../../../../../miniapp/src/console/features/progress/lib/progress-words.ts';

const period = (p: ReturnType<typeof monthPeriod>) => ({ key: p.key, kind: p.kind, label: p.label, from: p.from, to: p.to });

function target(over: Partial<TargetProgressT> = {}): TargetProgressT {
  return {
    targetId: 1,
    label: 'Tối thiểu 02 tin, bài về công tác CCHC/tháng',
    channel: 'dai_truyen_thanh',
    kind: 'tin_bai',
    office: 'Phòng Văn hóa - Xã hội',
    periodicity: 'month',
    period: period(monthPeriod(2026, 3)),
    done: 1,
    required: 2,
    status: 'ongoing',
    daysLeft: 12,
    atRisk: false,
    ...over,
  };
}

describe('a target in words', () => {
  it('says the status as the plans do, with the days left while open', () => {
    expect(statusWords(target({ status: 'met' }))).toBe('Đạt');
    expect(statusWords(target({ status: 'missed', daysLeft: 0 }))).toBe('Chưa đạt');
    expect(statusWords(target({ status: 'ongoing', daysLeft: 12 }))).toBe('Đang thực hiện — còn 12 ngày');
    expect(statusWords(target({ status: 'upcoming', period: period(monthPeriod(2026, 4)) }))).toBe('Chưa đến kỳ (từ 01/04/2026)');
  });

  it('gives done / required with what is counted, and a bar that never passes full', () => {
    const bar = targetBar(target({ done: 1, required: 2 }));
    expect(bar.numbers).toBe('1 / 2 tin, bài');
    expect(bar.percent).toBe(50);
    expect(bar.periodLabel).toBe('tháng 3/2026');
    expect(targetBar(target({ done: 7, required: 2, status: 'met' })).percent).toBe(100);
    expect(targetBar(target({ kind: 'luot_tham_du', done: 550, required: 500 })).numbers).toBe('550 / 500 lượt người');
    expect(percentDone(0, 0)).toBe(0);
    expect(percentDone(-3, 2)).toBe(0);
  });

  it('colours only repeat the words: a target at risk is a warning, an open one on pace is not', () => {
    expect(toneOf(target({ status: 'met' }))).toBe('ok');
    expect(toneOf(target({ status: 'missed' }))).toBe('late');
    expect(toneOf(target({ status: 'ongoing', atRisk: true }))).toBe('warn');
    expect(toneOf(target({ status: 'ongoing', atRisk: false }))).toBe('progress');
    expect(toneOf(target({ status: 'upcoming' }))).toBe('muted');
  });

  it('groups the periods of one target (a monthly target over a quarter: three bars, in order)', () => {
    const rows = [3, 1, 2].map((m) => target({ period: period(monthPeriod(2026, m)) }));
    rows.push(target({ targetId: 2, label: 'Ít nhất 02 cuộc đối thoại/năm', periodicity: 'quarter', period: period(quarterPeriod(2026, 1)) }));
    const groups = groupTargets(rows);
    expect(groups.map((g) => g.targetId)).toEqual([1, 2]);
    expect(groups[0].bars.map((b) => b.periodLabel)).toEqual(['tháng 1/2026', 'tháng 2/2026', 'tháng 3/2026']);
    expect(groups[0].office).toBe('Phòng Văn hóa - Xã hội');
  });

  it('names the responsible office and the days left in a warning', () => {
    expect(warningText(target({ atRisk: true, daysLeft: 5 }))).toBe(
      '«Tối thiểu 02 tin, bài về công tác CCHC/tháng» — tháng 3/2026: mới 1 / 2 tin, bài, còn 5 ngày. Phụ trách: Phòng Văn hóa - Xã hội.',
    );
    expect(warningText(target({ atRisk: true, daysLeft: 1, office: '' }))).toBe(
      '«Tối thiểu 02 tin, bài về công tác CCHC/tháng» — tháng 3/2026: mới 1 / 2 tin, bài, hôm nay là ngày cuối.',
    );
  });

  it('says when a report is due, as dd/mm/yyyy', () => {
    const p = period(quarterPeriod(2026, 1));
    expect(reportDueText({ period: p, dueBefore: '2026-03-05', daysLeft: 3 })).toBe('Báo cáo quý I/2026 cần gửi trước ngày 05/03/2026 — còn 3 ngày.');
    expect(reportDueText({ period: p, dueBefore: '2026-03-05', daysLeft: 1 })).toBe('Báo cáo quý I/2026 cần gửi trước ngày 05/03/2026 — còn 1 ngày.');
    expect(reportDueText({ period: p, dueBefore: '2026-03-05', daysLeft: 0 })).toBe('Báo cáo quý I/2026 cần gửi trước ngày 05/03/2026 — đã đến hạn.');
  });
});

describe('the city table', () => {
  const row = (name: string, over: Partial<CityProgressRowT>): CityProgressRowT => ({
    unit: { slug: name.toLowerCase().replace(/\s+/g, '-'), name },
    hasPlan: true,
    met: 0,
    missed: 0,
    ongoing: 0,
    atRisk: 0,
    score: 1,
    targetCount: 0,
    ...over,
  });

  it('puts the most behind (missed + at risk) first, communes without a plan last', () => {
    const rows = [
      row('Xã An', { met: 5, score: 1 }),
      row('Xã Bình', { hasPlan: false, score: null }),
      row('Xã Cát', { missed: 1, atRisk: 2, score: 0.4 }),
      row('Xã Dương', { missed: 2, score: 0.6 }),
      row('Xã Đông', { missed: 2, score: 0.5 }),
    ];
    expect(sortCityRows(rows).map((r) => r.unit.name)).toEqual(['Xã Cát', 'Xã Đông', 'Xã Dương', 'Xã An', 'Xã Bình']);
    expect(rows[0].unit.name).toBe('Xã An'); // the input is left as it was
  });

  it('says in words how a commune stands', () => {
    expect(behindText(row('x', { missed: 2, atRisk: 1 }))).toBe('2 chưa đạt, 1 sắp hết hạn mà chưa đạt');
    expect(behindText(row('x', { met: 3 }))).toBe('Đúng tiến độ');
    expect(behindText(row('x', { hasPlan: false }))).toBe('Chưa có kế hoạch');
  });
});
