import { describe, expect, it } from 'vitest';
import { daysLeft, parsePeriod, periodOf, periodsIn, vietnamDay } from '../../../../shared/src/plan/periods.ts';

describe('reporting periods', () => {
  it('parses the keys the report URL takes', () => {
    expect(parsePeriod('2026-Q1')).toMatchObject({ kind: 'quarter', from: '2026-01-01', to: '2026-03-31', label: 'quý I/2026' });
    expect(parsePeriod('2026-H2')).toMatchObject({ kind: 'half', from: '2026-07-01', to: '2026-12-31', label: '6 tháng cuối năm 2026' });
    expect(parsePeriod('2028-02')).toMatchObject({ kind: 'month', from: '2028-02-01', to: '2028-02-29' });
    expect(parsePeriod('2026')).toMatchObject({ kind: 'year', from: '2026-01-01', to: '2026-12-31' });
    for (const bad of ['2026-Q5', '2026-13', '2026-H0', '26', '2026-q1', '1999', '2026-1']) expect(parsePeriod(bad)).toBeNull();
  });

  it('lists the periods a range overlaps', () => {
    expect(periodsIn('quarter', '2025-07-01', '2025-12-31').map((p) => p.key)).toEqual(['2025-Q3', '2025-Q4']);
    expect(periodsIn('month', '2025-11-15', '2026-01-02').map((p) => p.key)).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(periodOf('half', '2026-06-30').key).toBe('2026-H1');
  });

  it('puts 23:30 on the last day of a quarter in Viet Nam inside that quarter', () => {
    const instant = new Date('2026-03-31T16:30:00Z'); // 23:30 in Ha Noi
    expect(vietnamDay(instant)).toBe('2026-03-31');
    expect(periodOf('quarter', vietnamDay(instant)).key).toBe('2026-Q1');
    expect(vietnamDay(new Date('2026-03-31T17:00:00Z'))).toBe('2026-04-01');
  });

  it('counts the days left including today', () => {
    expect(daysLeft('2026-03-31', '2026-03-31')).toBe(1);
    expect(daysLeft('2026-03-29', '2026-03-31')).toBe(3);
    expect(daysLeft('2026-04-01', '2026-03-31')).toBe(0);
  });
});
