import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';
import { act, buildFeedbackApp, submit, topicIds, type OfficerHeaders } from './feedback-fixtures.ts';

let t: TestApp & { dataDir: string };
let topic: number;
let officer: OfficerHeaders;
let leader: OfficerHeaders;

beforeAll(async () => {
  t = await buildFeedbackApp();
  [topic] = await topicIds(t.app);
  officer = { ...(await loginAs(t.app, 'canbo.binh-giang')) };
  leader = { ...(await loginAs(t.app, 'lanhdao.binh-giang')) };
});
afterAll(() => t?.close());

const CONTACT = { name: 'Nguyễn Văn Bảy', phone: '0913 456 789', address: 'Số 12, thôn Đông, xã Bình Giang' };
const CONTENT = 'Tôi là Nguyễn Văn Bảy, đèn đường trước Số 12, thôn Đông hỏng đã hai tuần. Gọi 0913 456 789.';
const DRAFT = 'Kính gửi ông Nguyễn Văn Bảy, UBND xã đã sửa đèn đường ngày 12/5.';

/** A PAKN accepted and with a draft answer submitted to the leader. */
async function awaitingApproval(): Promise<string> {
  const res = await submit(t.app, { kind: 'phan_anh', topicId: topic, content: CONTENT, contact: CONTACT });
  expect(res.statusCode, res.body).toBe(201);
  const code: string = res.json().code;
  expect((await act(t.app, officer, code, { action: 'accept', field: 'Giao thông', severity: 'binh_thuong' })).statusCode).toBe(200);
  expect((await act(t.app, officer, code, { action: 'draft_answer', answer: DRAFT, submit: true })).statusCode).toBe(200);
  return code;
}

const preview = (who: OfficerHeaders, code: string) => t.app.inject({ method: 'GET', url: `/api/v1/console/feedback/${code}/public-copy`, headers: who });
const edit = (who: OfficerHeaders, code: string, payload: object) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/console/feedback/${code}/public-copy`, headers: who, payload });
const publishedItem = async (code: string) =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/units/binh-giang/feedback/published?limit=100' })).json().items.find((i: { code: string }) => i.code === code);
const spanTexts = (masked: { text: string; spans: { start: number; end: number; kind: string }[] }) =>
  masked.spans.map((s) => [masked.text.slice(s.start, s.end), s.kind]);

describe('the public copy, a moderation step', () => {
  it('shows the leader exactly what will be public, the draft included, with each masked span', async () => {
    const code = await awaitingApproval();
    const res = await preview(leader, code);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body.content.text).toBe('Tôi là [đã ẩn], đèn đường trước [đã ẩn] hỏng đã hai tuần. Gọi 09xx xxx xxx.');
    expect(spanTexts(body.content)).toEqual([['[đã ẩn]', 'name'], ['[đã ẩn]', 'address'], ['09xx xxx xxx', 'phone']]);
    expect(body.answer.text).toBe('Kính gửi ông [đã ẩn], UBND xã đã sửa đèn đường ngày 12/5.');
    expect(spanTexts(body.answer)).toEqual([['[đã ẩn]', 'name']]);
    expect(body).toMatchObject({ source: { content: CONTENT, answer: DRAFT }, edited: { content: false, answer: false }, published: false });

    // Approved and published as previewed: the public list shows the same text.
    expect((await act(t.app, leader, code, { action: 'approve', publish: true })).statusCode).toBe(200);
    const item = await publishedItem(code);
    expect(item).toMatchObject({ content: body.content.text, answer: body.answer.text });
  });

  it('lets the leader edit the public copy, keeps the original, and masks the edit again', async () => {
    const code = await awaitingApproval();
    const res = await edit(leader, code, {
      content: 'Đèn đường ở thôn Đông hỏng đã hai tuần.',
      answer: 'UBND xã đã sửa đèn đường ngày 12/5. Chi tiết gọi ông Bảy 0987 654 321.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      content: { text: 'Đèn đường ở thôn Đông hỏng đã hai tuần.', spans: [] },
      answer: { text: 'UBND xã đã sửa đèn đường ngày 12/5. Chi tiết gọi ông [đã ẩn] 09xx xxx xxx.' },
      edited: { content: true, answer: true },
    });
    expect((await act(t.app, leader, code, { action: 'approve', publish: true })).statusCode).toBe(200);

    const item = await publishedItem(code);
    expect(item.content).toBe('Đèn đường ở thôn Đông hỏng đã hai tuần.');
    expect(item.answer).toBe('UBND xã đã sửa đèn đường ngày 12/5. Chi tiết gọi ông [đã ẩn] 09xx xxx xxx.');
    const open311 = (await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${code}.json` })).json()[0];
    expect(open311.description).toBe(item.content);
    expect(open311.status_notes).toBe(`Đã trả lời. Trả lời: ${item.answer}`);

    // The original stays as the citizen wrote it and as the answer was approved.
    const officerView = (await t.app.inject({ method: 'GET', url: `/api/v1/console/feedback/${code}`, headers: officer })).json();
    expect(officerView).toMatchObject({ content: CONTENT, answer: DRAFT });
    expect(officerView.history.at(-3)).toMatchObject({ action: 'public_copy_edited', internal: true });
  });

  it('stores nothing when the text is the original, and a new draft resets the edited answer', async () => {
    const code = await awaitingApproval();
    const same = await edit(leader, code, { content: CONTENT, answer: 'Câu trả lời công khai đã rút gọn.' });
    expect(same.json().edited).toEqual({ content: false, answer: true });
    expect((await act(t.app, leader, code, { action: 'return_draft', note: 'Bổ sung ngày sửa' })).statusCode).toBe(200);
    expect((await act(t.app, officer, code, { action: 'draft_answer', answer: `${DRAFT} Đã thay bóng mới.`, submit: true })).statusCode).toBe(200);
    const after = (await preview(leader, code)).json();
    expect(after.edited).toEqual({ content: false, answer: false });
    expect(after.source.answer).toBe(`${DRAFT} Đã thay bóng mới.`);
  });

  it('is the leader’s decision, only once there is an answer, and refuses bad bodies with a message', async () => {
    const code = await awaitingApproval();
    const body = { content: 'Đèn đường hỏng đã hai tuần.', answer: 'Xã đã sửa xong đèn đường.' };
    const forbidden = await edit(officer, code, body);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('lãnh đạo') });

    const fresh = (await submit(t.app, { kind: 'phan_anh', topicId: topic, content: CONTENT, contact: CONTACT })).json().code;
    expect((await edit(leader, fresh, body)).statusCode).toBe(409);
    expect((await edit(leader, code, { content: '', answer: body.answer })).statusCode).toBe(400);
    expect((await edit(leader, code, { ...body, extra: 1 })).statusCode).toBe(400);
    expect((await edit(leader, 'PA-0000-AAAAA', body)).statusCode).toBe(404);
    expect((await preview({ ...(await loginAs(t.app, 'lanhdao.nam-an-phu')) }, code)).statusCode).toBe(404);
    // Without the CSRF token a write is refused.
    expect((await t.app.inject({ method: 'PUT', url: `/api/v1/console/feedback/${code}/public-copy`, headers: { cookie: leader.cookie }, payload: body })).statusCode).toBe(403);
  });
});
