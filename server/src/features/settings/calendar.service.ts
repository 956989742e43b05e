import type { Kysely } from 'kysely';
import type { CalendarYearBodyT, CalendarYearT } from '@cchc/shared/api/settings';
import { OFFICIAL_CALENDARS, type YearCalendar } from '@cchc/shared/calendar/holidays';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../lib/app-error.ts';
import { listCalendarYears } from '../feedback/calendar.repository.ts';
import { saveCalendarYear } from './calendar-admin.repository.ts';
import { checkCalendarYear } from './calendar-validation.ts';

/**
 * The preloaded 2026 table gives 01/9 as the day next to Quốc khánh; the Government
 * fixes the adjacent day each year, so it must be checked against the year's notice
 * (Bộ Nội vụ) before deadlines around 2/9/2026 are relied on.
 */
const UNVERIFIED: Record<number, string> = {
  2026: 'Ngày nghỉ liền kề Quốc khánh 2/9/2026 (bảng dựng sẵn ghi thứ Ba 01/9) cần đối chiếu với thông báo chính thức của Bộ Nội vụ trước khi dùng; lưu lại bảng sau khi đã kiểm tra.',
};

/**
 * The working-day calendar's yearly tables. Everyone in the console reads them;
 * only a city administrator replaces one (the table is province-wide).
 */
export class CalendarSettingsService {
  /** @param onChange called after a table is saved, so the in-memory calendar is reloaded. */
  constructor(
    private readonly db: Kysely<DB>,
    private readonly onChange: () => void = () => {},
  ) {}

  async get(year: number): Promise<CalendarYearT> {
    const stored = (await listCalendarYears(this.db)).find((y) => y.year === year);
    const official = OFFICIAL_CALENDARS.find((y) => y.year === year);
    if (stored && !(official && sameTable(stored, official))) return view(stored, 'saved');
    if (official) return view(official, 'official');
    return {
      year,
      daysOff: [],
      workingDays: [],
      source: '',
      origin: 'none',
      notes: [`Chưa có lịch nghỉ lễ, Tết năm ${year}: hạn xử lý chỉ trừ thứ Bảy, Chủ nhật cho đến khi quản trị thành phố nhập lịch.`],
    };
  }

  async save(year: number, body: CalendarYearBodyT): Promise<CalendarYearT> {
    const checked = checkCalendarYear(year, body);
    if (!checked.ok) throw new AppError(400, 'VALIDATION_FAILED', checked.problems.join(' '));
    await saveCalendarYear(this.db, checked.calendar);
    this.onChange();
    return view(checked.calendar, 'saved');
  }
}

function view(y: YearCalendar, origin: 'saved' | 'official'): CalendarYearT {
  const note = UNVERIFIED[y.year];
  return {
    year: y.year,
    daysOff: [...y.daysOff].sort(),
    workingDays: [...y.workingDays].sort(),
    source: y.source,
    origin,
    notes: origin === 'official' && note ? [note] : [],
  };
}

function sameTable(a: YearCalendar, b: YearCalendar): boolean {
  const key = (y: YearCalendar) => JSON.stringify([[...y.daysOff].sort(), [...y.workingDays].sort(), y.source]);
  return key(a) === key(b);
}
