import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs, type OfficerHeaders } from '../../helpers/officers.ts';
import { tinyJpeg, tinyPng } from '../../helpers/test-images.ts';
import { multipart } from '../feedback/feedback-fixtures.ts';

let t: TestApp;
let officer: OfficerHeaders;
let otherUnit: OfficerHeaders;
let cityAdmin: OfficerHeaders;

beforeAll(async () => {
  t = await buildTestApp();
  officer = await loginAs(t.app, 'canbo.vinh-bao');
  otherUnit = await loginAs(t.app, 'canbo.nam-an-phu');
  cityAdmin = await loginAs(t.app, 'admin.hai-phong');
  // An activity must fall inside one of the unit's plans: Vĩnh Bảo gets its 2026 plan.
  const plan = await t.app.inject({
    method: 'POST',
    url: '/api/v1/console/units/vinh-bao/plans',
    headers: { ...officer },
    payload: { number: '12/KH-UBND', signedOn: '2026-01-05', title: 'Kế hoạch tuyên truyền CCHC năm 2026', legalBasis: [], from: '2026-01-01', to: '2026-12-31', tasks: [], targets: [] },
  });
  expect(plan.statusCode).toBe(201);
});
afterAll(() => t?.close());

const URL = '/api/v1/console/units/vinh-bao/activities';
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const call = (method: Method, url: string, headers: Partial<OfficerHeaders>, payload?: object) =>
  t.app.inject({ method, url: `${URL}${url}`, headers, ...(payload ? { payload } : {}) });

const meeting = { day: '2026-11-10', channel: 'hoi_nghi', kind: 'hoi_nghi', title: 'Hội nghị tuyên truyền CCHC lồng ghép họp thôn', attendees: 85, office: 'Phòng Văn hóa - Xã hội' };

const sendFile = (id: number, data: Buffer, filename: string, contentType: string, headers: Partial<OfficerHeaders> = officer) => {
  const body = multipart([{ name: 'file', filename, contentType, data }]);
  return t.app.inject({ method: 'PUT', url: `${URL}/${id}/evidence`, headers: { ...headers, 'content-type': body.contentType }, payload: body.payload });
};

describe('one activity', () => {
  it('is created (count 1 by default), listed in its month, edited with its version and deleted', async () => {
    const created = await call('POST', '', officer, meeting);
    expect(created.statusCode).toBe(201);
    const a = created.json();
    expect(a).toMatchObject({ ...meeting, count: 1, link: null, batchMonth: null, evidence: null, version: 1 });

    const list = (await call('GET', '?period=2026-11&channel=hoi_nghi', officer)).json();
    expect(list.items.map((x: { id: number }) => x.id)).toContain(a.id);
    expect(list.totals.attendees).toBeGreaterThanOrEqual(85);
    expect((await call('GET', '?period=2026-10&channel=hoi_nghi', officer)).json().items.map((x: { id: number }) => x.id)).not.toContain(a.id);

    const edited = await call('PUT', `/${a.id}`, officer, { ...meeting, attendees: 90, version: 1 });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ attendees: 90, version: 2 });

    const stale = await call('PUT', `/${a.id}`, officer, { ...meeting, attendees: 95, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/tải lại/);
    expect((await call('GET', `/${a.id}`, officer)).json().attendees).toBe(90);

    expect((await call('DELETE', `/${a.id}`, officer)).statusCode).toBe(204);
    expect((await call('GET', `/${a.id}`, officer)).statusCode).toBe(404);
  });

  it('the city reads the unit’s activities; another commune neither reads nor writes them', async () => {
    const a = (await call('POST', '', officer, meeting)).json();
    expect((await call('GET', `/${a.id}`, cityAdmin)).statusCode).toBe(200);
    expect((await call('GET', '', otherUnit)).statusCode).toBe(404);
    expect((await call('POST', '', otherUnit, meeting)).statusCode).toBe(404);
    expect((await call('DELETE', `/${a.id}`, otherUnit)).statusCode).toBe(404);
    expect((await call('POST', '', cityAdmin, meeting)).statusCode).toBe(404);
  });

  it.each([
    ['a day in the future', { ...meeting, day: '2099-01-05' }, /tương lai/],
    ['a negative count', { ...meeting, count: -1 }],
    ['absurd attendance', { ...meeting, attendees: 100001 }],
    ['a javascript: link', { ...meeting, link: 'javascript:alert(1)' }],
    ['an unknown channel', { ...meeting, channel: 'tivi' }],
    ['a day that is not a date', { ...meeting, day: '2026-02-30x' }],
  ])('refuses %s with 400 and a Vietnamese message', async (_name, body, message?: RegExp) => {
    const res = await call('POST', '', officer, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    if (message) expect(res.json().error.message).toMatch(message);
  });

  it('takes an http(s) link as evidence', async () => {
    const res = await call('POST', '', officer, { ...meeting, link: 'https://vinhbao.haiphong.gov.vn/tin-tuc/hoi-nghi-cchc' });
    expect(res.statusCode).toBe(201);
    expect(res.json().link).toBe('https://vinhbao.haiphong.gov.vn/tin-tuc/hoi-nghi-cchc');
  });
});

describe('evidence files', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

  it('stores a PDF checked by its content and serves it to the unit and the city only', async () => {
    const a = (await call('POST', '', officer, meeting)).json();
    const res = await sendFile(a.id, pdf, 'Biên bản hội nghị.pdf', 'application/pdf');
    expect(res.statusCode).toBe(200);
    expect(res.json().evidence).toMatchObject({ fileName: 'Biên bản hội nghị.pdf', contentType: 'application/pdf', sizeBytes: pdf.length });
    const url = res.json().evidence.url;
    const got = await t.app.inject({ method: 'GET', url, headers: { ...officer } });
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.rawPayload.equals(pdf)).toBe(true);
    expect((await t.app.inject({ method: 'GET', url, headers: { ...cityAdmin } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url, headers: { ...otherUnit } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it.each([
    ['a PNG named .jpg', () => tinyPng(), 'anh.jpg', 'image/jpeg'],
    ['a JPEG sent as application/pdf', () => tinyJpeg(), 'anh.jpg', 'application/pdf'],
    ['a PDF named .docx', () => Buffer.from('%PDF-1.4\n%%EOF\n'), 'bao-cao.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['a text file named .mp3', () => Buffer.from('đây không phải âm thanh'.repeat(20)), 'tin.mp3', 'audio/mpeg'],
    ['an HTML page named .pdf', () => Buffer.from('<html><script>alert(1)</script></html>'), 'x.pdf', 'application/pdf'],
  ])('refuses %s with 415', async (_name, bytes, filename, contentType) => {
    const a = (await call('POST', '', officer, meeting)).json();
    const res = await sendFile(a.id, bytes(), filename, contentType);
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toMatch(/không/);
    expect((await call('GET', `/${a.id}`, officer)).json().evidence).toBeNull();
  });

  it('refuses a file over the size cap with 413', async () => {
    const a = (await call('POST', '', officer, meeting)).json();
    const big = Buffer.concat([tinyJpeg(), Buffer.alloc(20 * 1024 * 1024)]);
    const res = await sendFile(a.id, big, 'anh.jpg', 'image/jpeg');
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toMatch(/MB/);
  });

  it('another commune cannot attach a file to the unit’s activity', async () => {
    const a = (await call('POST', '', officer, meeting)).json();
    expect((await sendFile(a.id, tinyJpeg(), 'anh.jpg', 'image/jpeg', otherUnit)).statusCode).toBe(404);
  });
});

describe('monthly batch per office', () => {
  const batch = {
    office: 'Phòng Văn hóa - Xã hội',
    rows: [
      { channel: 'dai_truyen_thanh', kind: 'tin_bai', count: 4 },
      { channel: 'truc_quan', kind: 'bang_ron', count: 3, title: 'Băng rôn tuyên truyền CCHC' },
      { channel: 'hoi_nghi', kind: 'hoc_vien', count: 0 },
    ],
  };
  const radioIn = async (month: string) => (await call('GET', `?period=${month}&channel=dai_truyen_thanh&kind=tin_bai`, officer)).json().totals.count;

  it('is stored as one entry per row on the month’s last day; re-sending replaces it, never adds', async () => {
    const first = await call('PUT', '/batches/2026-10', officer, batch);
    expect(first.statusCode).toBe(200);
    expect(first.json().day).toBe('2026-10-31');
    expect(first.json().items).toHaveLength(2);
    expect(first.json().items[1]).toMatchObject({ title: 'Băng rôn tuyên truyền CCHC', batchMonth: '2026-10', office: 'Phòng Văn hóa - Xã hội' });
    expect(await radioIn('2026-10')).toBe(4);

    const again = await call('PUT', '/batches/2026-10', officer, { ...batch, office: '  phòng văn hóa -  xã hội ', rows: [{ channel: 'dai_truyen_thanh', kind: 'tin_bai', count: 6 }] });
    expect(again.statusCode).toBe(200);
    expect(await radioIn('2026-10')).toBe(6);
    const month = (await call('GET', '/batches/2026-10', officer)).json();
    expect(month.batches).toHaveLength(1);
    expect(month.batches[0].items).toHaveLength(1);

    // Another office's batch for the same month stands beside it.
    await call('PUT', '/batches/2026-10', officer, { office: 'Văn phòng HĐND và UBND', rows: [{ channel: 'dai_truyen_thanh', kind: 'tin_bai', count: 2 }] });
    expect(await radioIn('2026-10')).toBe(8);
  });

  it('two senders of the same batch at once end with one batch', async () => {
    const send = (count: number) => call('PUT', '/batches/2026-09', officer, { office: 'Phòng Kinh tế', rows: [{ channel: 'fanpage', kind: 'tin_bai', count }] });
    const results = await Promise.all([send(5), send(7), send(5)]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    const month = (await call('GET', '/batches/2026-09', officer)).json();
    expect(month.batches).toHaveLength(1);
    expect(month.batches[0].items).toHaveLength(1);
    expect([5, 7]).toContain(month.batches[0].items[0].count);
  });

  it('the current month’s batch is dated today; a future month, a duplicate row or a bad month is refused', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const current = await call('PUT', `/batches/${today.slice(0, 7)}`, officer, batch);
    expect(current.json().day).toBe(today);
    const future = await call('PUT', '/batches/2099-01', officer, batch);
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toMatch(/chưa bắt đầu/);
    const dup = await call('PUT', '/batches/2026-08', officer, { office: 'Phòng Kinh tế', rows: [batch.rows[0], batch.rows[0]] });
    expect(dup.statusCode).toBe(400);
    expect((await call('PUT', '/batches/2026-13', officer, batch)).statusCode).toBe(400);
    expect((await call('PUT', '/batches/2026-08', officer, { ...batch, rows: [{ channel: 'fanpage', kind: 'tin_bai', count: -2 }] })).statusCode).toBe(400);
  });
});
