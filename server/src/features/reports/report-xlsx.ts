/**
 * The report's numbers as a workbook (exceljs): counts per channel × kind with attendance,
 * progress against the plan's targets, and the PAKN figures — the same model as the Word
 * file, so both carry the same numbers.
 */
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../lib/spreadsheet.ts';
import type { ReportT } from '@cchc/shared/api/reports';
import { CHANNELS, KINDS } from '@cchc/shared/plan/vocabulary';

const FONT = { name: 'Times New Roman', size: 12 };

function titled(wb: ExcelJS.Workbook, name: string, title: string, r: ReportT, columns: { header: string; width: number }[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = columns.map((c) => ({ width: c.width }));
  ws.addRow([`UBND ${r.unit.name.toLocaleUpperCase('vi')}`]).font = { ...FONT, bold: true };
  ws.addRow([`${title} — ${r.period.label}`]).font = { ...FONT, bold: true, size: 13 };
  ws.addRow([]);
  const head = ws.addRow(columns.map((c) => c.header));
  head.font = { ...FONT, bold: true };
  head.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  head.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  return ws;
}

function finish(ws: ExcelJS.Worksheet) {
  ws.eachRow((row, n) => {
    if (n < 4) return;
    row.eachCell((c) => {
      c.font = { ...FONT, bold: n === 4 || c.font?.bold };
      c.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
      c.alignment = { ...c.alignment, wrapText: true, vertical: 'middle' };
    });
  });
}

export async function reportXlsx(r: ReportT): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = `UBND ${r.unit.name}`;
  wb.created = new Date(`${r.period.to}T00:00:00Z`);

  const counts = titled(wb, 'Số liệu theo kênh', 'Kết quả tuyên truyền CCHC theo kênh', r, [
    { header: 'Kênh tuyên truyền', width: 34 },
    { header: 'Loại sản phẩm, hoạt động', width: 40 },
    { header: 'Số lượng', width: 12 },
    { header: 'Đơn vị tính', width: 14 },
    { header: 'Lượt người tham dự', width: 16 },
  ]);
  for (const c of r.channels) for (const i of c.items) counts.addRow([CHANNELS[c.channel], i.label, i.count, KINDS[i.kind].unit, i.attendees]);
  const totalRow = counts.addRow(['Tổng lượt người tham dự', '', '', '', r.channels.reduce((a, c) => a + c.attendees, 0)]);
  totalRow.font = { ...FONT, bold: true };
  finish(counts);

  const targets = titled(wb, 'Chỉ tiêu', 'Kết quả thực hiện chỉ tiêu kế hoạch', r, [
    { header: 'TT', width: 6 },
    { header: 'Chỉ tiêu', width: 46 },
    { header: 'Kênh', width: 28 },
    { header: 'Đơn vị thực hiện', width: 24 },
    { header: 'Kỳ', width: 20 },
    { header: 'Thực hiện', width: 11 },
    { header: 'Yêu cầu', width: 11 },
    { header: 'Đánh giá', width: 26 },
  ]);
  if (r.targets.length === 0) targets.addRow(['', r.plan ? 'Kế hoạch chưa có chỉ tiêu đếm được cho kỳ này.' : 'Chưa có kế hoạch tuyên truyền CCHC cho kỳ này.']);
  r.targets.forEach((t, i) => targets.addRow([i + 1, t.label, CHANNELS[t.channel], t.office, t.period, t.done, t.required, t.statusLabel]));
  finish(targets);

  const pakn = titled(wb, 'PAKN', 'Kết quả tiếp nhận, xử lý phản ánh, kiến nghị', r, [
    { header: 'Chỉ số', width: 46 },
    { header: 'Giá trị', width: 16 },
  ]);
  const f = r.pakn;
  const rows: [string, number | string | null][] = f
    ? [
        ['Tiếp nhận', f.received],
        ['Đã trả lời', f.answered],
        ['Trả lời đúng hạn', f.answeredOnTime],
        ['Quá hạn', f.overdue],
        ['Đang xử lý', f.open],
        ['Không thuộc phạm vi, không đủ điều kiện', f.rejected],
        ['Thời gian xử lý trung vị (ngày làm việc)', f.medianWorkingDays],
        ['Lượt đánh giá', f.rated],
        ['Lượt hài lòng', f.satisfied],
        ['Tỷ lệ hài lòng', f.satisfiedShare],
      ]
    : [['Chưa có số liệu phản ánh, kiến nghị trong kỳ', null]];
  for (const [label, value] of rows) {
    const row = pakn.addRow([label, value ?? '—']);
    if (label === 'Tỷ lệ hài lòng' && typeof value === 'number') row.getCell(2).numFmt = '0.0%';
  }
  if (f && f.byField.length > 0) {
    pakn.addRow([]);
    pakn.addRow(['Theo lĩnh vực', 'Tiếp nhận']).font = { ...FONT, bold: true };
    for (const b of f.byField) pakn.addRow([b.name, b.received]);
  }
  if (!f || f.rated === 0) pakn.addRow([r.satisfaction.text, '']);
  finish(pakn);

  const sipas = titled(wb, 'Sự hài lòng', 'Sự hài lòng của người dân, tổ chức (SIPAS)', r, [
    { header: 'Chỉ số', width: 52 },
    { header: 'Số ý kiến', width: 12 },
    { header: 'Tỷ lệ hài lòng', width: 14 },
    { header: 'KTC 95% từ', width: 12 },
    { header: 'KTC 95% đến', width: 12 },
    { header: 'Điểm trung bình', width: 12 },
  ]);
  if (r.sipas && r.sipas.responses > 0) {
    for (const [label, x] of [['Chỉ số hài lòng chung', r.sipas.overall] as const, ...r.sipas.factors.map((f) => [`Yếu tố ${f.factor}: ${f.name}`, f] as const)]) {
      const row = sipas.addRow([label, x.n, x.share ?? '—', x.ci?.low ?? '—', x.ci?.high ?? '—', x.mean ?? '—']);
      for (const c of [3, 4, 5]) row.getCell(c).numFmt = '0.0%';
    }
    for (const x of [r.sipas.ratios.paknOnTime, r.sipas.ratios.paknSatisfied, r.sipas.ratios.tthcSatisfied]) {
      const row = sipas.addRow([x.name, x.denominator, x.ratio ?? '—']);
      row.getCell(3).numFmt = '0.0%';
    }
  } else sipas.addRow([r.sipasLines[0] ?? '', '']);
  finish(sipas);

  return Buffer.from(await wb.xlsx.writeBuffer());
}
