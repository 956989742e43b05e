import crypto from 'node:crypto';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CurrentSurveyT, SatisfactionFiguresT } from '../../../shared/src/api/satisfaction.ts';
import { vietnamDay } from '../../../shared/src/plan/periods.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';

type OfficerHeaders = Record<string, string>;
import { answersFor, currentSurvey, respond } from './survey-fixtures.ts';

/**
 * The worked example, checked by hand. Ten responses today at xã Nam An Phụ (no other
 * response there), z = 1.959964, z² = 3.841459:
 *
 *  OVERALL  5 5 4 4 4 3 3 2 1 5 → n 10, satisfied (4–5) 6, share 0.6, mean 36/10 = 3.6.
 *           Wilson: 1 + z²/n = 1.3841459; centre = (0.6 + 0.1920729)/1.3841459 = 0.572249;
 *           half = z·√(0.024 + 0.0096036)/1.3841459 = 1.959964·0.183313/1.3841459 = 0.259573
 *           → [0.3127, 0.8318].
 *  F3.S     5 ×10 → share 1, mean 5; centre = 1.1920729/1.3841459 = 0.861235,
 *           half = z·√0.0096036/1.3841459 = 0.138766 → [0.7225, 1].
 *  F5.S     2 ×10 → share 0, mean 2; centre = 0.1920729/1.3841459 = 0.138766, half the same → [0, 0.2775].
 *  F1.S, F2.S, F4.S  4 ×10 → share 1, mean 4, [0.7225, 1].
 *  F2.C1    1 ×10 → mean 1: the weakest criterion; every other criterion 4.
 *
 *  N (one commune, one day): 300 dossiers/month × 1/30.4375 month = 9.856 → 10;
 *  required n = ⌈10/(1 + 10·0.05²)⌉ = ⌈9.756⌉ = 10 → 10 answers are enough (not flagged).
 *  Over the 30 days up to today N = 296, required ⌈296/1.74⌉ = 171 → flagged.
 *  By procedure: four responses name 1.001193 (Hộ tịch) with overall 5 5 4 4 → share 1;
 *  the six others name none: 4 3 3 2 1 5 → 2/6 = 0.3333.
 */
const UNIT = 'nam-an-phu';
const OVERALL = [5, 5, 4, 4, 4, 3, 3, 2, 1, 5];
const PHONE = '0912 345 678';
let t: TestApp;
let logs = '';
let survey: CurrentSurveyT;
let officer: OfficerHeaders;
let leader: OfficerHeaders;
const today = vietnamDay(new Date());

beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk) => (logs += chunk.toString()));
  t = await buildTestApp({ logLevel: 'trace', secretKey: 'test-secret-key-of-at-least-32-characters' }, stream);
  survey = await currentSurvey(t.app, UNIT);
  for (const [i, overall] of OVERALL.entries()) {
    const value = (code: string) => {
      if (code === 'OVERALL') return overall;
      if (code === 'F3.S') return 5;
      if (code === 'F5.S') return 2;
      if (code === 'F2.C1') return 1;
      return 4;
    };
    const res = await respond(t.app, {
      questionSetVersion: survey.questionSetVersion,
      answers: answersFor(survey, value),
      expectations: i < 3 ? ['E4', 'E6'] : ['E4'],
      ...(i === 0 ? { comment: `Cán bộ rất nhiệt tình. Có gì gọi tôi số ${PHONE}.` } : {}),
      context: i < 4 ? { procedureCode: '1.001193', desk: 'Quầy 1' } : { desk: `Quầy ${i}` },
    }, { unit: UNIT });
    if (res.statusCode !== 201) throw new Error(res.body);
  }
  officer = { ...(await loginAs(t.app, `canbo.${UNIT}`)) };
  leader = { ...(await loginAs(t.app, `lanhdao.${UNIT}`)) };
});
afterAll(() => t?.close());

async function figures(query: string, who: OfficerHeaders = officer, unit = UNIT): Promise<SatisfactionFiguresT> {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/console/units/${unit}/satisfaction?${query}`, headers: who });
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json();
}

describe('the worked example', () => {
  it('gives the exact shares, means and Wilson intervals', async () => {
    const f = await figures(`from=${today}&to=${today}`);
    expect(f.responses).toBe(10);
    expect(f.overall).toEqual({ n: 10, satisfied: 6, share: 0.6, ci: { low: 0.3127, high: 0.8318 }, mean: 3.6, population: 10, requiredSample: 10, lowSample: false });
    const byFactor = Object.fromEntries(f.factors.map((x) => [x.factor, x]));
    expect(byFactor[3]).toMatchObject({ n: 10, satisfied: 10, share: 1, ci: { low: 0.7225, high: 1 }, mean: 5 });
    expect(byFactor[5]).toMatchObject({ n: 10, satisfied: 0, share: 0, ci: { low: 0, high: 0.2775 }, mean: 2 });
    for (const factor of [1, 2, 4]) expect(byFactor[factor]).toMatchObject({ n: 10, share: 1, mean: 4 });
    expect(f.weakest[0]).toMatchObject({ code: 'F2.C1', n: 10, mean: 1, share: 0 });
    expect(f.expectations[0]).toEqual({ code: 'E4', text: 'Rút ngắn thời gian giải quyết', count: 10 });
    expect(f.expectations[1]).toMatchObject({ code: 'E6', count: 3 });
    expect(f.byUnit).toEqual([expect.objectContaining({ key: UNIT, n: 10, share: 0.6 })]);
    expect(f.byProcedure).toEqual([
      expect.objectContaining({ key: '', name: 'Không ghi thủ tục', n: 6, satisfied: 2, share: 0.3333 }),
      expect.objectContaining({ key: '1.001193', n: 4, share: 1 }),
    ]);
    expect(f.byField).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'Hộ tịch', n: 4, share: 1 })]));
    expect(f.ratios.tthcSatisfied).toMatchObject({ numerator: 8, denominator: 10, ratio: 0.8 });
    expect(f.trend.at(-1)).toMatchObject({ period: today.slice(0, 7), responses: 10, overall: expect.objectContaining({ n: 10, share: 0.6 }) });
  });

  it('flags a sample below N/(1+N·e²)', async () => {
    const from = new Date(Date.parse(`${today}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
    const f = await figures(`from=${from}&to=${today}`);
    expect(f.overall).toMatchObject({ n: 10, population: 296, requiredSample: 171, lowSample: true });
  });

  it('the city sees its communes, one row each', async () => {
    const admin: OfficerHeaders = { ...(await loginAs(t.app, 'admin.hai-phong')) };
    const f = await figures(`from=${today}&to=${today}`, admin, 'hai-phong');
    expect(f.byUnit.find((u) => u.key === UNIT)).toMatchObject({ n: 10, share: 0.6 });
    expect(f.byUnit.length).toBeGreaterThan(5);
    // The city's own figures come from the sums the triggers roll up under it: the same as its communes added up.
    expect(f.overall.n).toBe(f.byUnit.reduce((n, u) => n + u.n, 0));
    expect(f.overall.satisfied).toBe(f.byUnit.reduce((n, u) => n + u.satisfied, 0));
  });

  it('another commune’s officer learns nothing (404)', async () => {
    const other: OfficerHeaders = { ...(await loginAs(t.app, 'canbo.binh-giang')) };
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/console/units/${UNIT}/satisfaction`, headers: other });
    expect(res.statusCode).toBe(404);
  });

  it('exports the same figures as XLSX', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/console/units/${UNIT}/satisfaction/export?from=${today}&to=${today}`, headers: officer });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const sheet = wb.getWorksheet('Chỉ số')!;
    const overall = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === 'Chỉ số hài lòng chung')!;
    expect([overall.getCell(2).value, overall.getCell(3).value, overall.getCell(4).value, overall.getCell(5).value, overall.getCell(6).value]).toEqual([10, 6, 60, 31.3, 83.2]);
    expect(JSON.stringify(sheet.getSheetValues())).not.toContain(PHONE);
  });
});

describe('comments and personal data', () => {
  it('lists comments to the unit’s officers', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/console/units/${UNIT}/satisfaction/comments?from=${today}&to=${today}`, headers: officer });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 1, items: [{ comment: expect.stringContaining(PHONE), overall: 5, procedureCode: '1.001193', questionSetVersion: 1 }] });
  });

  it('shows public figures only once the commune publishes, never a comment; the phone is never logged', async () => {
    const closed = await t.app.inject({ method: 'GET', url: `/api/v1/units/${UNIT}/satisfaction` });
    expect(closed.statusCode).toBe(404);
    expect(closed.json().error.message).toContain('chưa công khai');
    // An officer may not publish; a leader may.
    expect((await t.app.inject({ method: 'PUT', url: `/api/v1/console/units/${UNIT}/satisfaction/publication`, headers: officer, payload: { publish: true } })).statusCode).toBe(403);
    const put = await t.app.inject({ method: 'PUT', url: `/api/v1/console/units/${UNIT}/satisfaction/publication`, headers: leader, payload: { publish: true } });
    expect(put.json()).toEqual({ publish: true });
    const open = await t.app.inject({ method: 'GET', url: `/api/v1/units/${UNIT}/satisfaction?from=${today}&to=${today}` });
    expect(open.statusCode).toBe(200);
    const body = open.json();
    expect(body.overall).toMatchObject({ n: 10, share: 0.6, ci: { low: 0.3127, high: 0.8318 } });
    expect(body.factors).toHaveLength(5);
    expect(Object.keys(body).sort()).toEqual(['factors', 'from', 'overall', 'ratios', 'responses', 'to', 'unit']);
    expect(open.body).not.toContain(PHONE);
    expect(open.body).not.toContain('nhiệt tình');
    expect(logs).not.toContain(PHONE);
    expect(logs).not.toContain('0912345678');
  });

  it('in the demo, xã Bình Giang publishes a few hundred responses and the others do not', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/units/binh-giang/satisfaction' });
    expect(res.statusCode).toBe(200);
    expect(res.json().responses).toBeGreaterThanOrEqual(200);
    expect(res.json().overall.share).toBeGreaterThan(0.5);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/units/kinh-mon/satisfaction' })).statusCode).toBe(404);
  });

  it('refuses a bad range with a Vietnamese 400', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/units/binh-giang/satisfaction?from=${today}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('ngày');
  });
});

describe('a new question-set version', () => {
  it('keeps old answers readable, refuses answers to the closed version, counts both by code', async () => {
    const admin: OfficerHeaders = { ...(await loginAs(t.app, 'admin.hai-phong')) };
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/console/satisfaction/question-sets', headers: officer })).statusCode).toBe(403);
    const draft = await t.app.inject({ method: 'POST', url: '/api/v1/console/satisfaction/question-sets', headers: admin });
    expect(draft.statusCode).toBe(201);
    const d = draft.json();
    expect(d).toMatchObject({ version: 2, status: 'draft' });
    const questions = d.questions.map(({ code, factor, kind, text, required }: Record<string, unknown>) => ({ code, factor, kind, text, required }));
    questions[0].text = 'Nơi đón tiếp sạch sẽ, đủ chỗ ngồi';
    const input = { title: d.title, intro: d.intro, source: d.source, expectations: d.expectations, questions };
    // A code keeps its kind across versions.
    const clash = await t.app.inject({ method: 'PUT', url: `/api/v1/console/satisfaction/question-sets/${d.id}`, headers: admin, payload: { ...input, questions: [...questions, { code: 'F1.C1', factor: 1, kind: 'satisfaction', text: 'Trùng mã', required: true }] } });
    expect(clash.statusCode).toBe(400);
    const noOverall = await t.app.inject({ method: 'PUT', url: `/api/v1/console/satisfaction/question-sets/${d.id}`, headers: admin, payload: { ...input, questions: questions.filter((q: { kind: string }) => q.kind !== 'overall') } });
    expect(noOverall.statusCode).toBe(400);
    expect(noOverall.json().error.message).toContain('hài lòng chung');
    expect((await t.app.inject({ method: 'PUT', url: `/api/v1/console/satisfaction/question-sets/${d.id}`, headers: admin, payload: input })).statusCode).toBe(200);
    const opened = await t.app.inject({ method: 'POST', url: `/api/v1/console/satisfaction/question-sets/${d.id}/open`, headers: admin });
    expect(opened.json()).toMatchObject({ version: 2, status: 'open' });

    const old = await respond(t.app, { questionSetVersion: 1, answers: answersFor(survey) }, { unit: UNIT });
    expect(old.statusCode).toBe(409);
    expect(old.json().error.message).toContain('phiếu mới');
    const next = await currentSurvey(t.app, UNIT);
    expect(next.questionSetVersion).toBe(2);
    expect(next.questions[0].text).toBe('Nơi đón tiếp sạch sẽ, đủ chỗ ngồi');
    expect((await respond(t.app, { questionSetVersion: 2, answers: answersFor(next, () => 5) }, { unit: UNIT, device: crypto.randomUUID() })).statusCode).toBe(201);

    const f = await figures(`from=${today}&to=${today}`);
    // 10 answers of version 1 and 1 of version 2 meet on the codes: 7 of 11 satisfied.
    expect(f.overall).toMatchObject({ n: 11, satisfied: 7 });
    expect(f.criteria.find((c) => c.code === 'F1.C1')).toMatchObject({ n: 11, text: 'Nơi đón tiếp sạch sẽ, đủ chỗ ngồi' });
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/console/satisfaction/question-sets', headers: admin });
    expect(list.json().items.map((s: { version: number; status: string }) => [s.version, s.status])).toEqual([[2, 'open'], [1, 'closed']]);
    const v1 = await t.app.inject({ method: 'GET', url: `/api/v1/console/satisfaction/question-sets/${list.json().items[1].id}`, headers: admin });
    expect(v1.json().questions[0].text).not.toBe('Nơi đón tiếp sạch sẽ, đủ chỗ ngồi');
    expect(v1.json().responses).toBeGreaterThanOrEqual(10);
    // An open version is never edited.
    expect((await t.app.inject({ method: 'PUT', url: `/api/v1/console/satisfaction/question-sets/${d.id}`, headers: admin, payload: input })).statusCode).toBe(409);
  });
});
