/**
 * The empty table a commune fills in to import procedures: exactly the Vietnamese headers the importer
 * reads (table-record.ts), as CSV (UTF-8 with BOM, so Excel shows the diacritics) or XLSX (exceljs, as the reports).
 */
import { newWorkbook } from '../../lib/spreadsheet.ts';
import { TEMPLATE_HEADERS } from './table-record.ts';

export type TemplateFormat = 'csv' | 'xlsx';

export const TEMPLATE_FILE_NAME = 'mau-nhap-thu-tuc';

const headers = () => TEMPLATE_HEADERS.map(([, label]) => label);
const csvCell = (text: string) => (/[",\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

export async function importTemplate(format: TemplateFormat): Promise<{ bytes: Buffer; contentType: string; fileName: string }> {
  if (format === 'csv') {
    return {
      bytes: Buffer.from(`\uFEFF${headers().map(csvCell).join(',')}\r\n`, 'utf8'),
      contentType: 'text/csv; charset=utf-8',
      fileName: `${TEMPLATE_FILE_NAME}.csv`,
    };
  }
  const wb = await newWorkbook();
  const ws = wb.addWorksheet('Thủ tục');
  ws.columns = headers().map((header) => ({ header, width: Math.max(16, header.length + 4) }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return {
    bytes: Buffer.from(await wb.xlsx.writeBuffer()),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: `${TEMPLATE_FILE_NAME}.xlsx`,
  };
}
