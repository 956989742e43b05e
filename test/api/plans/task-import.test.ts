import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs, type OfficerHeaders } from '../../helpers/officers.ts';

let t: TestApp;
let officer: OfficerHeaders;
let other: OfficerHeaders;

beforeAll(async () => {
  t = await buildTestApp();
  officer = await loginAs(t.app, 'canbo.tu-minh');
  other = await loginAs(t.app, 'canbo.binh-giang');
});
afterAll(() => t?.close());

function form(bytes: Buffer, filename = 'nhiem-vu.xlsx') {
  const boundary = '----plans-import';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`;
  return { payload: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}
const upload = (bytes: Buffer, headers: OfficerHeaders = officer, unit = 'tu-minh') => {
  const { payload, contentType } = form(bytes);
  return t.app.inject({ method: 'POST', url: `/api/v1/console/units/${unit}/plans/import-tasks`, headers: { ...headers, 'content-type': contentType }, payload });
};

/** A sheet laid out like seed 002's appendix: a title, a two-row header with merged cells, group rows, a lead merged down. */
async function appendix(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Ghi chú').getCell('A1').value = 'Trang bìa';
  const ws = wb.addWorksheet('Phụ lục');
  ws.getCell('A1').value = 'PHỤ LỤC NHIỆM VỤ CỤ THỂ';
  ws.mergeCells('A1:G1');
  ws.getRow(3).values = ['TT', 'Nội dung nhiệm vụ', 'Sản phẩm', 'Thời gian thực hiện', '', 'Cơ quan chủ trì', 'Cơ quan phối hợp'];
  ws.getRow(4).values = ['', '', '', 'Bắt đầu', 'Hoàn thành', '', ''];
  for (const range of ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4', 'G3:G4']) ws.mergeCells(range);
  ws.getRow(5).values = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'];
  ws.getRow(6).values = ['I.', 'Tuyên truyền trên hệ thống truyền thanh'];
  ws.mergeCells('B6:G6');
  ws.getRow(7).values = [1, 'Xây dựng chuyên mục CCHC trên đài truyền thanh phường', { richText: [{ text: 'Tin, ' }, { text: 'bài' }] }, new Date(Date.UTC(2025, 6, 1)), new Date(Date.UTC(2025, 11, 31)), 'Phòng Văn hóa - Xã hội', 'Các tổ dân phố'];
  ws.getRow(8).values = [2, 'Phát file âm thanh về dịch vụ công trực tuyến', 'File âm thanh', 'Tháng 7/2025', 'Tháng 12/2025', '', 'Trung tâm phục vụ hành chính công'];
  ws.mergeCells('F7:F8');
  ws.getRow(9).values = ['II. Tuyên truyền trực quan'];
  ws.mergeCells('A9:G9');
  ws.getRow(10).values = [3, 'Treo băng rôn, khẩu hiệu tại trụ sở và các tuyến đường', 'Băng rôn', 'Quý III/2025', 'Quý III/2025', 'Văn phòng HĐND và UBND', ''];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('XLSX task import', () => {
  it('finds the header by its words, fills cells merged down, skips group and column-number rows', async () => {
    const res = await upload(await appendix());
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ sheet: 'Phụ lục', headerRow: 4 });
    expect(body.tasks).toEqual([
      { content: 'Xây dựng chuyên mục CCHC trên đài truyền thanh phường', lead: 'Phòng Văn hóa - Xã hội', partners: 'Các tổ dân phố', timeframe: '01/07/2025 – 31/12/2025', product: 'Tin, bài' },
      { content: 'Phát file âm thanh về dịch vụ công trực tuyến', lead: 'Phòng Văn hóa - Xã hội', partners: 'Trung tâm phục vụ hành chính công', timeframe: 'Tháng 7/2025 – Tháng 12/2025', product: 'File âm thanh' },
      { content: 'Treo băng rôn, khẩu hiệu tại trụ sở và các tuyến đường', lead: 'Văn phòng HĐND và UBND', partners: '', timeframe: 'Quý III/2025', product: 'Băng rôn' },
    ]);
    expect(body.groups).toEqual([
      { title: 'Tuyên truyền trên hệ thống truyền thanh', firstTask: 0 },
      { title: 'Tuyên truyền trực quan', firstTask: 2 },
    ]);
  });

  it('writes nothing and refuses other units (404), files that are not xlsx (415), sheets without the table (400)', async () => {
    expect((await upload(await appendix(), other)).statusCode).toBe(404);
    const notXlsx = await upload(Buffer.from('TT,Nội dung\n1,abc'));
    expect(notXlsx.statusCode).toBe(415);
    expect(notXlsx.json().error.message).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').getCell('A1').value = 'không có bảng';
    const noTable = await upload(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(noTable.statusCode).toBe(400);
    expect(noTable.json().error.message).toContain('Cơ quan chủ trì');
    const broken = await upload(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(broken.statusCode).toBe(400);
    const noFile = await t.app.inject({ method: 'POST', url: '/api/v1/console/units/tu-minh/plans/import-tasks', headers: { ...officer }, payload: {} });
    expect(noFile.statusCode).toBe(400);
  });
});
