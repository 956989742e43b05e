import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDARS } from '@cchc/shared/calendar/holidays';
import { WorkingCalendar } from '@cchc/shared/calendar/working-days';
import type { TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';
import { tinyJpeg } from '../../helpers/test-images.ts';
import { act, answer, buildFeedbackApp, newDevice, submit, topicIds, upload, validBody, type OfficerHeaders } from './feedback-fixtures.ts';

let t: TestApp & { dataDir: string };
let topic: number;
let officers: { officer: OfficerHeaders; leader: OfficerHeaders };
const calendar = new WorkingCalendar(OFFICIAL_CALENDARS);

beforeAll(async () => {
  t = await buildFeedbackApp();
  [topic] = await topicIds(t.app);
  officers = { officer: { ...(await loginAs(t.app, 'canbo.binh-giang')) }, leader: { ...(await loginAs(t.app, 'lanhdao.binh-giang')) } };
});
afterAll(() => t?.close());

async function send(extra: Record<string, unknown> = {}, device = newDevice()) {
  const res = await submit(t.app, validBody(topic, extra), { device });
  expect(res.statusCode).toBe(201);
  return { ...(res.json() as { code: string; accessKey: string; dueDate: string }), device };
}

const track = (code: string, key?: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/feedback/${code}`, headers: key === undefined ? {} : { 'x-access-key': key } });
const rate = (code: string, key: string, body: object) =>
  t.app.inject({ method: 'POST', url: `/api/v1/feedback/${code}/rating`, headers: { 'x-access-key': key }, payload: body });
const reopen = (code: string, key: string, reason = 'Đèn lại hỏng sau hai ngày') =>
  t.app.inject({ method: 'POST', url: `/api/v1/feedback/${code}/reopen`, headers: { 'x-access-key': key }, payload: { reason } });

describe('tracking with the access key', () => {
  it('shows status, history, photos and deadline to the holder of the key', async () => {
    const device = newDevice();
    const photoId = (await upload(t.app, tinyJpeg(), { device })).json().id;
    const sent = await send({ photoIds: [photoId] }, device);
    const res = await track(sent.code, sent.accessKey);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      code: sent.code,
      unit: { slug: 'binh-giang', name: 'Xã Bình Giang' },
      kind: 'phan_anh',
      topic: 'Thủ tục hành chính',
      status: 'moi',
      dueDate: sent.dueDate,
      answer: null,
      rating: null,
      canRate: false,
      canReopenUntil: null,
      rejectReason: null,
    });
    expect(body.history).toEqual([{ at: expect.any(String), status: 'moi', label: 'Đã gửi phản ánh' }]);
    expect(JSON.stringify(body)).not.toContain('0912');
    expect(body.photos).toHaveLength(1);
    const photo = await t.app.inject({ method: 'GET', url: body.photos[0].url });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect(photo.rawPayload.equals(tinyJpeg())).toBe(true);
  });

  it('accepts the key in any case and with spaces', async () => {
    const sent = await send();
    expect((await track(sent.code.toLowerCase(), sent.accessKey.toLowerCase().replace('-', ' '))).statusCode).toBe(200);
  });

  it('answers the same 404 for a wrong key, no key, a malformed code and an unknown code', async () => {
    const sent = await send();
    const other = await send();
    const answers = await Promise.all([
      track(sent.code, other.accessKey),
      track(sent.code),
      track(sent.code, ''),
      track('PA-2611-ZZZZZ', sent.accessKey),
      track('<script>', sent.accessKey),
    ]);
    for (const res of answers) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual(answers[0]!.json());
    }
    expect(answers[0]!.json().error.code).toBe('FEEDBACK_NOT_FOUND');
  });

  it('serves a photo only with its signature', async () => {
    const device = newDevice();
    const photoId = (await upload(t.app, tinyJpeg(), { device })).json().id;
    const sent = await send({ photoIds: [photoId] }, device);
    const url: string = (await track(sent.code, sent.accessKey)).json().photos[0].url;
    for (const bad of [url.replace(/sig=.*/, 'sig=wrong'), url.replace(/\?.*/, ''), url.replace(sent.code, 'PA-2611-ZZZZZ')]) {
      expect((await t.app.inject({ method: 'GET', url: bad })).statusCode).toBe(404);
    }
    const id = url.split('/photos/')[1]!.split('?')[0];
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/public/photos/${id}` })).statusCode).toBe(404);
  });
});

describe('Phản ánh của tôi', () => {
  it('lists the device’s own PAKN, newest first, with keys to open them', async () => {
    const device = newDevice();
    const first = await send({}, device);
    const second = await send({ kind: 'kien_nghi' }, device);
    await send();
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/feedback/mine', headers: { 'x-device-id': device } });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { code: string }) => i.code)).toEqual([second.code, first.code]);
    expect(res.json().items[0]).toMatchObject({ accessKey: second.accessKey, status: 'moi', topic: 'Thủ tục hành chính', excerpt: expect.stringMatching(/^Đèn đường/) });
    expect((await track(first.code, res.json().items[1].accessKey)).statusCode).toBe(200);
  });

  it('needs a device identity', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/feedback/mine' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/thiết bị/);
  });
});

describe('rating and reopening the answer', () => {
  it('shows the answer, then closes on hài lòng', async () => {
    const sent = await send();
    expect((await rate(sent.code, sent.accessKey, { value: 'hai_long' })).statusCode).toBe(409);
    await answer(t.app, officers, sent.code);
    const answered = (await track(sent.code, sent.accessKey)).json();
    expect(answered).toMatchObject({ status: 'da_tra_loi', canRate: true, answer: { text: expect.stringMatching(/sửa đèn đường/) } });
    expect(answered.canReopenUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(answered.history.map((h: { label: string }) => h.label)).toEqual([
      'Đã gửi phản ánh', 'Đã tiếp nhận và phân loại', 'Đang xử lý', 'Đã có câu trả lời',
    ]);
    const res = await rate(sent.code, sent.accessKey, { value: 'hai_long', comment: 'Cảm ơn xã' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'dong', rating: { value: 'hai_long', comment: 'Cảm ơn xã' }, canRate: false });
    expect((await rate(sent.code, sent.accessKey, { value: 'khong_hai_long' })).statusCode).toBe(409);
  });

  it('keeps it answered on không hài lòng, and lets the citizen reopen it with a new deadline', async () => {
    const sent = await send();
    await answer(t.app, officers, sent.code);
    const rated = await rate(sent.code, sent.accessKey, { value: 'khong_hai_long', comment: 'Chưa sửa xong' });
    expect(rated.json()).toMatchObject({ status: 'da_tra_loi', rating: { value: 'khong_hai_long' } });
    const before = new Date();
    const res = await reopen(sent.code, sent.accessKey);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'mo_lai', dueDate: calendar.dueDate(before, 10), canRate: false, canReopenUntil: null });
    expect(res.json().history.at(-1)).toMatchObject({ status: 'mo_lai', label: 'Bạn đã mở lại phản ánh' });
    expect((await reopen(sent.code, sent.accessKey)).statusCode).toBe(409);
  });

  it('says the reopened PAKN’s deadline was counted again from the day it was reopened', async () => {
    const sent = await send();
    await answer(t.app, officers, sent.code);
    // Sent weeks ago: its first deadline has long passed.
    await t.database.db.updateTable('feedback').set({ due_date: '2026-01-05' }).where('code', '=', sent.code).execute();
    const res = await reopen(sent.code, sent.accessKey);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.history.at(-1).dueChange).toEqual({
      from: '05/01/2026',
      to: body.dueDate.split('-').reverse().join('/'),
      reason: 'bạn mở lại nên thời hạn được tính lại từ ngày mở lại',
    });
  });

  it('says a transferred PAKN’s deadline is counted by the unit that received it', async () => {
    const sent = await send();
    await t.database.db.updateTable('feedback').set({ due_date: '2026-01-05' }).where('code', '=', sent.code).execute();
    expect((await act(t.app, officers.officer, sent.code, { action: 'transfer', unit: 'kinh-mon', note: 'Thuộc địa bàn phường Kinh Môn' })).statusCode).toBe(200);
    const body = (await track(sent.code, sent.accessKey)).json();
    const moved = body.history.find((h: { label: string }) => h.label.startsWith('Đã chuyển đến'));
    expect(moved.dueChange).toMatchObject({ from: '05/01/2026', reason: expect.stringMatching(/tính lại từ ngày nhận/) });
    expect(JSON.stringify(body.history)).not.toMatch(/canbo|Cán bộ/);
  });

  it('refuses to reopen after the unit’s window', async () => {
    const sent = await send();
    await answer(t.app, officers, sent.code);
    const longAgo = new Date(Date.now() - 31 * 24 * 3600_000);
    await t.database.db.updateTable('feedback').set({ answered_at: longAgo }).where('code', '=', sent.code).execute();
    expect((await track(sent.code, sent.accessKey)).json().canReopenUntil).toBeNull();
    const res = await reopen(sent.code, sent.accessKey);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toEqual({ code: 'INVALID_TRANSITION', message: expect.stringMatching(/quá 30 ngày/) });
  });

  it('refuses to reopen what has no answer, and validates the reason', async () => {
    const sent = await send();
    expect((await reopen(sent.code, sent.accessKey)).statusCode).toBe(409);
    expect((await reopen(sent.code, sent.accessKey, 'x')).statusCode).toBe(400);
    expect((await reopen(sent.code, 'WRONG-KEYXX')).statusCode).toBe(404);
  });
});

describe('published answers', () => {
  it('lists only published PAKN, without personal data, with the approved photos', async () => {
    const device = newDevice();
    const photoIds = [(await upload(t.app, tinyJpeg(), { device })).json().id, (await upload(t.app, tinyJpeg(), { device })).json().id];
    const sent = await send({
      photoIds,
      content: 'Đèn đường hỏng trước nhà tôi, gọi 0987 654 321 hoặc email hoa.nguyen@gmail.com, CCCD 031085001234.',
    }, device);
    const hidden = await send();
    await answer(t.app, officers, hidden.code, { publish: false });
    const officerView = await t.app.inject({ method: 'GET', url: `/api/v1/console/feedback/${sent.code}`, headers: officers.leader });
    const firstPhoto: string = officerView.json().photos[0].id;
    await answer(t.app, officers, sent.code, { publish: true, publicPhotoIds: [firstPhoto] });

    const res = await t.app.inject({ method: 'GET', url: '/api/v1/units/binh-giang/feedback/published?limit=50' });
    expect(res.statusCode).toBe(200);
    const { items, total } = res.json();
    expect(total).toBe(items.length);
    expect(items.map((i: { code: string }) => i.code)).toContain(sent.code);
    expect(items.map((i: { code: string }) => i.code)).not.toContain(hidden.code);
    const item = items.find((i: { code: string }) => i.code === sent.code);
    const text = JSON.stringify(item);
    for (const personal of ['Nguyễn Thị Hoa', '0987 654 321', '0987654321', 'hoa.nguyen@gmail.com', '031085001234', 'Số 12, thôn Đông', '0912 345 678']) {
      expect(text).not.toContain(personal);
    }
    expect(item.content).toContain('09xx xxx xxx');
    expect(item.answer).toContain('09xx xxx xxx');
    expect(item.photos).toEqual([{ id: firstPhoto, url: `/api/v1/public/photos/${firstPhoto}` }]);
    expect(Object.keys(item).sort()).toEqual(['answer', 'answerDocumentUrl', 'answeredAt', 'code', 'content', 'kind', 'photos', 'receivedAt', 'topic']);

    const publicPhoto = await t.app.inject({ method: 'GET', url: item.photos[0].url });
    expect(publicPhoto.statusCode).toBe(200);
    const otherPhoto = officerView.json().photos[1].id;
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/public/photos/${otherPhoto}` })).statusCode).toBe(404);
  });

  it('pages and counts, and 404s for an unknown unit', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/v1/units/binh-giang/feedback/published?limit=1&offset=0' });
    expect(page.json().items.length).toBeLessThanOrEqual(1);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/units/khong-co/feedback/published' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/units/binh-giang/feedback/published?limit=0' })).statusCode).toBe(400);
  });
});

describe('the stored photo file', () => {
  it('has no EXIF', async () => {
    const res = await upload(t.app, tinyJpeg({ metadata: true }));
    const row = await t.database.db.selectFrom('uploads').select('path').where('id', '=', res.json().id).executeTakeFirstOrThrow();
    expect(fs.readFileSync(path.join(t.dataDir, row.path)).includes(Buffer.from('Exif'))).toBe(false);
  });
});

describe('what the citizen reads of their PAKN (issue 11)', () => {
  it('finds it by the code however it is typed: spaces, dashes, dots, case, no dashes', async () => {
    const sent = await send();
    const [kind, yymm, tail] = sent.code.split('-') as [string, string, string];
    for (const typed of [`${kind} ${yymm} ${tail}`.toLowerCase(), `${kind}${yymm}${tail}`, `${kind}.${yymm}.${tail}`, `${kind} – ${yymm} – ${tail}`]) {
      const res = await track(encodeURIComponent(typed), sent.accessKey.toLowerCase());
      expect(res.statusCode, typed).toBe(200);
      expect(res.json().code).toBe(sent.code);
    }
    expect((await track(encodeURIComponent(`${kind} ${yymm} ${tail}X`), sent.accessKey)).statusCode).toBe(404);
  });

  it('names a kiến nghị as such in the history, and gives back the place as the citizen gave it', async () => {
    const sent = await send({ kind: 'kien_nghi', location: { lat: 20.78, lng: 106.45, address: 'Ngõ 3 thôn Nam' } });
    const body = (await track(sent.code, sent.accessKey)).json();
    expect(body.history[0].label).toBe('Đã gửi kiến nghị');
    expect(body.place).toEqual({ address: 'Ngõ 3 thôn Nam', lat: 20.78, lng: 106.45 });
    expect((await track((await send()).code, (await send()).accessKey)).statusCode).toBe(404);
    const none = await send();
    expect((await track(none.code, none.accessKey)).json().place).toBeNull();
  });

  it('says when the deadline moved and why (marked khẩn), naming no officer', async () => {
    const sent = await send();
    const res = await act(t.app, officers.officer, sent.code, { action: 'accept', field: 'Giao thông', severity: 'khan' });
    expect(res.statusCode).toBe(200);
    const body = (await track(sent.code, sent.accessKey)).json();
    const accepted = body.history.find((h: { label: string }) => h.label === 'Đã tiếp nhận và phân loại');
    expect(accepted.dueChange).toEqual({
      from: sent.dueDate.split('-').reverse().join('/'),
      to: expect.stringMatching(/^\d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}$/),
      reason: 'phản ánh được xếp mức khẩn nên phải trả lời sớm hơn',
    });
    expect(body.history[0].dueChange).toBeUndefined();
    expect(JSON.stringify(body.history)).not.toMatch(/canbo|Cán bộ/);
  });

  it('records no change when the deadline stays the same', async () => {
    const sent = await send();
    await act(t.app, officers.officer, sent.code, { action: 'accept', field: 'Giao thông', severity: 'binh_thuong' });
    const body = (await track(sent.code, sent.accessKey)).json();
    const accepted = body.history.find((h: { label: string }) => h.label === 'Đã tiếp nhận và phân loại');
    const before = sent.dueDate;
    if (body.dueDate === before && body.dueAt === null) expect(accepted.dueChange).toBeUndefined();
    else expect(accepted.dueChange.from).toBe(before.split('-').reverse().join('/'));
  });
});
