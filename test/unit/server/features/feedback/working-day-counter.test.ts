import { describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDARS } from '@cchc/shared/calendar/holidays';
import { addDays, WorkingCalendar } from '@cchc/shared/calendar/working-days';
import { WorkingDayCounter } from '../../../../../server/src/features/feedback/working-day-counter.ts';

describe('working days left, counted from running totals', () => {
  const calendar = new WorkingCalendar(OFFICIAL_CALENDARS);
  const counter = new WorkingDayCounter(calendar);

  it('agrees with the day-by-day count of the shared calendar', () => {
    const days = Array.from({ length: 30 }, (_, i) => addDays('2024-11-20', i * 41));
    for (const today of days) {
      for (const due of days) expect(counter.workingDaysLeft(today, due), `${today} → ${due}`).toBe(calendar.workingDaysLeft(today, due));
    }
  });

  it('counts the 2026 holidays and the make-up Saturday', () => {
    expect(counter.workingDaysLeft('2026-02-13', '2026-02-23')).toBe(1);
    expect(counter.workingDaysLeft('2026-01-09', '2026-01-12')).toBe(2);
    expect(counter.workingDaysLeft('2026-04-24', '2026-04-28')).toBe(1);
    expect(counter.workingDaysLeft('2026-04-28', '2026-04-24')).toBe(-1);
    expect(counter.workingDaysLeft('2026-05-05', '2026-05-05')).toBe(0);
  });
});
