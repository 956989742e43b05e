import { describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDARS } from '../../../../shared/src/calendar/holidays.ts';
import { statutoryCalendar, statutoryHolidays } from '../../../../shared/src/calendar/statutory-holidays.ts';

const names = (year: number) => Object.fromEntries(statutoryHolidays(year).map((h) => [h.day, h.name]));

describe('statutory holidays of any year (Bộ luật Lao động 2019 Đ.112, Đ.111.3)', () => {
  it('lists the eleven days of Đ.112 with the lunar ones from the Vietnamese calendar', () => {
    const y2030 = names(2030);
    expect(Object.keys(y2030)).toHaveLength(11);
    expect(y2030['2030-02-02']).toBe('Tết Nguyên đán (mùng 1)');
    expect(y2030['2030-02-01']).toBe('Tết Nguyên đán (ngày cuối năm âm lịch)');
    expect(y2030['2030-04-30']).toBe('Ngày Chiến thắng');
    expect(y2030['2030-09-02']).toBe('Quốc khánh');
    expect(names(1985)['1985-01-21']).toBe('Tết Nguyên đán (mùng 1)');
    expect(names(2007)['2007-02-17']).toBe('Tết Nguyên đán (mùng 1)');
  });

  it('gives the next working day off for a holiday on a weekend', () => {
    // 2027: Tết on Saturday 6/2 → Wed 10/2 and Thu 11/2; 1/5 on Saturday → Monday 3/5.
    expect(statutoryCalendar(2027).daysOff).toEqual([
      '2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11',
      '2027-04-16', '2027-04-30', '2027-05-03', '2027-09-02', '2027-09-03',
    ]);
    // 2028: 1/1 on Saturday → Monday 3/1; Giỗ Tổ 10/3 âm lịch on Tuesday 4/4/2028.
    expect(statutoryCalendar(2028).daysOff).toContain('2028-01-03');
    expect(statutoryCalendar(2028).daysOff).toContain('2028-04-04');
    expect(statutoryCalendar(2028).workingDays).toEqual([]);
  });

  it('picks the day next to Quốc khánh as the 2021–2025 decisions did', () => {
    const adjacent = (year: number) => statutoryHolidays(year).find((h) => h.name === 'Ngày liền kề Quốc khánh')!.day;
    expect(adjacent(2021)).toBe('2021-09-03'); // Thursday 2/9
    expect(adjacent(2022)).toBe('2022-09-01'); // Friday 2/9
    expect(adjacent(2024)).toBe('2024-09-03'); // Monday 2/9
    expect(adjacent(2025)).toBe('2025-09-01'); // Tuesday 2/9
    expect(statutoryCalendar(2023).daysOff).toEqual(expect.arrayContaining(['2023-09-01', '2023-09-04'])); // Saturday 2/9 → Monday 4/9
  });

  it('matches the official 2026 days off except the days the decision swapped', () => {
    const computed = statutoryCalendar(2026).daysOff;
    const official = OFFICIAL_CALENDARS.find((y) => y.year === 2026)!.daysOff;
    expect(official.filter((d) => !computed.includes(d))).toEqual(['2026-01-02']); // swapped for Saturday 10/1
    expect(computed.filter((d) => !official.includes(d))).toEqual([]);
  });

  it('marks its source as dự kiến', () => {
    expect(statutoryCalendar(2031).source).toMatch(/^Dự kiến/);
  });
});
