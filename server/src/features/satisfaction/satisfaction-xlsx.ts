/**
 * The console's satisfaction figures as a workbook (exceljs, as the periodic report): the
 * indices with n, the 95 % interval and the sample flag, the 766 ratios, criteria, by commune,
 * procedure and lĩnh vực, the trend. No comment (they may hold personal data).
 */
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../lib/spreadsheet.ts';
import type { IndexFigureT, SatisfactionFiguresT } from '@cchc/shared/api/satisfaction';

const FONT = { name: 'Times New Roman', size: 12 };
const pct = (x: number | null) => (x === null ? '' : Math.round(x * 1000) / 10);
const dmy = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

const INDEX_HEADERS = ['Số phiếu (n)', 'Hài lòng (4–5)', 'Tỷ lệ hài lòng (%)', 'KTC 95% từ (%)', 'KTC 95% đến (%)', 'Điểm trung bình', 'Cỡ mẫu cần', 'Mẫu nhỏ'];
const indexCells = (f: IndexFigureT) => [f.n, f.satisfied, pct(f.share), pct(f.ci?.low ?? null), pct(f.ci?.high ?? null), f.mean ?? '', f.requiredSample ?? '', f.lowSample ? 'Có' : ''];

function sheet(wb: ExcelJS.Workbook, name: string, title: string, f: SatisfactionFiguresT, headers: string[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.columns = headers.map((_, i) => ({ width: i === 0 ? 48 : 16 }));
  ws.addRow([`${f.unit.name} — ${title}`]).font = { ...FONT, bold: true, size: 13 };
  ws.addRow([`Từ ngày ${dmy(f.from)} đến ngày ${dmy(f.to)}; ${f.responses} phiếu khảo sát`]).font = FONT;
  ws.addRow([]);
  const head = ws.addRow(headers);
  head.font = { ...FONT, bold: true };
  head.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  return ws;
}

export async function satisfactionXlsx(f: SatisfactionFiguresT): Promise<Buffer> {
  const wb = await newWorkbook();
  const idx = sheet(wb, 'Chỉ số', 'Chỉ số hài lòng (SIPAS)', f, ['Chỉ số', ...INDEX_HEADERS]);
  idx.addRow(['Chỉ số hài lòng chung', ...indexCells(f.overall)]);
  for (const factor of f.factors) idx.addRow([`Yếu tố ${factor.factor}: ${factor.name}`, ...indexCells(factor)]);
  idx.addRow([]);
  idx.addRow(['Tỷ lệ theo Quyết định 766/QĐ-TTg', 'Tử số', 'Mẫu số', 'Tỷ lệ (%)']).font = { ...FONT, bold: true };
  for (const r of [f.ratios.paknOnTime, f.ratios.paknSatisfied, f.ratios.tthcSatisfied]) idx.addRow([r.name, r.numerator, r.denominator, pct(r.ratio)]);
  idx.addRow([]);
  idx.addRow([f.populationNote]);

  const crit = sheet(wb, 'Tiêu chí', 'Tiêu chí (yếu nhất trước)', f, ['Tiêu chí', 'Yếu tố', 'Số trả lời', 'Điểm trung bình', 'Tỷ lệ hài lòng (%)']);
  for (const c of f.criteria) crit.addRow([c.text, c.factor ?? '', c.n, c.mean ?? '', pct(c.share)]);

  for (const [name, title, rows] of [
    ['Theo đơn vị', 'Chỉ số chung theo xã, phường', f.byUnit],
    ['Theo thủ tục', 'Chỉ số chung theo thủ tục', f.byProcedure],
    ['Theo lĩnh vực', 'Chỉ số chung theo lĩnh vực', f.byField],
  ] as const) {
    const ws = sheet(wb, name, title, f, ['Tên', ...INDEX_HEADERS]);
    for (const g of rows) ws.addRow([g.name, ...indexCells(g)]);
  }

  const trend = sheet(wb, 'Xu hướng', 'Chỉ số theo kỳ', f, ['Kỳ', 'Số phiếu', 'Chỉ số chung (%)', ...f.factors.map((x) => `Yếu tố ${x.factor} (%)`)]);
  for (const p of f.trend) trend.addRow([p.period, p.responses, pct(p.overall.share), ...p.factors.map((x) => pct(x.share))]);

  const exp = sheet(wb, 'Mong đợi', 'Điều người dân mong cải thiện nhất', f, ['Mong đợi', 'Số lượt chọn']);
  for (const e of f.expectations) exp.addRow([e.text, e.count]);

  return Buffer.from(await wb.xlsx.writeBuffer());
}
