/**
 * Reads the "nhiệm vụ cụ thể" table of a plan's appendix from an XLSX workbook, laid out
 * like the seeds: TT, Nội dung/Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực
 * hiện (or Bắt đầu / Hoàn thành), Sản phẩm. The header row is found by its words on any
 * row of any sheet; a cell merged downwards fills every row it spans (one lead office for
 * several tasks), a cell merged across is read once; group rows ("I.", "II.", "A.") name a
 * group instead of a task; column-number rows ("(1) (2) (3)") are skipped. Writes nothing.
 */
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../lib/spreadsheet.ts';
import type { PlanTaskInputT } from '@cchc/shared/api/plans';
import type { ImportedTasksT } from '@cchc/shared/api/plan-import';
import { cleanText, foldForSearch } from '@cchc/shared/text/normalize';
import { InvalidInputError, UnsupportedMediaError } from '../../lib/domain-errors.ts';

type Field = 'tt' | 'content' | 'lead' | 'partners' | 'timeframe' | 'start' | 'finish' | 'product';

const MAX_TASKS = 300;
const LIMITS: Record<keyof PlanTaskInputT, number> = { content: 2000, lead: 300, partners: 500, timeframe: 200, product: 500 };
const HEADER_SCAN_ROWS = 40;

/** Which field a header cell names, from its folded words (order matters: "thời gian hoàn thành" before "thời gian"). */
function fieldOf(folded: string): Field | null {
  if (/^(s\s*)?tt$|^so thu tu$/.test(folded)) return 'tt';
  if (folded.includes('chu tri')) return 'lead';
  if (folded.includes('phoi hop')) return 'partners';
  if (folded.includes('bat dau')) return 'start';
  if (folded.includes('hoan thanh') || folded.includes('ket thuc')) return 'finish';
  if (folded.includes('thoi gian') || folded.includes('thoi han') || folded.includes('tien do')) return 'timeframe';
  if (folded.includes('san pham') || folded.includes('ket qua')) return 'product';
  if (folded.includes('noi dung') || folded.includes('nhiem vu') || folded.includes('hoat dong')) return 'content';
  return null;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const d = value;
    return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

/** A cell's text, or '' for the covered part of a cell merged across columns (read once, at its master). */
function textAt(sheet: ExcelJS.Worksheet, row: number, col: number): string {
  const cell = sheet.getCell(row, col);
  if (cell.isMerged && cell.master.address !== cell.address && Number(cell.master.col) !== col) return '';
  return cleanText(cellText(cell.isMerged ? cell.master.value : cell.value));
}

const ROMAN_GROUP = /^(?:[IVXL]+|[A-Z])[.)]?$/;
const GROUP_TITLE = /^(?:[IVXL]+|[A-Z])[.)]\s+\S/;
const COLUMN_NUMBERS = /^\(?\d{1,2}\)?$/;

interface Header {
  row: number;
  columns: Partial<Record<Field, number>>;
}

function findHeader(sheet: ExcelJS.Worksheet): Header | null {
  const last = Math.min(sheet.rowCount, HEADER_SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    const columns: Partial<Record<Field, number>> = {};
    for (let c = 1; c <= sheet.columnCount; c++) {
      const cell = sheet.getCell(r, c);
      if (cell.isMerged && Number(cell.master.col) !== c) continue;
      const field = fieldOf(foldForSearch(textAt(sheet, r, c)).replace(/\s+/g, ' ').trim());
      if (field && columns[field] === undefined) columns[field] = c;
    }
    if (columns.content === undefined || (columns.lead === undefined && columns.product === undefined)) continue;
    // A sub-header right below ("Bắt đầu | Hoàn thành" under a merged "Thời gian thực hiện").
    let headerRow = r;
    if (r + 1 <= sheet.rowCount) {
      for (let c = 1; c <= sheet.columnCount; c++) {
        const field = fieldOf(foldForSearch(textAt(sheet, r + 1, c)).trim());
        if (field === 'start' || field === 'finish') {
          columns[field] = c;
          headerRow = r + 1;
        }
      }
      if (headerRow === r + 1 && columns.timeframe !== undefined && (columns.timeframe === columns.start || columns.timeframe === columns.finish)) delete columns.timeframe;
    }
    return { row: headerRow, columns };
  }
  return null;
}

async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new UnsupportedMediaError('UNSUPPORTED_MEDIA_TYPE', 'Tệp không phải bảng tính Excel (.xlsx). Hãy mở tệp trong Excel, chọn "Lưu thành" dạng .xlsx rồi gửi lại.');
  }
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new InvalidInputError('VALIDATION_FAILED', 'Không đọc được tệp .xlsx này (tệp hỏng hoặc có mật khẩu). Hãy lưu lại tệp trong Excel rồi gửi lại.');
  }
  return workbook;
}

export async function parseTaskWorkbook(bytes: Buffer): Promise<ImportedTasksT> {
  const workbook = await readWorkbook(bytes);
  for (const sheet of workbook.worksheets) {
    const header = findHeader(sheet);
    if (header) return readTasks(sheet, header);
  }
  throw new InvalidInputError(
    'VALIDATION_FAILED',
    'Không tìm thấy bảng nhiệm vụ: cần một dòng tiêu đề có các cột "Nội dung" (hoặc "Nhiệm vụ") và "Cơ quan chủ trì" (hoặc "Sản phẩm").',
  );
}

function clip(value: string, field: keyof PlanTaskInputT, row: number, notes: ImportedTasksT['notes']): string {
  if (value.length <= LIMITS[field]) return value;
  notes.push({ row, note: `Ô "${field}" dài quá ${LIMITS[field]} ký tự, đã được cắt bớt.` });
  return value.slice(0, LIMITS[field]);
}

function readTasks(sheet: ExcelJS.Worksheet, header: Header): ImportedTasksT {
  const { columns } = header;
  const at = (row: number, field: Field) => (columns[field] === undefined ? '' : textAt(sheet, row, columns[field]!));
  const tasks: PlanTaskInputT[] = [];
  const groups: ImportedTasksT['groups'] = [];
  const notes: ImportedTasksT['notes'] = [];
  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const tt = at(r, 'tt');
    const content = at(r, 'content');
    const rest = (['lead', 'partners', 'timeframe', 'start', 'finish', 'product'] as const).map((f) => at(r, f));
    const values = [tt, content, ...rest].filter((v) => v !== '');
    if (values.length === 0) continue;
    if (values.every((v) => COLUMN_NUMBERS.test(v))) continue;
    // A group row: "I." in TT with its title, or "II. Title" spanning the row.
    const groupTitle = ROMAN_GROUP.test(tt) && content ? content : GROUP_TITLE.test(tt) ? tt : GROUP_TITLE.test(content) && !tt && rest.every((v) => v === '') ? content : null;
    if (groupTitle !== null && rest.every((v) => v === '' || v === groupTitle)) {
      groups.push({ title: groupTitle.replace(/^(?:[IVXL]+|[A-Z])[.)]\s*/, ''), firstTask: tasks.length });
      continue;
    }
    if (content.length < 2) {
      notes.push({ row: r, note: 'Dòng không có nội dung nhiệm vụ, đã bỏ qua.' });
      continue;
    }
    if (tasks.length >= MAX_TASKS) {
      throw new InvalidInputError('VALIDATION_FAILED', `Bảng có hơn ${MAX_TASKS} nhiệm vụ; một kế hoạch nhận tối đa ${MAX_TASKS}. Hãy tách bảng rồi nhập từng phần.`);
    }
    const start = at(r, 'start');
    const finish = at(r, 'finish');
    const timeframe = [at(r, 'timeframe'), start && finish && start !== finish ? `${start} – ${finish}` : start || finish].filter(Boolean).join('; ');
    tasks.push({
      content: clip(content, 'content', r, notes),
      lead: clip(at(r, 'lead'), 'lead', r, notes),
      partners: clip(at(r, 'partners'), 'partners', r, notes),
      timeframe: clip(timeframe, 'timeframe', r, notes),
      product: clip(at(r, 'product'), 'product', r, notes),
    });
  }
  if (tasks.length === 0) throw new InvalidInputError('VALIDATION_FAILED', `Bảng trên trang "${sheet.name}" có dòng tiêu đề nhưng chưa có nhiệm vụ nào bên dưới.`);
  return { sheet: sheet.name, headerRow: header.row, tasks, groups, notes };
}
