/**
 * The official days off and make-up working days for civil servants, per year.
 * Weekends are not listed: Saturday and Sunday are days off unless a year names
 * them as working days. Administrators edit these per year (the yearly decision
 * of the Government / Bộ Nội vụ); these are the defaults.
 */
export interface YearCalendar {
  year: number;
  /** Weekdays off: public holidays and the days swapped around them. YYYY-MM-DD. */
  daysOff: string[];
  /** Saturdays or Sundays worked in exchange for a swapped day off. YYYY-MM-DD. */
  workingDays: string[];
  /** Where the table comes from. */
  source: string;
}

export const OFFICIAL_CALENDARS: YearCalendar[] = [
  {
    year: 2025,
    daysOff: [
      '2025-01-01', // Tết Dương lịch
      '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', // Tết Ất Tỵ (25/1–2/2)
      '2025-04-07', // Giỗ Tổ Hùng Vương (10/3 âm lịch)
      '2025-04-30', '2025-05-01', '2025-05-02', // 30/4, 1/5 and the swapped Friday
      '2025-09-01', '2025-09-02', // Quốc khánh
    ],
    workingDays: ['2025-04-26'], // worked in exchange for 02/5/2025
    source: 'Thông báo 6150/TB-BNV năm 2024 của Bộ Nội vụ; Công văn 2300/BNV-CVL năm 2025 (nghỉ bù 02/5)',
  },
  {
    year: 2026,
    daysOff: [
      '2026-01-01', '2026-01-02', // Tết Dương lịch, with Friday 02/01 swapped for Saturday 10/01
      '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', // Tết Bính Ngọ (14/2–22/2)
      '2026-04-27', // Giỗ Tổ Hùng Vương falls on Sunday 26/4: Monday off in lieu
      '2026-04-30', '2026-05-01', // 30/4, 1/5
      '2026-09-01', '2026-09-02', // Quốc khánh (the adjacent day: verify against the year's notice)
    ],
    workingDays: ['2026-01-10'], // worked in exchange for 02/01/2026
    source: 'Thông báo của Bộ trưởng Bộ Nội vụ (tháng 10/2025) về lịch nghỉ Tết Nguyên đán, nghỉ lễ Quốc khánh năm 2026: Tết nghỉ 16/2–20/2 (29 tháng Chạp đến mùng 4), liền 4 ngày cuối tuần; ngày liền kề Quốc khánh cần xác minh',
  },
];
