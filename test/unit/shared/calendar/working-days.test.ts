import { describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDARS } from '../../../../shared/src/calendar/holidays.ts';
import { WorkingCalendar, formatDay, vietnamDay } from '../../../../shared/src/calendar/working-days.ts';

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

describe('a year without an official table (2027)', () => {
  it('still has Tết Đinh Mùi, Giỗ Tổ and the other statutory holidays off', () => {
    // Tết 6/2/2027 is a Saturday: 29 tháng Chạp (Friday 5/2), mùng 1–4, and Wed 10/2, Thu 11/2 in lieu of the weekend.
    for (const day of ['2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-04-16', '2027-04-30', '2027-05-03', '2027-09-02', '2027-09-03']) {
      expect(calendar.isWorkingDay(day), day).toBe(false);
    }
    expect(calendar.isWorkingDay('2027-02-04')).toBe(true);
    expect(calendar.isWorkingDay('2027-02-12')).toBe(true);
  });

  it('promises a date after Tết, not one in it, and says it is provisional', () => {
    expect(calendar.dueDate(at('2027-02-04T09:00:00'), 1)).toBe('2027-02-12');
    expect(calendar.dueDate(at('2027-01-29T09:00:00'), 10)).toBe('2027-02-19');
    expect(calendar.isProvisional(2027)).toBe(true);
    expect(calendar.isProvisional(2026)).toBe(false);
    expect(calendar.isProvisionalBetween(at('2026-12-28T09:00:00'), '2027-01-08')).toBe(true);
    expect(calendar.isProvisionalBetween(at('2026-11-02T09:00:00'), '2026-11-16')).toBe(false);
  });

  it('gives way to the official table once it is entered', () => {
    const official = new WorkingCalendar([...OFFICIAL_CALENDARS, { year: 2027, daysOff: ['2027-02-04'], workingDays: ['2027-02-20'], source: 'Thông báo thử' }]);
    expect(official.isWorkingDay('2027-02-04')).toBe(false);
    expect(official.isWorkingDay('2027-02-08')).toBe(true);
    expect(official.isWorkingDay('2027-02-20')).toBe(true);
    expect(official.isProvisional(2027)).toBe(false);
  });
});
