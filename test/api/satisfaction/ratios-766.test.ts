import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamDay } from '../../../shared/src/plan/periods.ts';
import type { TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';
import { act, answer, buildFeedbackApp, submit, topicIds, validBody } from '../feedback/feedback-fixtures.ts';

/**
 * The three ratios of Quyết định 766 on a fixture of six PAKN at xã Bến Tắm, received today:
 *   A answered on time, rated hài lòng;
 *   B answered on time, rated không hài lòng, reopened, answered again (its rating cleared);
 *   C answered, then found past its due day (late);
 *   D open past its due day;
 *   E rejected (not within competence);
 *   F open, not yet due.
 * Within competence: A B C D F = 5. On time: A B = 2 → 0.4.
 * Hài lòng trong xử lý PAKN = 5 − late (C, D) − rated không hài lòng (B, by its earlier rating) = 2 → 0.4
 * (counting only the current ratings would give 3 → 0.6, above the truth).
 */
const UNIT = 'ben-tam';
let t: TestApp & { dataDir: string };
let topic: number;
let officers: { officer: Record<string, string>; leader: Record<string, string> };
const today = vietnamDay(new Date());
const daysAgo = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await buildFeedbackApp();
  [topic] = await topicIds(t.app, UNIT);
  officers = { officer: { ...(await loginAs(t.app, `canbo.${UNIT}`)) }, leader: { ...(await loginAs(t.app, `lanhdao.${UNIT}`)) } };
});
afterAll(() => t?.close());

const send = async () => (await submit(t.app, validBody(topic), { unit: UNIT })).json() as { code: string; accessKey: string };
const rate = (p: { code: string; accessKey: string }, value: string) =>
  t.app.inject({ method: 'POST', url: `/api/v1/feedback/${p.code}/rating`, headers: { 'x-access-key': p.accessKey }, payload: { value } });
const dueOn = (code: string, day: string) => t.database.db.updateTable('feedback').set({ due_date: day }).where('code', '=', code).execute();

describe('the 766 ratios', () => {
  it('count on time, late and every "không hài lòng" ever given', async () => {
    const a = await send();
    await answer(t.app, officers, a.code);
    expect((await rate(a, 'hai_long')).statusCode).toBe(200);

    const b = await send();
    await answer(t.app, officers, b.code);
    expect((await rate(b, 'khong_hai_long')).statusCode).toBe(200);
    await t.app.inject({ method: 'POST', url: `/api/v1/feedback/${b.code}/reopen`, headers: { 'x-access-key': b.accessKey }, payload: { reason: 'Vẫn chưa sửa xong đèn' } });
    expect((await act(t.app, officers.officer, b.code, { action: 'draft_answer', answer: 'UBND xã đã thay toàn bộ bóng đèn của tuyến đường ngày 22/5.', submit: true })).statusCode).toBe(200);
    expect((await act(t.app, officers.leader, b.code, { action: 'approve', publish: false })).statusCode).toBe(200);

    const c = await send();
    await answer(t.app, officers, c.code);
    await dueOn(c.code, daysAgo(1));

    const d = await send();
    await dueOn(d.code, daysAgo(2));

    const e = await send();
    expect((await act(t.app, officers.officer, e.code, { action: 'reject', reason: 'thieu_thong_tin', note: 'Thiếu vị trí cụ thể' })).statusCode).toBe(200);

    await send(); // F: open, not yet due

    const res = await t.app.inject({ method: 'GET', url: `/api/v1/console/units/${UNIT}/satisfaction?from=${today}&to=${today}`, headers: officers.officer });
    expect(res.statusCode, res.body).toBe(200);
    const { ratios } = res.json();
    expect(ratios.paknOnTime).toMatchObject({ numerator: 2, denominator: 5, ratio: 0.4 });
    expect(ratios.paknSatisfied).toMatchObject({ numerator: 2, denominator: 5, ratio: 0.4 });
    // No survey answers at Bến Tắm: the TTHC ratio has nothing to stand on.
    expect(ratios.tthcSatisfied).toMatchObject({ numerator: 0, denominator: 0, ratio: null });
  });
});
