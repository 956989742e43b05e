import { describe, expect, it } from 'vitest';
import { halfPeriod, quarterPeriod, yearPeriod } from '@cchc/shared/plan/periods';
import { DEFAULT_DUE_RULE, dueBefore, upcomingReports } from '../../../../../server/src/features/reports/report-due.service.ts';

describe('report due dates', () => {
  it('default: before the 5th of the period’s last month', () => {
    expect(dueBefore(quarterPeriod(2026, 1), DEFAULT_DUE_RULE)).toBe('2026-03-05');
    expect(dueBefore(halfPeriod(2026, 1), DEFAULT_DUE_RULE)).toBe('2026-06-05');
    expect(dueBefore(yearPeriod(2026), DEFAULT_DUE_RULE)).toBe('2026-12-05');
  });
  it('the month after the period rolls over the year', () => {
    expect(dueBefore(quarterPeriod(2026, 4), { dayOfMonth: 10, monthRule: 'next_month' })).toBe('2027-01-10');
  });
  it('upcoming: the next report of each kind, with days left to send it and a reminder when close', () => {
    const u = upcomingReports('2026-12-02', DEFAULT_DUE_RULE);
    expect(u.items.map((i) => [i.period.key, i.dueBefore, i.daysLeft, i.remind])).toEqual([
      ['2026-Q4', '2026-12-05', 3, true],
      ['2026-H2', '2026-12-05', 3, true],
      ['2026', '2026-12-05', 3, true],
    ]);
    const after = upcomingReports('2026-12-05', DEFAULT_DUE_RULE);
    expect(after.items[0]).toMatchObject({ dueBefore: '2027-03-05', remind: false });
  });
});
