import { describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDARS } from '../../../../shared/src/calendar/holidays.ts';
import { DEFAULT_OFFICE_HOURS, addWorkingHours, formatDueAt, parseOfficeHours } from '../../../../shared/src/calendar/working-hours.ts';
import { WorkingCalendar } from '../../../../shared/src/calendar/working-days.ts';

const calendar = new WorkingCalendar(OFFICIAL_CALENDARS);
const at = (local: string) => new Date(`${local}+07:00`);
const iso = (local: string) => at(local).toISOString();

describe('working hours for an urgent (khẩn) PAKN', () => {
  it('counts 8 office hours from Friday 16:00 before Tết to the next working day mid-afternoon', () => {
    // Friday 13/2/2026, then Tết Bính Ngọ 14/2–22/2: 1 hour on Friday, 7 hours on Monday 23/2.
    expect(addWorkingHours(calendar, at('2026-02-13T16:00:00'), 8).toISOString()).toBe(iso('2026-02-23T16:30:00'));
  });

  it('skips the lunch break and the evening', () => {
    expect(addWorkingHours(calendar, at('2026-03-10T10:30:00'), 2).toISOString()).toBe(iso('2026-03-10T14:30:00'));
    expect(addWorkingHours(calendar, at('2026-03-10T08:00:00'), 8).toISOString()).toBe(iso('2026-03-11T08:30:00'));
  });

  it('starts at the next office period when received outside office hours', () => {
    expect(addWorkingHours(calendar, at('2026-03-10T20:00:00'), 4).toISOString()).toBe(iso('2026-03-11T11:30:00'));
    expect(addWorkingHours(calendar, at('2026-03-14T09:00:00'), 1).toISOString()).toBe(iso('2026-03-16T08:30:00')); // Saturday
    expect(addWorkingHours(calendar, at('2026-03-10T12:00:00'), 1).toISOString()).toBe(iso('2026-03-10T14:30:00'));
  });

  it('works make-up Saturdays and skips computed holidays of a year without a table', () => {
    expect(addWorkingHours(calendar, at('2026-01-09T16:00:00'), 2).toISOString()).toBe(iso('2026-01-10T08:30:00'));
    // Thursday 4/2/2027 16:00, then Tết Đinh Mùi (dự kiến) 5/2–11/2/2027.
    expect(addWorkingHours(calendar, at('2027-02-04T16:00:00'), 8).toISOString()).toBe(iso('2027-02-12T16:30:00'));
  });

  it('reads a unit’s published office hours, or gives up on text it cannot read', () => {
    expect(parseOfficeHours([{ days: 'Thứ Hai – Thứ Sáu', hours: 'Sáng 7:30 – 11:30, chiều 13:30 – 17:00' }])).toEqual(DEFAULT_OFFICE_HOURS);
    expect(parseOfficeHours([{ days: 'Sáng thứ Bảy', hours: '7:30 – 11:30' }, { days: 'Thứ hai đến thứ sáu', hours: 'Sáng 7h00 - 11h00, chiều 13h30 - 16h30' }])).toEqual([
      { start: 420, end: 660 },
      { start: 810, end: 990 },
    ]);
    expect(parseOfficeHours([{ days: 'Thứ Hai – Thứ Sáu', hours: 'Giờ hành chính' }])).toBeNull();
    expect(parseOfficeHours([{ days: 'Thứ Hai – Thứ Sáu', hours: '13:30 – 17:00, 7:30 – 11:30' }])).toBeNull();
    expect(parseOfficeHours([])).toBeNull();
  });

  it('writes the due instant as hh:mm ngày dd/mm/yyyy in Vietnam time', () => {
    expect(formatDueAt(at('2026-02-23T16:30:00'))).toBe('16:30 ngày 23/02/2026');
  });
});
