import path from 'node:path';
import type { NumberedRow } from './catalog-import.service.ts';
import { fromNationalRecord, text } from './national-record.ts';
import { readTableFile, TableFileError } from './table-file.ts';
import { fromTableRow, readHeader } from './table-record.ts';

export class CatalogFileError extends Error {}

/**
 * A file of procedures → numbered rows, each mapped or with its problems.
 * JSON in the national record's shape (an array, or { "data": [...] }), or a CSV/XLSX list.
 */
export async function readCatalogFile(bytes: Buffer, fileName: string): Promise<NumberedRow[]> {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.json') return readNationalJson(bytes);
  if (ext === '.csv' || ext === '.xlsx') return readTable(bytes, fileName);
  throw new CatalogFileError(`Không đọc được tệp "${fileName}": chỉ nhận tệp .json, .csv hoặc .xlsx.`);
}

function readNationalJson(bytes: Buffer): NumberedRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CatalogFileError(`Tệp JSON không hợp lệ: ${(error as Error).message}`);
  }
  const records = Array.isArray(parsed) ? parsed : (parsed as { data?: unknown })?.data;
  if (!Array.isArray(records)) {
    throw new CatalogFileError('Tệp JSON phải là một danh sách thủ tục, hoặc một đối tượng có trường "data" là danh sách.');
  }
  return records.map((record, i) => ({
    row: i + 1,
    result: fromNationalRecord(record),
    code: text((record as { MATTHC?: unknown })?.MATTHC),
  }));
}

async function readTable(bytes: Buffer, fileName: string): Promise<NumberedRow[]> {
  let rows: string[][];
  try {
    rows = await readTableFile(bytes, fileName);
  } catch (error) {
    if (error instanceof TableFileError) throw new CatalogFileError(error.message);
    throw new CatalogFileError(`Không đọc được bảng tính "${fileName}": tệp hỏng hoặc không đúng định dạng.`);
  }
  if (rows.length === 0) throw new CatalogFileError('Tệp không có dòng nào.');
  const layout = readHeader(rows[0]);
  if (layout.missing.length > 0) {
    throw new CatalogFileError(`Dòng tiêu đề thiếu cột: ${layout.missing.join(', ')}.`);
  }
  return rows.slice(1).map((row, i) => {
    const result = fromTableRow(row, layout);
    return { row: i + 2, result, code: (row[layout.columns.code!] ?? '').trim() };
  });
}
