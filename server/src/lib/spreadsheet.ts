import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | undefined;

/**
 * A new exceljs workbook. exceljs takes a fifth of a second to load and only officers'
 * exports and imports use it, so it is loaded on first use, not when the server starts.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  loading ??= import('exceljs').then((module) => module.default);
  return new (await loading).Workbook();
}
