import { describe, expect, it } from 'vitest';
import {
  defaultReportKey,
  indexInYear,
  reportPeriodFromKey,
  reportPeriodsOfYear,
  reportYearOptions,
  switchReportKind,
  switchReportYear,
} from '../../../../../../../miniapp/src/console/features/reports/lib/report-period.ts';
import { parsePeriod, type Period } from '@cchc/shared/plan/periods';

const p = (key: string) => parsePeriod(key) as Period;
// 23:30 UTC on 30/09/2026 is already 01/10/2026 in Viet Nam: quý IV.
const NOW = new Date('2026-09-30T23:30:00Z');

describe('the report page’s periods', () => {
  it('defaults to the current quarter in Viet Nam time', () => {
    expect(defaultReportKey(NOW)).toBe('2026-Q4');
    expect(reportPeriodFromKey(null, NOW).key).toBe('2026-Q4');
  });

  it('takes quarters, half-years and years from the address, and refuses months and nonsense', () => {
    expect(reportPeriodFromKey('2025', NOW).key).toBe('2025');
    expect(reportPeriodFromKey('2025-H2', NOW).key).toBe('2025-H2');
    expect(reportPeriodFromKey('2025-Q3', NOW).key).toBe('2025-Q3');
    expect(reportPeriodFromKey('2025-03', NOW).key).toBe('2026-Q4');
    expect(reportPeriodFromKey('abc', NOW).key).toBe('2026-Q4');
  });

  it('lists the periods of a year', () => {
    expect(reportPeriodsOfYear('quarter', 2025).map((x) => x.key)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(reportPeriodsOfYear('half', 2025).map((x) => x.key)).toEqual(['2025-H1', '2025-H2']);
    expect(reportPeriodsOfYear('year', 2025).map((x) => x.key)).toEqual(['2025']);
  });

  it('keeps the moment when the kind changes and which one of the year when the year changes', () => {
    expect(switchReportKind(p('2025-Q3'), 'half').key).toBe('2025-H2');
    expect(switchReportKind(p('2025-Q3'), 'year').key).toBe('2025');
    expect(switchReportKind(p('2025'), 'quarter').key).toBe('2025-Q1');
    expect(switchReportYear(p('2026-Q2'), 2025).key).toBe('2025-Q2');
    expect(switchReportYear(p('2026-H2'), 2025).key).toBe('2025-H2');
    expect(switchReportYear(p('2026'), 2025).key).toBe('2025');
    expect(indexInYear(p('2025-Q4'))).toBe(4);
  });

  it('offers three years back to next year, newest first, and the shown year if outside', () => {
    expect(reportYearOptions(2026, NOW)).toEqual([2027, 2026, 2025, 2024, 2023]);
    expect(reportYearOptions(2019, NOW)).toEqual([2027, 2026, 2025, 2024, 2023, 2019]);
  });
});
