import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDARS } from '@cchc/shared/calendar/holidays';
import { addWorkingHours, formatDueAt } from '@cchc/shared/calendar/working-hours';
import { vietnamDay, WorkingCalendar } from '@cchc/shared/calendar/working-days';
import type { TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';
import { tinyJpeg } from '../../helpers/test-images.ts';
import { act, buildFeedbackApp, count, newDevice, submit, topicIds, upload, validBody, type OfficerHeaders } from './feedback-fixtures.ts';

let t: TestApp & { dataDir: string };
let topics: number[];
let officer: OfficerHeaders;
let leader: OfficerHeaders;
let cityAdmin: OfficerHeaders;
let otherOfficer: OfficerHeaders;
const calendar = new WorkingCalendar(OFFICIAL_CALENDARS);

beforeAll(async () => {
  t = await buildFeedbackApp();
  topics = await topicIds(t.app);
  officer = { ...(await loginAs(t.app, 'canbo.binh-giang')) };
  leader = { ...(await loginAs(t.app, 'lanhdao.binh-giang')) };
  cityAdmin = { ...(await loginAs(t.app, 'admin.hai-phong')) };
  otherOfficer = { ...(await loginAs(t.app, 'canbo.kinh-mon')) };
});
afterAll(() => t?.close());

async function fresh(extra: Record<string, unknown> = {}, device = newDevice()) {
  const res = await submit(t.app, validBody(topics[0]!, extra), { device });
  expect(res.statusCode).toBe(201);
  return res.json() as { code: string; accessKey: string };
}

const view = (who: OfficerHeaders, code: string) => t.app.inject({ method: 'GET', url: `/api/v1/console/feedback/${code}`, headers: who });
const track = (code: string, key: string) => t.app.inject({ method: 'GET', url: `/api/v1/feedback/${code}`, headers: { 'x-access-key': key } });
const received = async (code: string) =>
  (await t.database.db.selectFrom('feedback').select('received_at').where('code', '=', code).executeTakeFirstOrThrow()).received_at;

async function ok(who: OfficerHeaders, code: string, body: Record<string, unknown>) {
  const res = await act(t.app, who, code, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function refused(who: OfficerHeaders, code: string, body: Record<string, unknown>, status: number, errorCode: string) {
  const events = await count(t, 'feedback_events');
  const res = await act(t.app, who, code, body);
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.code).toBe(errorCode);
  expect(res.json().error.message).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/);
  expect(await count(t, 'feedback_events')).toBe(events);
  return res.json();
}

const ACCEPT = { action: 'accept', field: 'Giao thông nông thôn', severity: 'binh_thuong' };
const DRAFT = { action: 'draft_answer', answer: 'Xã đã sửa đèn đường thôn Đông ngày 12/5/2026.', submit: true };

describe('accept (tiếp nhận, phân loại)', () => {
  it('classifies a new PAKN, recounts its deadline from the severity and records who did it', async () => {
    const { code, accessKey } = await fresh();
    const body = await ok(officer, code, { action: 'accept', field: 'Hạ tầng giao thông', severity: 'khan', topicId: topics[2] });
    expect(body).toMatchObject({ status: 'da_tiep_nhan', severity: 'khan', field: 'Hạ tầng giao thông', topic: { id: topics[2], name: 'Hạ tầng, giao thông' } });
    // Khẩn is timed in 8 working hours (URGENT_WORKING_HOURS) over office hours, to the minute.
    const dueAt = addWorkingHours(calendar, await received(code), 8);
    expect(body).toMatchObject({ dueDate: vietnamDay(dueAt), dueAt: dueAt.toISOString() });
    expect(body.history.at(-1)).toMatchObject({ action: 'accepted', fromStatus: 'moi', toStatus: 'da_tiep_nhan', internal: false, actor: expect.not.stringMatching(/^Người dân$/) });
    // The citizen reads that the deadline moved and why, with no officer named.
    expect((await track(code, accessKey)).json().history.at(-1)).toEqual({
      at: expect.any(String),
      status: 'da_tiep_nhan',
      label: 'Đã tiếp nhận và phân loại',
      dueChange: { from: expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/), to: formatDueAt(dueAt), reason: 'phản ánh được xếp mức khẩn nên phải trả lời sớm hơn' },
    });
  });

  it('refuses a second accept and a topic of another unit', async () => {
    const { code } = await fresh();
    const [otherTopic] = await topicIds(t.app, 'kinh-mon');
    await refused(officer, code, { ...ACCEPT, topicId: otherTopic }, 400, 'TOPIC_NOT_FOUND');
    await ok(officer, code, ACCEPT);
    const error = await refused(officer, code, ACCEPT, 409, 'INVALID_TRANSITION');
    expect(error.error.message).toMatch(/Đã tiếp nhận/);
  });
});

describe('reject (từ chối) always with a reason', () => {
  it.each(['khieu_nai_to_cao', 'thieu_thong_tin', 'ngoai_tham_quyen'])('%s from mới', async (reason) => {
    const { code, accessKey } = await fresh();
    const body = await ok(officer, code, { action: 'reject', reason, note: 'Nội dung là khiếu nại quyết định hành chính' });
    expect(body).toMatchObject({ status: 'tu_choi', rejectReason: reason, rejectNote: 'Nội dung là khiếu nại quyết định hành chính', actions: ['note'] });
    const citizen = (await track(code, accessKey)).json();
    expect(citizen.status).toBe('tu_choi');
    expect(citizen.rejectReason.length).toBeGreaterThan(10);
    expect(citizen.history.at(-1).label).toMatch(/^Từ chối tiếp nhận: /);
  });

  it('from đã tiếp nhận and mở lại, but not once answered', async () => {
    const { code } = await fresh();
    await ok(officer, code, ACCEPT);
    await ok(officer, code, { action: 'reject', reason: 'thieu_thong_tin', note: 'Thiếu địa điểm cụ thể' });
    const answered = await fresh();
    await ok(officer, answered.code, ACCEPT);
    await ok(officer, answered.code, DRAFT);
    await ok(leader, answered.code, { action: 'approve', publish: false });
    await refused(officer, answered.code, { action: 'reject', reason: 'thieu_thong_tin', note: 'Thiếu địa điểm' }, 409, 'INVALID_TRANSITION');
  });

  it('merges a duplicate: linked to the original, keeps its photos, both histories record it', async () => {
    const original = await fresh();
    const device = newDevice();
    const photo = (await upload(t.app, tinyJpeg(), { device })).json().id;
    const duplicate = await fresh({ photoIds: [photo] }, device);
    await refused(officer, duplicate.code, { action: 'reject', reason: 'trung', note: 'Trùng phản ánh trước' }, 400, 'VALIDATION_FAILED');
    await refused(officer, duplicate.code, { action: 'reject', reason: 'trung', note: 'Trùng phản ánh trước', duplicateOf: duplicate.code }, 400, 'FEEDBACK_NOT_FOUND');
    await refused(officer, duplicate.code, { action: 'reject', reason: 'trung', note: 'Trùng phản ánh trước', duplicateOf: 'PA-2611-ZZZZZ' }, 400, 'FEEDBACK_NOT_FOUND');
    await refused(officer, duplicate.code, { action: 'reject', reason: 'thieu_thong_tin', note: 'Trùng phản ánh trước', duplicateOf: original.code }, 400, 'VALIDATION_FAILED');

    const body = await ok(officer, duplicate.code, { action: 'reject', reason: 'trung', note: 'Trùng phản ánh trước', duplicateOf: original.code.toLowerCase() });
    expect(body).toMatchObject({ status: 'tu_choi', rejectReason: 'trung', duplicateOf: original.code });
    expect(body.photos).toHaveLength(1);
    const originalView = (await view(officer, original.code)).json();
    expect(originalView.history.at(-1)).toMatchObject({ action: 'duplicate_linked', internal: true });
    expect(originalView.status).toBe('moi');
    expect((await track(duplicate.code, duplicate.accessKey)).json().history.at(-1).label).toContain(original.code);
  });
});

describe('assign (giao xử lý)', () => {
  it('gives it to an officer of the unit and moves it to đang xử lý', async () => {
    const { code } = await fresh();
    await refused(leader, code, { action: 'assign', username: 'canbo.binh-giang' }, 409, 'INVALID_TRANSITION');
    await ok(officer, code, ACCEPT);
    await refused(leader, code, { action: 'assign', username: 'canbo.kinh-mon' }, 400, 'VALIDATION_FAILED');
    await refused(leader, code, { action: 'assign', username: 'khong.ton.tai' }, 400, 'VALIDATION_FAILED');
    const body = await ok(leader, code, { action: 'assign', username: 'canbo.binh-giang' });
    expect(body).toMatchObject({ status: 'dang_xu_ly', assignee: { username: 'canbo.binh-giang' } });
    expect(body.history.at(-1)).toMatchObject({ action: 'assigned', fromStatus: 'da_tiep_nhan', toStatus: 'dang_xu_ly' });
    const again = await ok(leader, code, { action: 'assign', username: 'lanhdao.binh-giang' });
    expect(again.history.at(-1)).toMatchObject({ action: 'assigned', internal: true });
  });
});

describe('transfer (chuyển đơn vị)', () => {
  it('moves it to the other unit with a new transfer deadline; the first unit no longer sees it', async () => {
    const device = newDevice();
    const photo = (await upload(t.app, tinyJpeg(), { device })).json().id;
    const { code, accessKey } = await fresh({ photoIds: [photo] }, device);
    const before = new Date();
    const body = await ok(officer, code, { action: 'transfer', unit: 'kinh-mon', note: 'Thuộc địa bàn phường Kinh Môn' });
    expect(body).toMatchObject({ status: 'da_chuyen', unit: { slug: 'kinh-mon' }, actions: [], transferDueDate: calendar.dueDate(before, 5) });
    expect(body.topic.name).toBe('Thủ tục hành chính');
    expect((await view(officer, code)).statusCode).toBe(404);

    const received = await view(otherOfficer, code);
    expect(received.statusCode).toBe(200);
    expect(received.json().actions).toContain('accept');
    const [kinhMonTopic] = await topicIds(t.app, 'kinh-mon');
    expect(received.json().topic.id).toBe(kinhMonTopic);
    const photoUrl = received.json().photos[0].url;
    expect((await t.app.inject({ method: 'GET', url: photoUrl, headers: otherOfficer })).statusCode).toBe(200);
    const accepted = await ok(otherOfficer, code, ACCEPT);
    expect(accepted.status).toBe('da_tiep_nhan');
    expect((await track(code, accessKey)).json()).toMatchObject({ unit: { slug: 'kinh-mon' } });
    expect((await track(code, accessKey)).json().history.map((h: { label: string }) => h.label)).toContain('Đã chuyển đến Phường Kinh Môn để xử lý theo thẩm quyền');
  });

  it('refuses the same unit and an unknown one', async () => {
    const { code } = await fresh();
    await refused(officer, code, { action: 'transfer', unit: 'binh-giang', note: 'Chuyển thử lại' }, 400, 'VALIDATION_FAILED');
    await refused(officer, code, { action: 'transfer', unit: 'khong-co', note: 'Chuyển thử lại' }, 404, 'UNIT_NOT_FOUND');
  });
});

describe('notes, drafts, approval and publication', () => {
  it('keeps notes internal', async () => {
    const { code, accessKey } = await fresh();
    const before = (await track(code, accessKey)).json().history;
    const body = await ok(officer, code, { action: 'note', note: 'Đã gọi điện xác minh với trưởng thôn' });
    expect(body.history.at(-1)).toMatchObject({ action: 'note', internal: true, note: 'Đã gọi điện xác minh với trưởng thôn', fromStatus: 'moi', toStatus: 'moi' });
    expect((await track(code, accessKey)).json().history).toEqual(before);
  });

  it('goes draft → submitted → returned → resubmitted → approved, and only a leader approves', async () => {
    const { code, accessKey } = await fresh();
    await refused(officer, code, DRAFT, 409, 'INVALID_TRANSITION');
    await ok(officer, code, ACCEPT);
    const saved = await ok(officer, code, { ...DRAFT, submit: false });
    expect(saved).toMatchObject({ status: 'dang_xu_ly', answerDraft: DRAFT.answer, awaitingApproval: false });
    await refused(leader, code, { action: 'approve', publish: false }, 409, 'INVALID_TRANSITION');
    const submitted = await ok(officer, code, DRAFT);
    expect(submitted.awaitingApproval).toBe(true);
    expect(submitted.actions).not.toContain('approve');

    const forbidden = await refused(officer, code, { action: 'approve', publish: true }, 403, 'FORBIDDEN');
    expect(forbidden.error.message).toMatch(/không có quyền/);
    await refused(officer, code, { action: 'return_draft', note: 'Sửa lại câu trả lời' }, 403, 'FORBIDDEN');
    await refused(cityAdmin, code, { action: 'approve', publish: false }, 403, 'FORBIDDEN');

    const returned = await ok(leader, code, { action: 'return_draft', note: 'Bổ sung ngày hoàn thành' });
    expect(returned).toMatchObject({ awaitingApproval: false, status: 'dang_xu_ly' });
    expect(returned.history.at(-1)).toMatchObject({ action: 'draft_returned', internal: true, note: 'Bổ sung ngày hoàn thành' });
    await ok(officer, code, { ...DRAFT, answer: `${DRAFT.answer} Hoàn thành trong ngày.` });

    const leaderView = (await view(leader, code)).json();
    expect(leaderView.actions).toEqual(expect.arrayContaining(['approve', 'return_draft']));
    const approved = await ok(leader, code, { action: 'approve', publish: false });
    expect(approved).toMatchObject({ status: 'da_tra_loi', answer: `${DRAFT.answer} Hoàn thành trong ngày.`, published: false, awaitingApproval: false });
    expect(approved.history.at(-1)).toMatchObject({ action: 'approved', fromStatus: 'dang_xu_ly', toStatus: 'da_tra_loi' });
    expect((await track(code, accessKey)).json()).toMatchObject({ status: 'da_tra_loi', answer: { text: approved.answer } });
    await refused(leader, code, { action: 'approve', publish: false }, 409, 'INVALID_TRANSITION');
  });

  it('publishes and unpublishes as a separate step, by a leader, with the chosen photos', async () => {
    const device = newDevice();
    const photo = (await upload(t.app, tinyJpeg(), { device })).json().id;
    const { code } = await fresh({ photoIds: [photo] }, device);
    await refused(leader, code, { action: 'publish', publish: true }, 409, 'INVALID_TRANSITION');
    await ok(officer, code, ACCEPT);
    await ok(officer, code, DRAFT);
    const approved = await ok(leader, code, { action: 'approve', publish: false });
    const photoId = approved.photos[0].id;
    await refused(officer, code, { action: 'publish', publish: true }, 403, 'FORBIDDEN');
    await refused(leader, code, { action: 'publish', publish: true, publicPhotoIds: ['00000000-0000-4000-8000-000000000000'] }, 400, 'VALIDATION_FAILED');

    const published = await ok(leader, code, { action: 'publish', publish: true, publicPhotoIds: [photoId] });
    expect(published).toMatchObject({ published: true, status: 'da_tra_loi', photos: [{ id: photoId, public: true }] });
    expect(published.history.at(-1)).toMatchObject({ action: 'published', internal: false });
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/units/binh-giang/feedback/published?limit=100' })).json();
    expect(list.items.map((i: { code: string }) => i.code)).toContain(code);

    const unpublished = await ok(leader, code, { action: 'publish', publish: false });
    expect(unpublished).toMatchObject({ published: false, photos: [{ public: false }] });
    expect(unpublished.history.at(-1)).toMatchObject({ action: 'unpublished', internal: true });
    const after = (await t.app.inject({ method: 'GET', url: '/api/v1/units/binh-giang/feedback/published?limit=100' })).json();
    expect(after.items.map((i: { code: string }) => i.code)).not.toContain(code);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/public/photos/${photoId}` })).statusCode).toBe(404);
  });

  it('lets the citizen reopen, and the desk answer again', async () => {
    const { code, accessKey } = await fresh();
    await ok(officer, code, ACCEPT);
    await ok(officer, code, DRAFT);
    await ok(leader, code, { action: 'approve', publish: false });
    await t.app.inject({ method: 'POST', url: `/api/v1/feedback/${code}/rating`, headers: { 'x-access-key': accessKey }, payload: { value: 'khong_hai_long' } });
    await t.app.inject({ method: 'POST', url: `/api/v1/feedback/${code}/reopen`, headers: { 'x-access-key': accessKey }, payload: { reason: 'Vẫn chưa sửa xong' } });
    const reopened = (await view(officer, code)).json();
    expect(reopened.status).toBe('mo_lai');
    expect(reopened.actions).toEqual(['reject', 'assign', 'transfer', 'note', 'draft_answer']);
    await ok(officer, code, DRAFT);
    const again = await ok(leader, code, { action: 'approve', publish: true });
    expect(again).toMatchObject({ status: 'da_tra_loi', rating: null, published: true });
    expect((await track(code, accessKey)).json().canRate).toBe(true);
  });
});

describe('audit', () => {
  it('records one event per change with who, when, from and to', async () => {
    const { code } = await fresh();
    const before = await count(t, 'feedback_events');
    await ok(officer, code, ACCEPT);
    await ok(leader, code, { action: 'assign', username: 'canbo.binh-giang' });
    await ok(officer, code, DRAFT);
    await ok(leader, code, { action: 'approve', publish: true });
    // approve with publication records the answer and the publication.
    expect(await count(t, 'feedback_events')).toBe(before + 5);
    const history = (await view(leader, code)).json().history;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['submitted', 'accepted', 'assigned', 'draft_submitted', 'approved', 'published']);
    expect(history.slice(1).every((h: { actor: string; at: string }) => h.actor !== 'Người dân' && !Number.isNaN(Date.parse(h.at)))).toBe(true);
  });

  it('the city administrator may classify in any unit', async () => {
    const { code } = await fresh();
    expect((await ok(cityAdmin, code, ACCEPT)).status).toBe('da_tiep_nhan');
  });
});
