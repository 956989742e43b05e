/**
 * Imports a unit's procedures from a file, or marks one amended or repealed.
 *
 *   npm run import:procedures -- --unit binh-giang procedures.json [--decision "Quyết định số ..." --decided-on 2026-10-01]
 *   npm run import:procedures -- --unit binh-giang --repeal 1.001193 --decision "Quyết định số ..." [--decided-on ...]
 *   npm run import:procedures -- --unit binh-giang --amend 1.001193 --decision "Quyết định số ..."
 */
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { migrate } from '../db/migrate.ts';
import { openCliDatabase } from './open-cli-database.ts';
import { CatalogFileError, readCatalogFile } from '../features/catalog/catalog-file.ts';
import { importProcedures, markProcedure, type Decision } from '../features/catalog/catalog-import.service.ts';
import { findUnitBySlug } from '../features/units/units.repository.ts';

const USAGE = 'Cách dùng: npm run import:procedures -- --unit <slug> <tệp .json|.csv|.xlsx> [--decision "..." --decided-on YYYY-MM-DD]\n' +
  '           npm run import:procedures -- --unit <slug> --amend|--repeal <mã thủ tục> --decision "..." [--decided-on YYYY-MM-DD]';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    unit: { type: 'string' },
    decision: { type: 'string' },
    'decided-on': { type: 'string' },
    amend: { type: 'string' },
    repeal: { type: 'string' },
  },
});

if (!values.unit) fail(USAGE);
const decidedOn = values['decided-on'] ?? null;
if (decidedOn && !/^\d{4}-\d{2}-\d{2}$/.test(decidedOn)) fail('--decided-on phải có dạng YYYY-MM-DD, ví dụ 2026-10-01.');
const decision: Decision | null = values.decision ? { decision: values.decision, decidedOn } : null;
const change = values.repeal ? 'repealed' : values.amend ? 'amended' : null;
if (change && !decision) fail('Cần --decision: văn bản quyết định sửa đổi hoặc bãi bỏ thủ tục.');
if (!change && positionals.length !== 1) fail(USAGE);

const { database } = await openCliDatabase('import:procedures');
try {
  await migrate(database);
  const unit = await findUnitBySlug(database.db, values.unit);
  if (!unit) fail(`Không có đơn vị "${values.unit}".`);

  if (change) {
    const code = (values.repeal ?? values.amend)!;
    const found = await markProcedure(database.db, unit.id, code, change, decision!);
    if (!found) fail(`Đơn vị ${unit.name} không có thủ tục mã ${code}.`);
    console.log(`${unit.name}: thủ tục ${code} đã được đánh dấu ${change === 'repealed' ? 'bãi bỏ' : 'sửa đổi, bổ sung'} theo ${decision!.decision}.`);
  } else {
    const file = positionals[0];
    const rows = await readCatalogFile(await fs.readFile(file), file).catch((error) => {
      if (error instanceof CatalogFileError) fail(error.message);
      throw error;
    });
    const report = await importProcedures(database.db, unit.id, rows, decision);
    if (report.rejected.length > 0) {
      console.error(`Không nhập tệp ${file}: ${report.rejected.length} bản ghi có lỗi, chưa có gì được ghi vào cơ sở dữ liệu.`);
      for (const r of report.rejected) console.error(`  Bản ghi ${r.row}${r.code ? ` (${r.code})` : ''}: ${r.problems.join('; ')}`);
      process.exitCode = 1;
    } else {
      console.log(`${unit.name}: ${report.created.length} thủ tục mới, ${report.updated.length} cập nhật, ${report.unchanged.length} không đổi.`);
    }
  }
} finally {
  await database.close();
}
