import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamDay } from '../../../shared/src/plan/periods.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';

/** The periodic report's satisfaction section, drawn from the satisfaction service (Bình Giang's demo responses). */
let t: TestApp;
let officer: Record<string, string>;
const year = vietnamDay(new Date()).slice(0, 4);
const url = (format: string) => `/api/v1/console/units/binh-giang/reports/${year}?format=${format}`;

beforeAll(async () => {
  t = await buildTestApp();
  officer = { ...(await loginAs(t.app, 'canbo.binh-giang')) };
});
afterAll(() => t?.close());

describe('the report’s satisfaction section', () => {
  it('carries the SIPAS index, its factors and the 766 ratios (json, docx, xlsx)', async () => {
    const json = (await t.app.inject({ method: 'GET', url: url('json'), headers: officer })).json();
    expect(json.sipas.responses).toBeGreaterThanOrEqual(200);
    expect(json.sipas.factors).toHaveLength(5);
    expect(json.sipasLines[0]).toMatch(/^Qua \d+ phiếu khảo sát sự hài lòng theo mô hình SIPAS, chỉ số hài lòng chung đạt \d+,\d%/);
    expect(json.sipasLines.join(' ')).toContain('Quyết định số 766/QĐ-TTg');

    const docx = await t.app.inject({ method: 'GET', url: url('docx'), headers: officer });
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('khảo sát theo SIPAS');
    expect(text).toContain(json.sipasLines[0]);

    const xlsx = await t.app.inject({ method: 'GET', url: url('xlsx'), headers: officer });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as never);
    const sheet = wb.getWorksheet('Sự hài lòng')!;
    const overall = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === 'Chỉ số hài lòng chung')!;
    expect(overall.getCell(2).value).toBe(json.sipas.overall.n);
    expect(overall.getCell(3).value).toBe(json.sipas.overall.share);
  });
});
