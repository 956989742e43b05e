import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs, type OfficerHeaders } from '../../helpers/officers.ts';
import { fakeSources, kinhMon2025, type FakeData } from './report-fakes.ts';

const data: FakeData = { plans: [], counts: [], highlights: [], targets: new Map(), pakn: new Map() };
let t: TestApp;
let canbo: OfficerHeaders;
let admin: OfficerHeaders;
let other: OfficerHeaders;

beforeAll(async () => {
  t = await buildTestApp({}, undefined, { reportSources: fakeSources(data) });
  const unit = await t.database.db.selectFrom('units').select('id').where('slug', '=', 'kinh-mon').executeTakeFirstOrThrow();
  Object.assign(data, kinhMon2025(unit.id));
  canbo = await loginAs(t.app, 'canbo.kinh-mon');
  admin = await loginAs(t.app, 'admin.hai-phong');
  other = await loginAs(t.app, 'canbo.tu-minh');
});
afterAll(() => t.close());

const get = (url: string, headers: OfficerHeaders) => t.app.inject({ method: 'GET', url, headers: { ...headers } });

async function docxText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  return zip.file('word/document.xml')!.async('string');
}
const plain = (xml: string) => xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');

describe('the Kinh Môn 2025 report carries seed 001’s counts', () => {
  it('in the report model', async () => {
    const res = await get('/api/v1/console/units/kinh-mon/reports/2025', canbo);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.header.subject).toBe('Kết quả thực hiện công tác tuyên truyền cải cách hành chính năm 2025');
    expect(r.header.agency).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG KINH MÔN']);
    expect(r.direction.planSentence).toContain('Kế hoạch số 22/KH-UBND ngày 04/08/2025');
    const texts = r.channels.flatMap((c: { items: { text: string }[] }) => c.items.map((i) => i.text));
    expect(texts).toEqual(expect.arrayContaining(['60 tin, bài', '50 văn bản', '32 cái', '09 buổi, thu hút 550 lượt người tham dự', '120 học viên', '13 tổ', '21 buổi']));
    expect(r.targets.map((x: { done: number; required: number }) => `${x.done}/${x.required}`)).toContain('13/13');
    expect(r.missing).toEqual([]);
  });

  it('in the Word file: a valid .docx with the state header, Times New Roman, A4 and NĐ 30 margins', async () => {
    const res = await get('/api/v1/console/units/kinh-mon/reports/2025?format=docx', canbo);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="bao-cao-cchc-kinh-mon-2025.docx"; filename*=UTF-8''${encodeURIComponent('Báo cáo CCHC Phường Kinh Môn năm 2025.docx')}`,
    );
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const xml = await docxText(res.rawPayload);
    const text = plain(xml);
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'ỦY BAN NHÂN DÂN', 'PHƯỜNG KINH MÔN', '/BC-UBND', 'BÁO CÁO', 'Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN']) expect(text).toContain(s);
    for (const s of ['60 tin, bài', '50 văn bản', '32 cái', '09 buổi, thu hút 550 lượt người tham dự', '120 học viên', '13/13', '21 buổi']) expect(text).toContain(s);
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('w:val="both"'); // justified body
  });

  it('in the spreadsheet: the same numbers on the counts, targets and PAKN sheets', async () => {
    const res = await get('/api/v1/console/units/kinh-mon/reports/2025?format=xlsx', canbo);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Số liệu theo kênh', 'Chỉ tiêu', 'PAKN', 'Sự hài lòng']);
    const rows = (name: string) => {
      const out: unknown[][] = [];
      wb.getWorksheet(name)!.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
      return out;
    };
    const counts = rows('Số liệu theo kênh').map((r) => `${r[1]}|${r[2]}|${r[4]}`);
    expect(counts).toEqual(
      expect.arrayContaining([
        'Tin, bài|60|0',
        'Văn bản đăng tải|50|0',
        'Băng rôn, khẩu hiệu, pano|32|0',
        'Hội nghị, tọa đàm, buổi lồng ghép|9|550',
        'Lượt học viên được tập huấn|120|0',
        'Tổ công nghệ số cộng đồng hoạt động|13|0',
        'Buổi hỗ trợ người dân (dịch vụ công, chuyển đổi số)|21|0',
      ]),
    );
    expect(rows('Chỉ tiêu').map((r) => `${r[5]}/${r[6]}`)).toContain('13/13');
    expect(rows('PAKN').map((r) => `${r[0]}=${r[1]}`)).toEqual(expect.arrayContaining(['Tiếp nhận=48', 'Trả lời đúng hạn=43', 'Quá hạn=2']));
    expect(wb.getWorksheet('PAKN')!.getCell('A5').font.name).toBe('Times New Roman');
  });
});

describe('periods and missing data', () => {
  it('a period without a plan still generates and says what is missing', async () => {
    const res = await get('/api/v1/console/units/kinh-mon/reports/2024-Q2', canbo);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.missing).toContain('Chưa có kế hoạch tuyên truyền CCHC cho kỳ này.');
    expect(r.targets).toEqual([]);
    expect(r.satisfaction.text).toContain('Chưa có số liệu đánh giá');
    const docx = await get('/api/v1/console/units/kinh-mon/reports/2024-Q2?format=docx', canbo);
    expect(plain(await docxText(docx.rawPayload))).toContain('Chưa có kế hoạch tuyên truyền CCHC cho kỳ này');
  });

  it.each(['2026-13', 'abc', '2026-Q5', '1999'])('an invalid period key %s → 400 in Vietnamese', async (key) => {
    const res = await get(`/api/v1/console/units/kinh-mon/reports/${key}`, canbo);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('Kỳ báo cáo');
  });

  it('a month → 400: reports are by quarter, half-year or year', async () => {
    const res = await get('/api/v1/console/units/kinh-mon/reports/2026-03?format=docx', canbo);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('không theo tháng');
  });

  it('an unknown format → 400', async () => {
    expect((await get('/api/v1/console/units/kinh-mon/reports/2025?format=pdf', canbo)).statusCode).toBe(400);
  });
});

describe('who reads and writes', () => {
  it('another commune’s officer gets 404; the city reads every unit', async () => {
    expect((await get('/api/v1/console/units/kinh-mon/reports/2025', other)).statusCode).toBe(404);
    expect((await get('/api/v1/console/units/kinh-mon/reports/2025', admin)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/console/units/kinh-mon/reports/2025' })).statusCode).toBe(401);
  });
});

describe('editable texts', () => {
  const body = { direction: 'Đã họp phân công.', shortcomings: '- Còn chậm.', nextSteps: '- Đẩy mạnh.', number: '15/BC-UBND', signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', signerName: 'Nguyễn Văn A' };
  const url = '/api/v1/console/units/kinh-mon/reports/2025-H2/texts';

  it('saves with a version, a stale save is 409, and the report uses the texts', async () => {
    const first = await get(url, canbo);
    expect(first.json().version).toBe(0);
    const saved = await t.app.inject({ method: 'PUT', url, headers: { ...canbo }, payload: { ...body, version: 0 } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(1);
    const again = await t.app.inject({ method: 'PUT', url, headers: { ...canbo }, payload: { ...body, version: 0 } });
    expect(again.statusCode).toBe(409);
    const stale = await t.app.inject({ method: 'PUT', url, headers: { ...canbo }, payload: { ...body, direction: 'x', version: 5 } });
    expect(stale.statusCode).toBe(409);
    const next = await t.app.inject({ method: 'PUT', url, headers: { ...canbo }, payload: { ...body, direction: 'Bản hai.', version: 1 } });
    expect(next.json().version).toBe(2);
    const r = (await get('/api/v1/console/units/kinh-mon/reports/2025-H2', admin)).json();
    expect(r.direction.text).toBe('Bản hai.');
    expect(r.header.number).toBe('Số: 15/BC-UBND');
    expect(r.signer.title).toBe('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
    const docx = plain(await docxText((await get('/api/v1/console/units/kinh-mon/reports/2025-H2?format=docx', canbo)).rawPayload));
    expect(docx).toContain('Bản hai.');
    expect(docx).toContain('Nguyễn Văn A');
  });

  it('only the unit’s officers write: the city and other communes get 404; no CSRF → 403', async () => {
    expect((await t.app.inject({ method: 'PUT', url, headers: { ...admin }, payload: { ...body, version: 2 } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'PUT', url, headers: { ...other }, payload: { ...body, version: 2 } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'PUT', url, headers: { cookie: canbo.cookie }, payload: { ...body, version: 2 } })).statusCode).toBe(403);
    expect((await get(url, admin)).json().version).toBe(2);
  });

  it('rejects malformed bodies with 400, never 500', async () => {
    for (const payload of [{}, { ...body }, { ...body, version: -1 }, { ...body, version: 1, extra: 1 }, { ...body, number: 'x'.repeat(61), version: 1 }]) {
      expect((await t.app.inject({ method: 'PUT', url, headers: { ...canbo }, payload })).statusCode).toBe(400);
    }
  });
});

describe('due dates', () => {
  it('default: before the 5th of the period’s last month; the city administrator changes it; others may not', async () => {
    const rule = (await get('/api/v1/console/units/hai-phong/report-due', admin)).json();
    expect(rule).toMatchObject({ dayOfMonth: 5, monthRule: 'last_month', isDefault: true, version: 0 });
    const upcoming = (await get('/api/v1/console/units/kinh-mon/reports/upcoming', canbo)).json();
    for (const item of upcoming.items) expect(item.dueBefore.slice(5, 10)).toBe(`${item.period.to.slice(5, 7)}-05`);

    const leader = await loginAs(t.app, 'lanhdao.kinh-mon');
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/console/units/hai-phong/report-due', headers: { ...leader }, payload: { dayOfMonth: 10, monthRule: 'next_month', version: 0 } })).statusCode).toBe(403);
    const saved = await t.app.inject({ method: 'PUT', url: '/api/v1/console/units/hai-phong/report-due', headers: { ...admin }, payload: { dayOfMonth: 10, monthRule: 'next_month', version: 0 } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ dayOfMonth: 10, monthRule: 'next_month', version: 1, isDefault: false });
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/console/units/hai-phong/report-due', headers: { ...admin }, payload: { dayOfMonth: 12, monthRule: 'next_month', version: 0 } })).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/console/units/hai-phong/report-due', headers: { ...admin }, payload: { dayOfMonth: 31, monthRule: 'next_month', version: 1 } })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/console/units/kinh-mon/report-due', headers: { ...admin }, payload: { dayOfMonth: 10, monthRule: 'next_month', version: 0 } })).statusCode).toBe(404);

    // A commune's officer reads the city's rule through their own unit, as it now stands.
    const seen = await get('/api/v1/console/units/kinh-mon/report-due', canbo);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json()).toMatchObject({ unit: { slug: 'hai-phong' }, dayOfMonth: 10, monthRule: 'next_month', version: 1, isDefault: false });
    expect(seen.json().description).toContain('ngày 10');

    const after = (await get('/api/v1/console/units/kinh-mon/reports/upcoming', canbo)).json();
    for (const item of after.items) expect(item.dueBefore.slice(8, 10)).toBe('10');
  });
});
