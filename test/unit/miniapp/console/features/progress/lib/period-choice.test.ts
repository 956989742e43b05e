import { parsePeriod } from '@cchc/shared/plan/periods';
import { describe, expect, it } from 'vitest';
import {
  choiceOf,
  defaultPeriodKey,
  monthLabel,
  monthsOf,
  periodFromKey,
  periodsOfYear,
  switchKind,
  switchYear,
  yearOptions,
} from '../../../../../../../miniapp/src/console/features/progress/lib/period-choice.ts';

const p = (key: string) => parsePeriod(key)!;

describe('the period picker', () => {
  it('opens on the current quarter in Viet Nam (23:30 on 31/3 there is still quý I)', () => {
    expect(defaultPeriodKey(new Date('2026-03-31T16:30:00Z'))).toBe('2026-Q1');
    expect(defaultPeriodKey(new Date('2026-03-31T17:30:00Z'))).toBe('2026-Q2');
  });

  it('reads a key from the address, and falls back to the default on a bad one', () => {
    const now = new Date('2026-05-10T03:00:00Z');
    expect(periodFromKey('2026-H1', now).label).toBe('6 tháng đầu năm 2026');
    expect(periodFromKey('2026-13', now).key).toBe('2026-Q2');
    expect(periodFromKey(null, now).key).toBe('2026-Q2');
  });

  it('keeps the moment when the kind changes, and which one of the year when the year changes', () => {
    expect(switchKind(p('2026-Q2'), 'month').key).toBe('2026-04');
    expect(switchKind(p('2026-08'), 'half').key).toBe('2026-H2');
    expect(switchKind(p('2026-08'), 'year').key).toBe('2026');
    expect(switchYear(p('2026-Q3'), 2025).key).toBe('2025-Q3');
    expect(switchYear(p('2026-11'), 2025).key).toBe('2025-11');
    expect(choiceOf(p('2025-H2'))).toEqual({ kind: 'half', year: 2025, index: 2 });
  });

  it('lists the periods of a year and the years around now', () => {
    expect(periodsOfYear('quarter', 2026).map((x) => x.label)).toEqual(['quý I/2026', 'quý II/2026', 'quý III/2026', 'quý IV/2026']);
    expect(periodsOfYear('month', 2026)).toHaveLength(12);
    expect(yearOptions(2026, new Date('2026-05-10T03:00:00Z'))).toEqual([2027, 2026, 2025, 2024, 2023]);
    expect(yearOptions(2019, new Date('2026-05-10T03:00:00Z'))).toContain(2019);
  });

  it('gives the months of a period for a chart axis', () => {
    expect(monthsOf(p('2026-Q1'))).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(monthsOf(p('2025-H2'))).toHaveLength(6);
    expect(monthLabel('2026-03')).toBe('Th3/2026');
  });
});
