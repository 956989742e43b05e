import type { CalendarDay } from '@cchc/shared/calendar/working-days';

/** The month from which next year's official table is asked for (the yearly notice usually comes in the autumn). */
export const REMINDER_FROM_MONTH = 10;

/**
 * What a city administrator is reminded of on `today`: this year's official table while it is
 * missing, and from 1 October next year's. `provisional(year)` says whether a year lacks its table.
 */
export function calendarReminder(today: CalendarDay, provisional: (year: number) => boolean): { year: number; message: string } | null {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (provisional(year)) {
    return {
      year,
      message: `Chưa nhập lịch nghỉ lễ, Tết chính thức năm ${year}: hạn xử lý đang tính theo lịch dự kiến từ Bộ luật Lao động. Vui lòng nhập lịch theo thông báo của Bộ Nội vụ.`,
    };
  }
  if (month >= REMINDER_FROM_MONTH && provisional(year + 1)) {
    return {
      year: year + 1,
      message: `Sắp sang năm ${year + 1}: vui lòng nhập lịch nghỉ lễ, Tết chính thức năm ${year + 1} (ngày nghỉ Tết, ngày liền kề Quốc khánh, ngày hoán đổi và làm bù) khi Bộ Nội vụ thông báo. Đến lúc đó hạn xử lý sang năm ${year + 1} là dự kiến.`,
    };
  }
  return null;
}
