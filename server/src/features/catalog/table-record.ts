import { cleanText, foldForSearch } from '@cchc/shared/text/normalize';
import type { ProcedureInput } from '@cchc/shared/api/procedure-content';
import { validateProcedure, type RowResult } from './import-validation.ts';
import { channelKind, onlineLevel } from './national-record.ts';

type Column =
  | 'code' | 'name' | 'field' | 'onlineLevel' | 'summary' | 'agency' | 'subjects' | 'timeLimit'
  | 'fee' | 'channels' | 'steps' | 'documents' | 'result' | 'conditions' | 'legalBasis' | 'onlineUrl';

/** Header texts (folded) a commune's spreadsheet may use for each column. */
const HEADERS: Record<Column, string[]> = {
  code: ['ma thu tuc', 'ma tthc', 'matthc', 'ma'],
  name: ['ten thu tuc', 'ten tthc', 'tentthc', 'ten thu tuc hanh chinh'],
  field: ['linh vuc', 'linh vuc thuc hien'],
  onlineLevel: ['muc do', 'muc do truc tuyen', 'dich vu cong truc tuyen', 'muc do dvc'],
  summary: ['mo ta', 'tom tat'],
  agency: ['co quan thuc hien', 'co quan giai quyet'],
  subjects: ['doi tuong thuc hien', 'doi tuong'],
  timeLimit: ['thoi han giai quyet', 'thoi han'],
  fee: ['phi le phi', 'phi', 'le phi'],
  channels: ['cach thuc thuc hien', 'cach thuc', 'kenh'],
  steps: ['trinh tu thuc hien', 'trinh tu'],
  documents: ['thanh phan ho so', 'ho so'],
  result: ['ket qua', 'ket qua thuc hien'],
  conditions: ['yeu cau dieu kien', 'yeu cau', 'dieu kien'],
  legalBasis: ['can cu phap ly'],
  onlineUrl: ['duong dan nop truc tuyen', 'link nop truc tuyen', 'duong dan'],
};

/**
 * The headers of the downloadable template (console "Tải mẫu CSV/XLSX"), in the template's column order:
 * each folds to one of HEADERS' names, so the importer reads the template back (test/unit/server/features/catalog).
 */
export const TEMPLATE_HEADERS: readonly (readonly [Column, string])[] = [
  ['code', 'Mã thủ tục'],
  ['name', 'Tên thủ tục'],
  ['field', 'Lĩnh vực'],
  ['onlineLevel', 'Mức độ trực tuyến'],
  ['summary', 'Mô tả'],
  ['agency', 'Cơ quan thực hiện'],
  ['subjects', 'Đối tượng thực hiện'],
  ['timeLimit', 'Thời hạn giải quyết'],
  ['fee', 'Phí, lệ phí'],
  ['channels', 'Cách thức thực hiện'],
  ['steps', 'Trình tự thực hiện'],
  ['documents', 'Thành phần hồ sơ'],
  ['result', 'Kết quả'],
  ['conditions', 'Yêu cầu, điều kiện'],
  ['legalBasis', 'Căn cứ pháp lý'],
  ['onlineUrl', 'Đường dẫn nộp trực tuyến'],
];

export interface TableLayout {
  columns: Partial<Record<Column, number>>;
  missing: string[];
}

/** Finds which column holds what; names the required ones that are missing. */
export function readHeader(header: string[]): TableLayout {
  const columns: Partial<Record<Column, number>> = {};
  header.forEach((cell, index) => {
    const key = foldForSearch(cell);
    for (const [column, names] of Object.entries(HEADERS) as [Column, string[]][]) {
      if (columns[column] === undefined && names.includes(key)) columns[column] = index;
    }
  });
  const required: [Column, string][] = [['code', 'Mã thủ tục'], ['name', 'Tên thủ tục'], ['field', 'Lĩnh vực'], ['agency', 'Cơ quan thực hiện']];
  return { columns, missing: required.filter(([c]) => columns[c] === undefined).map(([, label]) => label) };
}

/** Maps one spreadsheet row to a procedure. Multi-value cells are split on new lines. */
export function fromTableRow(row: string[], layout: TableLayout): RowResult {
  const cell = (column: Column) => cleanText(row[layout.columns[column] ?? -1] ?? '');
  const lines = (column: Column) => cell(column).split(/\r?\n|;\s*(?=\S)/).map((l) => l.trim()).filter(Boolean);
  const problems: string[] = [];

  const channelNames = lines('channels').length > 0 ? lines('channels') : ['Trực tiếp'];
  const channels = channelNames.flatMap((name) => {
    const kind = channelKind(name);
    if (!kind) problems.push(`cách thức thực hiện: "${name}" không rõ (Trực tiếp, Trực tuyến hoặc Bưu chính)`);
    return kind ? [{ kind, timeLimit: cell('timeLimit') || 'Theo quy định', fee: cell('fee') || 'Không có thông tin phí, lệ phí' }] : [];
  });

  const candidate: ProcedureInput = {
    code: cell('code'),
    name: cell('name'),
    field: cell('field'),
    onlineLevel: onlineLevel(cell('onlineLevel')),
    summary: cell('summary'),
    content: {
      level: 'Cấp xã',
      steps: lines('steps'),
      channels,
      documentCases: lines('documents').length
        ? [{ case: '', documents: lines('documents').map((name) => ({ name, originals: 1, copies: 0 })) }]
        : [],
      subjects: cell('subjects'),
      agency: cell('agency'),
      result: cell('result'),
      conditions: cell('conditions'),
      legalBasis: lines('legalBasis').map(legalBasis),
      onlineUrl: cell('onlineUrl') || null,
      sourceUrl: null,
    },
  };
  return validateProcedure(candidate, problems);
}

// Starts only where a run of digits starts: retried inside a long run of digits, it was quadratic.
const DOCUMENT_NUMBER = /(?<!\d)\d+\/\d{4}\/[A-ZĐa-zđ0-9-]+/;

function legalBasis(line: string): { number: string; title: string } {
  const number = line.match(DOCUMENT_NUMBER)?.[0] ?? '';
  return { number, title: line };
}
