import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';
import { act, buildFeedbackApp, listFiles, multipart, submit, topicIds, validBody, type OfficerHeaders } from './feedback-fixtures.ts';
import path from 'node:path';

/** Issue 11: the signed văn bản trả lời (PDF) attached to the answer. */
let t: TestApp & { dataDir: string };
let topics: number[];
let officer: OfficerHeaders;
let leader: OfficerHeaders;
let stranger: OfficerHeaders;
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n%%EOF\n');

beforeAll(async () => {
  t = await buildFeedbackApp();
  topics = await topicIds(t.app);
  officer = { ...(await loginAs(t.app, 'canbo.binh-giang')) };
  leader = { ...(await loginAs(t.app, 'lanhdao.binh-giang')) };
  stranger = { ...(await loginAs(t.app, 'canbo.kinh-mon')) };
});
afterAll(() => t?.close());

async function accepted() {
  const { code, accessKey } = (await submit(t.app, validBody(topics[0]!))).json() as { code: string; accessKey: string };
  expect((await act(t.app, officer, code, { action: 'accept', field: 'Giao thông', severity: 'binh_thuong' })).statusCode).toBe(200);
  return { code, accessKey };
}
function attach(who: OfficerHeaders, code: string, bytes: Buffer, filename = 'tra-loi.pdf') {
  const body = multipart([{ name: 'file', filename, contentType: 'application/pdf', data: bytes }]);
  return t.app.inject({ method: 'POST', url: `/api/v1/console/feedback/${code}/answer-document`, headers: { ...who, 'content-type': body.contentType }, payload: body.payload });
}
const pdfFiles = () => listFiles(path.join(t.dataDir, 'uploads')).filter((f) => f.endsWith('.pdf'));

describe('the signed answer document', () => {
  it('takes a PDF only, by its bytes, from the desk of the unit; a newer one replaces the file', async () => {
    const { code } = await accepted();
    const before = pdfFiles().length;
    const fake = await attach(officer, code, Buffer.from('<html>not a pdf</html>'));
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.message).toContain('phải là tệp PDF');
    expect((await attach(stranger, code, PDF)).statusCode).toBe(404);
    expect((await attach(leader, code, PDF)).statusCode).toBe(403);
    expect(pdfFiles().length).toBe(before);

    const ok = await attach(officer, code, PDF, 'CV 215.pdf');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().answerDocument).toMatchObject({ name: 'CV 215.pdf', bytes: PDF.length, public: false });
    const again = await attach(officer, code, Buffer.concat([PDF, Buffer.from('% v2\n')]), 'CV 215 v2.pdf');
    expect(again.json().answerDocument.name).toBe('CV 215 v2.pdf');
    expect(pdfFiles().length).toBe(before + 1);
    const file = await t.app.inject({ method: 'GET', url: `/api/v1/console/feedback/${code}/answer-document`, headers: officer });
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a file over 10 MB with a 413 in words', async () => {
    const { code } = await accepted();
    const big = await attach(officer, code, Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1, 0x20)]));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toContain('10 MB');
  });

  it('reaches the citizen by a signed link once answered, and the public only when the leader publishes it', async () => {
    const { code, accessKey } = await accepted();
    await attach(officer, code, PDF);
    const track = async () => (await t.app.inject({ method: 'GET', url: `/api/v1/feedback/${code}`, headers: { 'x-access-key': accessKey } })).json();
    expect((await track()).answerDocument).toBeNull();
    await act(t.app, officer, code, { action: 'draft_answer', answer: 'Xã đã lắp biển báo, xem văn bản kèm theo.', submit: true });
    expect((await act(t.app, leader, code, { action: 'approve', publish: true })).statusCode).toBe(200);
    const doc = (await track()).answerDocument;
    expect(doc.url).toMatch(new RegExp(`^/api/v1/feedback/${code}/answer-document\\?exp=\\d+&sig=`));
    expect((await t.app.inject({ method: 'GET', url: doc.url })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: doc.url.replace(/sig=.{4}/, 'sig=AAAA') })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/public/feedback/${code}/answer-document` })).statusCode).toBe(404);

    expect((await act(t.app, leader, code, { action: 'publish', publish: true, publishDocument: true })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/public/feedback/${code}/answer-document` })).statusCode).toBe(200);
    expect((await act(t.app, leader, code, { action: 'publish', publish: false })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/public/feedback/${code}/answer-document` })).statusCode).toBe(404);
  });
});
