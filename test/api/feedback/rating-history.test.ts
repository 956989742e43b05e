import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';
import { answer, buildFeedbackApp, submit, topicIds, validBody, type OfficerHeaders } from './feedback-fixtures.ts';

/**
 * Issue 10: every rating a citizen ever gave a PAKN is kept. A reopened PAKN approved again
 * clears feedback.rating (so it can be rated anew); the earlier "không hài lòng" must stay,
 * or the 766 ratio "hài lòng trong xử lý PAKN" would rise above the truth.
 */
let t: TestApp & { dataDir: string };
let topic: number;
let officers: { officer: OfficerHeaders; leader: OfficerHeaders };

beforeAll(async () => {
  t = await buildFeedbackApp();
  [topic] = await topicIds(t.app);
  officers = { officer: { ...(await loginAs(t.app, 'canbo.binh-giang')) }, leader: { ...(await loginAs(t.app, 'lanhdao.binh-giang')) } };
});
afterAll(() => t?.close());

const rate = (code: string, key: string, value: string) =>
  t.app.inject({ method: 'POST', url: `/api/v1/feedback/${code}/rating`, headers: { 'x-access-key': key }, payload: { value } });

async function ratingsOf(code: string) {
  return t.database.db
    .selectFrom('feedback_ratings as r')
    .innerJoin('feedback as f', 'f.id', 'r.feedback_id')
    .select(['r.value', 'r.comment'])
    .where('f.code', '=', code)
    .orderBy('r.id')
    .execute();
}

describe('every rating of a PAKN is kept', () => {
  it('keeps the earlier "không hài lòng" after the citizen reopens and the leader approves again', async () => {
    const sent = (await submit(t.app, validBody(topic))).json() as { code: string; accessKey: string };
    await answer(t.app, officers, sent.code);
    expect((await rate(sent.code, sent.accessKey, 'khong_hai_long')).statusCode).toBe(200);
    const reopened = await t.app.inject({ method: 'POST', url: `/api/v1/feedback/${sent.code}/reopen`, headers: { 'x-access-key': sent.accessKey }, payload: { reason: 'Đèn lại hỏng sau hai ngày' } });
    expect(reopened.statusCode).toBe(200);
    for (const [who, body] of [
      [officers.officer, { action: 'draft_answer', answer: 'UBND xã đã thay bóng đèn mới và kiểm tra lại đường dây ngày 20/5.', submit: true }],
      [officers.leader, { action: 'approve', publish: false }],
    ] as const) {
      const res = await t.app.inject({ method: 'POST', url: `/api/v1/console/feedback/${sent.code}/actions`, headers: who, payload: body });
      expect(res.statusCode, res.body).toBe(200);
    }
    // The PAKN itself may be rated again: its current rating is cleared.
    const current = await t.app.inject({ method: 'GET', url: `/api/v1/feedback/${sent.code}`, headers: { 'x-access-key': sent.accessKey } });
    expect(current.json()).toMatchObject({ rating: null, canRate: true });
    // The earlier rating is still there.
    expect(await ratingsOf(sent.code)).toEqual([{ value: 'khong_hai_long', comment: null }]);
    expect((await rate(sent.code, sent.accessKey, 'hai_long')).statusCode).toBe(200);
    expect((await ratingsOf(sent.code)).map((r) => r.value)).toEqual(['khong_hai_long', 'hai_long']);
  });
});
