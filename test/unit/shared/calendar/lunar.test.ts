import { describe, expect, it } from 'vitest';
import { lunarNewYear, lunarToSolar, solarToLunar } from '../../../../shared/src/calendar/lunar.ts';
import { addDays } from '../../../../shared/src/calendar/working-days.ts';

const CHINA_TIME_ZONE = 8;

describe('the Vietnamese lunar calendar (UTC+7)', () => {
  it('puts Tết where Viet Nam had it, not where China did', () => {
    expect(lunarNewYear(1985)).toBe('1985-01-21');
    expect(lunarNewYear(1985, CHINA_TIME_ZONE)).toBe('1985-02-20');
    expect(lunarNewYear(2007)).toBe('2007-02-17');
    expect(lunarNewYear(2007, CHINA_TIME_ZONE)).toBe('2007-02-18');
    expect(lunarNewYear(2030)).toBe('2030-02-02');
    expect(lunarNewYear(2030, CHINA_TIME_ZONE)).toBe('2030-02-03');
  });

  it('puts Tết 2025, 2026 and 2027 on 29/1, 17/2 and 6/2', () => {
    expect(lunarNewYear(2025)).toBe('2025-01-29');
    expect(lunarNewYear(2026)).toBe('2026-02-17');
    expect(lunarNewYear(2027)).toBe('2027-02-06');
  });

  it('finds Giỗ Tổ (10/3 âm lịch), also in years with a leap month', () => {
    const gioTo = (year: number) => lunarToSolar({ day: 10, month: 3, year, leap: false });
    expect(gioTo(2025)).toBe('2025-04-07');
    expect(gioTo(2026)).toBe('2026-04-26');
    expect(gioTo(2027)).toBe('2027-04-16');
    expect(gioTo(2023)).toBe('2023-04-29'); // after tháng 2 nhuận
    expect(gioTo(2020)).toBe('2020-04-02'); // before tháng 4 nhuận
  });

  it('knows the leap months and refuses one a year does not have', () => {
    expect(solarToLunar('2023-03-22')).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(lunarToSolar({ day: 1, month: 2, year: 2023, leap: true })).toBe('2023-03-22');
    expect(lunarToSolar({ day: 1, month: 5, year: 2023, leap: true })).toBeNull();
    expect(lunarToSolar({ day: 1, month: 3, year: 2026, leap: true })).toBeNull();
  });

  it('goes from solar to lunar and back for every day of 2024–2032', () => {
    for (let day = '2024-01-01'; day < '2033-01-01'; day = addDays(day, 1)) {
      expect(lunarToSolar(solarToLunar(day)), day).toBe(day);
    }
    // Tết Bính Ngọ has no 30 tháng Chạp: the eve is 29 tháng Chạp Ất Tỵ.
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false });
  });
});
