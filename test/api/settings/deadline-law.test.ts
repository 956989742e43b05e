import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDARS } from '../../../shared/src/calendar/holidays.ts';
import { WorkingCalendar } from '../../../shared/src/calendar/working-days.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs, type OfficerHeaders } from '../../helpers/officers.ts';
import { submit, topicIds, validBody } from '../feedback/feedback-fixtures.ts';

/** Each deadline is named for what the law says it is, and a unit may be stricter, never slower. */

let t: TestApp;
let leader: OfficerHeaders;
let officer: OfficerHeaders;
const calendar = new WorkingCalendar(OFFICIAL_CALENDARS);

beforeAll(async () => {
  t = await buildTestApp({ urgentWorkingHours: 6 });
  leader = await loginAs(t.app, 'lanhdao.nam-an-phu');
  officer = await loginAs(t.app, 'canbo.nam-an-phu');
});
afterAll(() => t?.close());

const deadlines = (method: 'GET' | 'PUT', payload?: object) =>
  t.app.inject({ method, url: '/api/v1/console/settings/deadlines', headers: { ...leader }, ...(payload ? { payload } : {}) });

describe('the deadlines and their legal basis', () => {
  it('calls the 10 days of Luật Tiếp công dân Đ.28 a notice and the 05 days of NĐ 20/2008 Đ.9 a transfer outside competence', async () => {
    const { defaults } = (await deadlines('GET')).json() as { defaults: { kind: string; severity: string | null; workingDays: number; workingHours: number | null; statutory: boolean; legalBasis: string }[] };
    const notice = defaults.find((d) => d.kind === 'notice')!;
    expect(notice).toMatchObject({ workingDays: 10, statutory: true });
    expect(notice.legalBasis).toMatch(/Luật Tiếp công dân 2013 \(Luật số 42\/2013\/QH13\), Điều 28/);
    expect(notice.legalBasis).toMatch(/không phải hạn trả lời/);
    const transfer = defaults.find((d) => d.kind === 'transfer')!;
    expect(transfer).toMatchObject({ workingDays: 5, statutory: true });
    expect(transfer.legalBasis).toMatch(/Nghị định 20\/2008\/NĐ-CP .*Điều 9 khoản 1 điểm d/);
    expect(transfer.legalBasis).toMatch(/không thuộc thẩm quyền/);
    const answers = defaults.filter((d) => d.kind === 'answer');
    expect(answers.map((d) => d.severity)).toEqual(['khan', 'binh_thuong', 'phuc_tap']);
    for (const a of answers) {
      expect(a.statutory).toBe(false);
      expect(a.legalBasis).toMatch(/^Cam kết phục vụ của đơn vị/);
      expect(a.legalBasis).not.toMatch(/Điều 28/);
    }
    expect(answers[0]).toMatchObject({ workingHours: 6, workingDays: 0 });
  });

  it('lets a unit shorten the transfer and notice deadlines but not lengthen them, in Vietnamese', async () => {
    const slower = await deadlines('PUT', { rules: [], transferWorkingDays: 6 });
    expect(slower.statusCode).toBe(400);
    expect(slower.json().error.message).toMatch(/không được dài hơn 05 ngày làm việc \(Nghị định 20\/2008\/NĐ-CP, Điều 9 khoản 1 điểm d\)/);
    const lateNotice = await deadlines('PUT', { rules: [], noticeWorkingDays: 11 });
    expect(lateNotice.statusCode).toBe(400);
    expect(lateNotice.json().error.message).toMatch(/Luật Tiếp công dân 2013, Điều 28/);
    expect((await deadlines('GET')).json().statutory).toEqual({ transferWorkingDays: null, noticeWorkingDays: null });

    const stricter = await deadlines('PUT', { rules: [], transferWorkingDays: 3, noticeWorkingDays: 5 });
    expect(stricter.statusCode).toBe(200);
    expect(stricter.json().statutory).toEqual({ transferWorkingDays: 3, noticeWorkingDays: 5 });

    const [topic] = await topicIds(t.app, 'nam-an-phu');
    const before = new Date();
    const sent = await submit(t.app, validBody(topic!), { unit: 'nam-an-phu' });
    expect(sent.statusCode).toBe(201);
    const view = (await t.app.inject({ method: 'GET', url: `/api/v1/console/feedback/${sent.json().code}`, headers: { ...officer } })).json();
    expect(view.transferDueDate).toBe(calendar.dueDate(before, 3));
    expect(view.noticeDueDate).toBe(calendar.dueDate(before, 5));

    const back = await deadlines('PUT', { rules: [], transferWorkingDays: null, noticeWorkingDays: null });
    expect(back.json().statutory).toEqual({ transferWorkingDays: null, noticeWorkingDays: null });
  });
});
