import type { Kysely } from 'kysely';
import type { CalendarOverviewT, CalendarYearBodyT, CalendarYearT } from '@cchc/shared/api/settings';
import { OFFICIAL_CALENDARS, type YearCalendar } from '@cchc/shared/calendar/holidays';
import { statutoryCalendar } from '@cchc/shared/calendar/statutory-holidays';
import { vietnamDay } from '@cchc/shared/calendar/working-days';
import type { DB, OfficerRole } from '../../db/schema.ts';
import { InvalidInputError } from '../../lib/domain-errors.ts';
import { listCalendarYearRows, saveCalendarYear, type CalendarYearRow } from './calendar.repository.ts';
import type { CalendarStore } from './calendar-store.ts';
import { calendarReminder } from './calendar-reminder.ts';
import { checkCalendarYear } from './calendar-validation.ts';

/**
 * The preloaded 2026 table gives 01/9 as the day next to Quốc khánh; the Government
 * fixes the adjacent day each year, so it must be checked against the year's notice
 * (Bộ Nội vụ) before deadlines around 2/9/2026 are relied on.
 */
const UNVERIFIED: Record<number, string> = {
  2026: 'Ngày nghỉ liền kề Quốc khánh 2/9/2026 (bảng dựng sẵn ghi thứ Ba 01/9) cần đối chiếu với thông báo chính thức của Bộ Nội vụ trước khi dùng; lưu lại bảng sau khi đã kiểm tra.',
};

const COMPUTED_NOTE = (year: number) =>
  `Dự kiến: chưa có lịch chính thức năm ${year}. Ngày nghỉ được tính theo Bộ luật Lao động 2019 (Điều 112: 1/1, Tết Âm lịch 5 ngày — ngày cuối năm âm lịch và mùng 1 đến mùng 4, Giỗ Tổ 10/3 âm lịch, 30/4, 1/5, 2/9 và một ngày liền kề; Điều 111 khoản 3: lễ trùng thứ Bảy, Chủ nhật thì nghỉ bù ngày làm việc kế tiếp), âm lịch Việt Nam (múi giờ UTC+7). Hạn xử lý tính qua năm này được ghi "dự kiến" cho đến khi quản trị thành phố nhập lịch theo thông báo chính thức.`;

/**
 * The working-day calendar's yearly tables. Everyone in the console reads them;
 * only a city administrator replaces one (the table is province-wide).
 */
export class CalendarSettingsService {
  /** @param store the in-memory working-day calendar, which this service reloads after a table is saved. */
  constructor(
    private readonly db: Kysely<DB>,
    private readonly store: CalendarStore,
  ) {}

  async get(year: number): Promise<CalendarYearT> {
    return this.resolve(await listCalendarYearRows(this.db), year);
  }

  /** The years from last year to the year after next, and the reminder a city administrator sees. */
  async overview(role: OfficerRole, now = new Date()): Promise<CalendarOverviewT> {
    const stored = await listCalendarYearRows(this.db);
    const today = vietnamDay(now);
    const thisYear = Number(today.slice(0, 4));
    const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((year) => {
      const { origin, provisional } = this.resolve(stored, year);
      return { year, origin, provisional };
    });
    const provisional = (year: number) => this.resolve(stored, year).provisional;
    return { years, reminder: role === 'city_admin' ? calendarReminder(today, provisional) : null };
  }

  async save(year: number, body: CalendarYearBodyT): Promise<CalendarYearT> {
    const checked = checkCalendarYear(year, body);
    if (!checked.ok) throw new InvalidInputError('VALIDATION_FAILED', checked.problems.join(' '));
    await saveCalendarYear(this.db, checked.calendar);
    this.store.invalidate();
    return view(checked.calendar, 'saved');
  }

  private resolve(stored: CalendarYearRow[], year: number): CalendarYearT {
    const row = stored.find((y) => y.year === year);
    const official = OFFICIAL_CALENDARS.find((y) => y.year === year);
    // A row not yet sorted out (before migration 004) counts as the administrator's when it differs from the built-in table.
    if (row && (row.editedByAdmin || !official || (row.builtinHash === null && !sameTable(row, official)))) return view(row, 'saved');
    if (row) return view(row, 'official');
    if (official) return view(official, 'official');
    return view(statutoryCalendar(year), 'computed');
  }
}

function view(y: YearCalendar, origin: CalendarYearT['origin']): CalendarYearT {
  const note = UNVERIFIED[y.year];
  return {
    year: y.year,
    daysOff: [...y.daysOff].sort(),
    workingDays: [...y.workingDays].sort(),
    source: y.source,
    origin,
    provisional: origin === 'computed',
    notes: origin === 'computed' ? [COMPUTED_NOTE(y.year)] : origin === 'official' && note ? [note] : [],
  };
}

function sameTable(a: YearCalendar, b: YearCalendar): boolean {
  const key = (y: YearCalendar) => JSON.stringify([[...y.daysOff].sort(), [...y.workingDays].sort(), y.source]);
  return key(a) === key(b);
}
