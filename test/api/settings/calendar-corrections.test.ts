import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDARS } from '../../../shared/src/calendar/holidays.ts';
import { CalendarStore } from '../../../server/src/features/rules/calendar-store.ts';
import { builtinHash, syncSteps } from '../../../server/src/features/rules/calendar-sync.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';

/** A correction of a built-in table reaches databases that hold the year, never over an administrator's edit. */

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t?.close());

const builtin2026 = OFFICIAL_CALENDARS.find((y) => y.year === 2026)!;
/** The 2026 table as the first release shipped it. */
const FIRST_2026_SOURCE = 'Thông báo của Bộ Nội vụ về lịch nghỉ Tết và các ngày lễ năm 2026 (Quốc khánh: cần xác minh ngày liền kề)';

const row = (year: number) =>
  t.database.db.selectFrom('calendar_years').select(['days_off', 'working_days', 'source', 'builtin_hash', 'edited_by_admin']).where('year', '=', year).executeTakeFirstOrThrow();
const write = (year: number, { days_off, ...values }: { days_off?: string[]; source?: string; builtin_hash?: string | null; edited_by_admin?: boolean }) =>
  t.database.db
    .updateTable('calendar_years')
    .set({ ...values, ...(days_off ? { days_off: JSON.stringify(days_off) } : {}) })
    .where('year', '=', year)
    .execute();
const load = () => new CalendarStore(t.database.db).get();

describe('built-in calendar corrections', () => {
  it('updates a database holding the first release’s 2026 row (from before the version column)', async () => {
    await write(2026, { source: FIRST_2026_SOURCE, builtin_hash: null, edited_by_admin: false });
    await load();
    expect(await row(2026)).toMatchObject({ source: builtin2026.source, builtin_hash: builtinHash(builtin2026), edited_by_admin: false });
  });

  it('updates a row holding an older built-in version', async () => {
    await write(2026, { days_off: ['2026-01-01'], source: 'Bảng cũ', builtin_hash: 'an-older-version' });
    const calendar = await load();
    expect(await row(2026)).toMatchObject({ days_off: builtin2026.daysOff, source: builtin2026.source, builtin_hash: builtinHash(builtin2026) });
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false);
  });

  it('leaves a year an administrator saved untouched, whatever the built-in version', async () => {
    const admin = await loginAs(t.app, 'admin.hai-phong');
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/console/settings/calendar/2026',
      headers: { ...admin },
      payload: { daysOff: ['2026-01-01', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-09-01', '2026-09-02', '2026-09-03'], workingDays: [], source: 'Thông báo đã đối chiếu (thử nghiệm)' },
    });
    expect(saved.statusCode).toBe(200);
    expect(await row(2026)).toMatchObject({ builtin_hash: null, edited_by_admin: true });
    await load();
    expect(await row(2026)).toMatchObject({ source: 'Thông báo đã đối chiếu (thử nghiệm)', edited_by_admin: true });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/console/settings/calendar/2026', headers: { ...admin } })).json()).toMatchObject({ origin: 'saved' });
  });

  it('treats a row from before the version column that no release shipped as the administrator’s', async () => {
    await write(2025, { days_off: ['2025-01-01', '2025-09-02'], source: 'Sửa tay trước đây', builtin_hash: null, edited_by_admin: false });
    await load();
    expect(await row(2025)).toMatchObject({ days_off: ['2025-01-01', '2025-09-02'], source: 'Sửa tay trước đây', edited_by_admin: true });
    expect(syncSteps([{ year: 2025, daysOff: [], workingDays: [], source: 'x', builtinHash: null, editedByAdmin: true }], OFFICIAL_CALENDARS.filter((y) => y.year === 2025))).toEqual([]);
  });

  it('adds a missing built-in year', async () => {
    await sql`DELETE FROM calendar_years WHERE year = 2025`.execute(t.database.db);
    await load();
    expect(await row(2025)).toMatchObject({ source: OFFICIAL_CALENDARS[0]!.source, edited_by_admin: false });
  });
});
