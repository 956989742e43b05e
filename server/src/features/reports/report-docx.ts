/**
 * The report as a Word file in Nghị định 30/2020's layout (Phụ lục I): A4, Times New
 * Roman, margins top/bottom 20 mm, left 30 mm, right 15 mm; a borderless two-column
 * header (cơ quan ban hành and số, ký hiệu | quốc hiệu, tiêu ngữ, địa danh và ngày
 * tháng); tên loại and trích yếu centred in bold; a justified body; nơi nhận bottom left
 * in 12/11 pt beside the signer. Written with the `docx` library.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { ReportT } from '@cchc/shared/api/reports';
import { count2, vnDate } from './report-wording.ts';

const FONT = 'Times New Roman';
const MM = 56.7; // twips per millimetre
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const pt = (n: number) => n * 2; // docx sizes are half-points

const NO_BORDERS = { top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } };

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  underline?: boolean;
}
const run = (text: string, s: RunStyle = {}) =>
  new TextRun({ text, font: FONT, size: pt(s.size ?? 14), bold: s.bold, italics: s.italics, underline: s.underline ? { type: UnderlineType.SINGLE } : undefined });

const centred = (children: ParagraphChild[], after = 0) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children });
/** A body paragraph: justified, first line indented 1 cm, 6 pt after, line spacing 1.15. */
const body = (text: string, s: RunStyle = {}) =>
  new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: Math.round(10 * MM) }, spacing: { before: 0, after: 120, line: 276 }, children: [run(text, s)] });
const heading = (text: string) => body(text, { bold: true });
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => body(l));

function cell(children: Paragraph[], width: number, borders = true) {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, borders: borders ? undefined : NO_BORDERS, children });
}

function header(r: ReportT): Table {
  const left = Math.round(TEXT_WIDTH * 0.4);
  const right = TEXT_WIDTH - left;
  const [first, ...rest] = r.header.agency;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              centred([run(first, { size: 13 })]),
              centred([run(rest.join(' '), { size: 13, bold: true, underline: true })], 120),
              centred([run(r.header.number, { size: 13 })]),
            ],
            left,
            false,
          ),
          cell(
            [
              centred([run(r.header.nation, { size: 13, bold: true })]),
              centred([run(r.header.motto, { size: 14, bold: true, underline: true })], 120),
              centred([run(r.header.placeDate, { size: 14, italics: true })]),
            ],
            right,
            false,
          ),
        ],
      }),
    ],
  });
}

function targetsTable(r: ReportT): Table {
  const widths = [600, 4000, 1700, 1300, TEXT_WIDTH - 600 - 4000 - 1700 - 1300];
  const head = ['TT', 'Chỉ tiêu', 'Kỳ', 'Kết quả', 'Đánh giá'];
  const small = (t: string, bold = false, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
    new Paragraph({ alignment: align, children: [run(t, { size: 12, bold })] });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => cell([small(h, true, AlignmentType.CENTER)], widths[i])) }),
      ...r.targets.map(
        (t, i) =>
          new TableRow({
            children: [
              cell([small(String(i + 1), false, AlignmentType.CENTER)], widths[0]),
              cell([small(t.label)], widths[1]),
              cell([small(t.period)], widths[2]),
              cell([small(`${count2(t.done)}/${count2(t.required)}`, false, AlignmentType.CENTER)], widths[3]),
              cell([small(t.statusLabel)], widths[4]),
            ],
          }),
      ),
    ],
  });
}

function closing(r: ReportT): Table {
  const left = Math.round(TEXT_WIDTH * 0.5);
  const right = TEXT_WIDTH - left;
  const recipients = [
    new Paragraph({ children: [run('Nơi nhận:', { size: 12, bold: true, italics: true })] }),
    ...r.recipients.map((x) => new Paragraph({ children: [run(`- ${x}`, { size: 11 })] })),
  ];
  const signer = [
    centred([run(r.signer.onBehalf, { size: 14, bold: true })]),
    ...r.signer.title.split('\n').map((t) => centred([run(t, { size: 14, bold: true })])),
    new Paragraph({ spacing: { before: 1400 }, children: [] }),
    centred([run(r.signer.name, { size: 14, bold: true })]),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(recipients, left, false), cell(signer, right, false)] })],
  });
}

export function reportParagraphs(r: ReportT): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [header(r), new Paragraph({ spacing: { after: 240 }, children: [] })];
  out.push(centred([run(r.header.docType, { bold: true })]));
  out.push(centred([run(r.header.subject, { bold: true })], 360));
  for (const m of r.missing) out.push(body(m, { italics: true }));

  out.push(heading('I. KẾT QUẢ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'));
  out.push(body(r.direction.planSentence));
  out.push(...lines(r.direction.text));

  out.push(heading('II. KẾT QUẢ CỤ THỂ ĐẠT ĐƯỢC'));
  if (r.channels.length === 0) out.push(body('Chưa có số liệu hoạt động tuyên truyền nào được ghi nhận trong kỳ.'));
  r.channels.forEach((c, i) => {
    out.push(heading(`${i + 1}. ${c.label}`));
    for (const item of c.items) out.push(body(`- ${item.label}: ${item.text}.`));
  });
  if (r.highlights.length > 0) {
    out.push(heading(`${r.channels.length + 1}. Một số hoạt động nổi bật`));
    for (const h of r.highlights) out.push(body(`- Ngày ${vnDate(h.day)}: ${h.title}${h.attendees > 0 ? ` (${count2(h.attendees)} lượt người tham dự)` : ''}.`));
  }
  out.push(heading(`${r.channels.length + (r.highlights.length > 0 ? 2 : 1)}. Kết quả thực hiện các chỉ tiêu của kế hoạch`));
  if (r.targets.length === 0) out.push(body(r.plan ? 'Kế hoạch chưa có chỉ tiêu đếm được cho kỳ này.' : 'Chưa có kế hoạch tuyên truyền CCHC cho kỳ này nên chưa đánh giá được chỉ tiêu.'));
  else {
    const s = r.targetSummary;
    out.push(body(`Đạt ${count2(s.met)}/${count2(r.targets.length)} chỉ tiêu; chưa đạt ${count2(s.missed)}; đang thực hiện ${count2(s.ongoing)}; chưa đến kỳ ${count2(s.upcoming)}.`));
    out.push(targetsTable(r));
    out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  }

  out.push(heading('III. KẾT QUẢ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ'));
  for (const l of r.paknLines) out.push(body(l));
  out.push(body(`Mức độ hài lòng của người dân: ${r.satisfaction.text}`));
  out.push(heading('Sự hài lòng của người dân, tổ chức (khảo sát theo SIPAS)'));
  for (const l of r.sipasLines) out.push(body(l));

  out.push(heading('IV. TỒN TẠI, HẠN CHẾ'));
  out.push(...lines(r.shortcomings));
  out.push(heading('V. PHƯƠNG HƯỚNG, NHIỆM VỤ'));
  out.push(...lines(r.nextSteps));
  out.push(body(`Trên đây là báo cáo kết quả thực hiện công tác tuyên truyền cải cách hành chính ${r.period.label} của UBND ${r.unit.name.replace(/^\p{Lu}/u, (c) => c.toLowerCase())}./.`));
  out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  out.push(closing(r));
  return out;
}

export async function reportDocx(r: ReportT): Promise<Buffer> {
  const doc = new Document({
    creator: r.header.agency.join(' '),
    title: `${r.header.docType} ${r.header.subject}`,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [{ properties: { page: { size: A4, margin: MARGIN } }, children: reportParagraphs(r) }],
  });
  return Packer.toBuffer(doc);
}
