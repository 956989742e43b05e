import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CurrentSurveyT } from '../../../shared/src/api/satisfaction.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { submit, topicIds, validBody } from '../feedback/feedback-fixtures.ts';
import { answersFor, currentSurvey, respond } from './survey-fixtures.ts';

let t: TestApp;
let survey: CurrentSurveyT;
const UNIT = 'tu-minh';

beforeAll(async () => {
  t = await buildTestApp({ secretKey: 'test-secret-key-of-at-least-32-characters', surveyCitizenRateLimit: 5 });
  survey = await currentSurvey(t.app, UNIT);
});
afterAll(() => t?.close());

/** A PAKN the unit really received: a survey about a PAKN names one. */
async function paknCode(unit = UNIT): Promise<string> {
  const res = await submit(t.app, validBody((await topicIds(t.app, unit))[0]), { unit });
  expect(res.statusCode).toBe(201);
  return res.json().code;
}

async function stored() {
  const [responses, answers] = await Promise.all([
    t.database.db.selectFrom('survey_responses').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    t.database.db.selectFrom('survey_answers').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { responses: Number(responses.n), answers: Number(answers.n) };
}

describe('GET /api/v1/units/{unit}/surveys/current', () => {
  it('gives the SIPAS questionnaire: five factors, a satisfaction question each, overall, expectations, its sources', () => {
    expect(survey.unit).toEqual({ slug: UNIT, name: expect.any(String) });
    expect(survey.questionSetVersion).toBe(1);
    expect(survey.source).toContain('1001/QĐ-BNV');
    expect(survey.scale.map((s) => s.value)).toEqual([1, 2, 3, 4, 5]);
    expect(survey.factors.map((f) => f.name)).toEqual([
      'Tiếp cận dịch vụ', 'Thủ tục hành chính', 'Công chức trực tiếp giải quyết công việc', 'Kết quả dịch vụ', 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị',
    ]);
    for (const factor of [1, 2, 3, 4, 5]) {
      expect(survey.questions.filter((q) => q.factor === factor && q.kind === 'satisfaction')).toHaveLength(1);
      expect(survey.questions.filter((q) => q.factor === factor && q.kind === 'criterion').length).toBeGreaterThanOrEqual(2);
    }
    expect(survey.questions.filter((q) => q.kind === 'overall')).toHaveLength(1);
    expect(survey.expectations.length).toBeGreaterThan(5);
  });

  it('answers 404 with a message for an unknown unit', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/units/khong-co/surveys/current' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toMatch(/[ạ-ỹ]/u);
  });
});

describe('POST /api/v1/units/{unit}/surveys/responses', () => {
  it('stores a response (201), and answers 409 to a second one for the same PAKN from the same citizen', async () => {
    const device = crypto.randomUUID();
    const [code, other] = [await paknCode(), await paknCode()];
    const body = { questionSetVersion: survey.questionSetVersion, answers: answersFor(survey), expectations: [survey.expectations[0].code], context: { feedbackCode: code } };
    const first = await respond(t.app, body, { unit: UNIT, device });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ id: expect.any(Number), message: expect.stringContaining('Cảm ơn') });
    const before = await stored();
    // The same PAKN however its code is typed.
    const again = await respond(t.app, { ...body, context: { feedbackCode: code.toLowerCase().replaceAll('-', ' ') } }, { unit: UNIT, device });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('đã gửi đánh giá');
    expect(await stored()).toEqual(before);
    // Another transaction, or another citizen, is a new response.
    expect((await respond(t.app, { ...body, context: { feedbackCode: other } }, { unit: UNIT, device })).statusCode).toBe(201);
    expect((await respond(t.app, body, { unit: UNIT })).statusCode).toBe(201);
  });

  it('stores one of two identical responses sent at the same moment (the database decides, not a process)', async () => {
    const device = crypto.randomUUID();
    const code = await paknCode();
    const body = { questionSetVersion: survey.questionSetVersion, answers: answersFor(survey), context: { feedbackCode: code } };
    const statuses = (await Promise.all([respond(t.app, body, { unit: UNIT, device }), respond(t.app, body, { unit: UNIT, device })])).map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409]);
    const rows = await t.database.db.selectFrom('survey_responses').select('id').where('feedback_code', '=', code).execute();
    expect(rows).toHaveLength(1);
  });

  it('dedupes a procedure at a desk on one day, and keeps no raw device id', async () => {
    const device = crypto.randomUUID();
    const body = { questionSetVersion: survey.questionSetVersion, answers: answersFor(survey), context: { procedureCode: '1.001193', desk: 'Quầy 2' } };
    expect((await respond(t.app, body, { unit: UNIT, device })).statusCode).toBe(201);
    expect((await respond(t.app, body, { unit: UNIT, device })).statusCode).toBe(409);
    expect((await respond(t.app, { ...body, context: { procedureCode: '1.001193', desk: 'Quầy 1' } }, { unit: UNIT, device })).statusCode).toBe(201);
    const rows = await t.database.db.selectFrom('survey_responses').select(['respondent_hash', 'transaction_key']).execute();
    expect(JSON.stringify(rows)).not.toContain(device);
  });

  it.each([
    ['a value out of range', (s: CurrentSurveyT) => ({ questionSetVersion: s.questionSetVersion, answers: answersFor(s, () => 6) }), 400, /5|tối đa|nhỏ hơn/u],
    ['a value of 0', (s: CurrentSurveyT) => ({ questionSetVersion: s.questionSetVersion, answers: answersFor(s, () => 0) }), 400, /1|tối thiểu|lớn hơn/u],
    ['an unknown question', (s: CurrentSurveyT) => ({ questionSetVersion: s.questionSetVersion, answers: [...answersFor(s), { questionId: 999999, value: 3 }] }), 400, /không thuộc phiếu/u],
    ['a question answered twice', (s: CurrentSurveyT) => ({ questionSetVersion: s.questionSetVersion, answers: [...answersFor(s), { questionId: s.questions[0].id, value: 3 }] }), 400, /một lần/u],
    ['a missing required answer', (s: CurrentSurveyT) => ({ questionSetVersion: s.questionSetVersion, answers: answersFor(s, (c) => (c === 'OVERALL' ? undefined : 4)) }), 400, /bắt buộc/u],
    ['an unknown version', (s: CurrentSurveyT) => ({ questionSetVersion: 99, answers: answersFor(s) }), 400, /phiên bản/u],
    ['an unknown expectation', (s: CurrentSurveyT) => ({ questionSetVersion: s.questionSetVersion, answers: answersFor(s), expectations: ['E99'] }), 400, /mong đợi/u],
    ['too many expectations', (s: CurrentSurveyT) => ({ questionSetVersion: s.questionSetVersion, answers: answersFor(s), expectations: s.expectations.slice(0, 4).map((e) => e.code) }), 400, /tối đa 3/u],
    ['no answer at all', (s: CurrentSurveyT) => ({ questionSetVersion: s.questionSetVersion, answers: [] }), 400, /./u],
    ['an unknown field', (s: CurrentSurveyT) => ({ questionSetVersion: s.questionSetVersion, answers: answersFor(s), name: 'Nguyễn Văn A' }), 400, /./u],
  ])('refuses %s with a clear 4xx and stores nothing', async (_name, make, status, message) => {
    const before = await stored();
    const res = await respond(t.app, make(survey), { unit: UNIT });
    expect(res.statusCode).toBe(status);
    expect(res.json().error.message).toMatch(message);
    expect(res.json().error.message).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/u);
    expect(await stored()).toEqual(before);
  });

  it('refuses, with a message and nothing stored, a PAKN code the unit never received (made up, or another unit\'s)', async () => {
    const before = await stored();
    for (const feedbackCode of ['PA-2612-ZZZZZ', 'không phải mã', await paknCode('binh-giang')]) {
      const res = await respond(t.app, { questionSetVersion: survey.questionSetVersion, answers: answersFor(survey), context: { feedbackCode } }, { unit: UNIT });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toContain('Không tìm thấy phản ánh, kiến nghị');
    }
    expect(await stored()).toEqual(before);
  });

  it('refuses a response without a device id or Zalo identity', async () => {
    const res = await respond(t.app, { questionSetVersion: survey.questionSetVersion, answers: answersFor(survey) }, { unit: UNIT, device: null });
    expect(res.statusCode).toBe(400);
  });

  it('slows a flood from one device with 429 and stores nothing more', async () => {
    const device = crypto.randomUUID();
    const statuses: number[] = [];
    const codes = [];
    for (let i = 0; i < 7; i++) codes.push(await paknCode());
    for (let i = 0; i < 7; i++) {
      const res = await respond(t.app, { questionSetVersion: survey.questionSetVersion, answers: answersFor(survey), context: { feedbackCode: codes[i] } }, { unit: UNIT, device });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const res = await respond(t.app, { questionSetVersion: survey.questionSetVersion, answers: answersFor(survey) }, { unit: UNIT, device });
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBeDefined();
    expect(res.json().error.message).toContain('Vui lòng thử lại');
  });
});

describe('the public API documentation', () => {
  it('lists the survey and the public figures in /docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs/json' });
    const paths = Object.keys(res.json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/units/{unit}/surveys/current', '/api/v1/units/{unit}/surveys/responses', '/api/v1/units/{unit}/satisfaction']));
  });
});
