import { describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDARS } from '../../shared/src/calendar/holidays.ts';
import { WorkingCalendar, formatDay, vietnamDay } from '../../shared/src/calendar/working-days.ts';

const calendar = new WorkingCalendar(OFFICIAL_CALENDARS);
/** An instant at a Vietnamese wall-clock time. */
const at = (local: string) => new Date(`${local}+07:00`);

describe('the 2026 official calendar', () => {
  it('has Tết Bính Ngọ off from 14/2 to 22/2', () => {
    for (let d = 14; d <= 22; d++) expect(calendar.isWorkingDay(`2026-02-${d}`), `${d}/2`).toBe(false);
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-23')).toBe(true);
  });

  it('works Saturday 10/1 in exchange for Friday 2/1', () => {
    expect(calendar.isWorkingDay('2026-01-02')).toBe(false);
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-01-17')).toBe(false);
  });

  it('gives Monday 27/4 off for Giỗ Tổ falling on Sunday 26/4', () => {
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false);
    expect(calendar.isWorkingDay('2026-04-28')).toBe(true);
  });

  it('counts deadlines in working days across the holidays', () => {
    expect(calendar.dueDate(at('2026-02-13T09:00:00'), 1)).toBe('2026-02-23');
    expect(calendar.dueDate(at('2026-01-09T10:00:00'), 1)).toBe('2026-01-10');
    expect(calendar.dueDate(at('2026-04-24T10:00:00'), 1)).toBe('2026-04-28');
    expect(calendar.dueDate(at('2025-12-31T16:00:00'), 10)).toBe('2026-01-15');
    expect(calendar.dueDate(at('2026-11-25T08:00:00'), 5)).toBe('2026-12-02');
    // Received on a Sunday: counting starts on Monday.
    expect(calendar.dueDate(at('2026-11-29T08:00:00'), 1)).toBe('2026-11-30');
  });

  it('takes the day in Vietnam, not in UTC', () => {
    expect(vietnamDay(new Date('2026-02-13T18:30:00Z'))).toBe('2026-02-14');
    expect(calendar.dueDate(new Date('2026-02-12T18:30:00Z'), 1)).toBe('2026-02-23');
  });

  it('says how many working days are left, or how late', () => {
    expect(calendar.workingDaysLeft('2026-02-12', '2026-02-23')).toBe(2);
    expect(calendar.workingDaysLeft('2026-02-23', '2026-02-23')).toBe(0);
    expect(calendar.workingDaysLeft('2026-02-24', '2026-02-23')).toBe(-1);
    expect(calendar.workingDaysLeft('2026-02-23', '2026-02-13')).toBe(-1);
  });

  it('writes dates as dd/mm/yyyy', () => {
    expect(formatDay('2026-02-23')).toBe('23/02/2026');
  });

  it('treats 2025 holidays too', () => {
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.isWorkingDay('2025-09-02')).toBe(false);
  });
});
