import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs, type OfficerHeaders } from '../../helpers/officers.ts';

// The real wiring: the demo's Kinh Môn 2025 plan and activity, as seed 001 counts them,
// reach the generated report through plans, activities, articles, progress and figures.
let t: TestApp;
let canbo: OfficerHeaders;

beforeAll(async () => {
  t = await buildTestApp();
  canbo = await loginAs(t.app, 'canbo.kinh-mon');
});
afterAll(() => t.close());

const SEED_001 = ['60 tin, bài', '50 văn bản', '32 cái', '09 buổi, thu hút 550 lượt người tham dự', '120 học viên', '13 tổ', '21 buổi'];
const get = (format: string) => t.app.inject({ method: 'GET', url: `/api/v1/console/units/kinh-mon/reports/2025?format=${format}`, headers: { ...canbo } });

describe('the demo Kinh Môn 2025 report', () => {
  it('carries seed 001’s counts and its plan in the report model', async () => {
    const res = await get('json');
    expect(res.statusCode).toBe(200);
    const r = res.json();
    const texts = r.channels.flatMap((c: { items: { text: string }[] }) => c.items.map((i) => i.text));
    expect(texts).toEqual(expect.arrayContaining(SEED_001));
    expect(r.targets.map((x: { done: number; required: number }) => `${x.done}/${x.required}`)).toContain('13/13');
    expect(r.missing).not.toContain('Chưa có kế hoạch tuyên truyền CCHC cho kỳ này.');
  });

  it('carries them in the Word file and the spreadsheet', async () => {
    const docx = await get('docx');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const xml = await JSZip.loadAsync(docx.rawPayload).then((z) => z.file('word/document.xml')!.async('string'));
    const text = xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    for (const s of [...SEED_001, '13/13']) expect(text).toContain(s);

    const xlsx = await get('xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as never);
    const counts: string[] = [];
    wb.getWorksheet('Số liệu theo kênh')!.eachRow((row) => {
      const v = (row.values as unknown[]).slice(1);
      counts.push(`${v[2]}|${v[4]}`);
    });
    for (const n of ['60|0', '50|0', '32|0', '9|550', '120|0', '13|0', '21|0']) expect(counts).toContain(n);
  });
});
