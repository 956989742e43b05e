import type { Kysely } from 'kysely';
import type { DB, RevisionAction } from '../../db/schema.ts';
import { unitSettings } from '../units/unit-settings.service.ts';
import * as repo from './catalog.repository.ts';
import type { RowResult } from './import-validation.ts';
import type { ProcedureInput } from '@cchc/shared/api/procedure-content';

export interface Decision {
  /** The deciding document, e.g. "Quyết định số 1234/QĐ-UBND ngày 01/10/2026 của UBND thành phố Hải Phòng". */
  decision: string;
  /** YYYY-MM-DD. */
  decidedOn: string | null;
}

export interface RejectedRow {
  /** 1-based record number in the file (for a spreadsheet: the row number, header = 1). */
  row: number;
  code: string;
  problems: string[];
}

export interface ImportReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  rejected: RejectedRow[];
}

export interface NumberedRow {
  row: number;
  result: RowResult;
  /** What the row claimed as its code, for the report even when the row is rejected. */
  code: string;
}

/**
 * Writes a whole import in one transaction, or nothing: a file with any rejected
 * row is refused with the per-row report. Each new or changed procedure gets a
 * revision, with the deciding document when one is given.
 */
export async function importProcedures(
  db: Kysely<DB>,
  unitId: number,
  rows: NumberedRow[],
  decision: Decision | null,
): Promise<ImportReport> {
  const report: ImportReport = { created: [], updated: [], unchanged: [], rejected: [] };
  const firstRowOfCode = new Map<string, number>();
  for (const { row, result, code } of rows) {
    const problems = result.ok ? [] : [...result.problems];
    const earlier = firstRowOfCode.get(code);
    if (code && earlier !== undefined) problems.push(`mã thủ tục trùng với bản ghi số ${earlier}`);
    else if (code) firstRowOfCode.set(code, row);
    if (problems.length > 0) report.rejected.push({ row, code, problems });
  }
  if (report.rejected.length > 0 || rows.length === 0) return report;

  await db.transaction().execute(async (tx) => {
    for (const { result } of rows) {
      if (!result.ok) continue;
      const input = result.procedure;
      const existing = await repo.findProcedure(tx, unitId, input.code);
      if (!existing) {
        const id = await repo.insertProcedure(tx, unitId, input);
        await repo.insertRevision(tx, revision(unitId, id, 'published', input, decision));
        report.created.push(input.code);
      } else if (existing.status !== 'repealed' && sameContent(existing, input)) {
        report.unchanged.push(input.code);
      } else {
        const action: RevisionAction = decision ? 'amended' : 'updated';
        await repo.updateProcedure(tx, existing.id, input, decision ? 'amended' : 'active');
        await repo.insertRevision(tx, revision(unitId, existing.id, action, input, decision));
        report.updated.push(input.code);
      }
    }
    if (report.created.length + report.updated.length > 0) await unitSettings.bumpCatalogVersion(tx, unitId);
  });
  return report;
}

export type StatusChange = 'amended' | 'repealed';

/** Marks a procedure amended or repealed by a decision, keeping what it was in the history. */
export async function markProcedure(
  db: Kysely<DB>,
  unitId: number,
  code: string,
  change: StatusChange,
  decision: Decision,
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const existing = await repo.findProcedure(tx, unitId, code);
    if (!existing) return false;
    await repo.setProcedureStatus(tx, existing.id, change);
    await repo.insertRevision(tx, revision(unitId, existing.id, change, asInput(existing), decision));
    await unitSettings.bumpCatalogVersion(tx, unitId);
    return true;
  });
}

function revision(unitId: number, procedureId: number, action: RevisionAction, snapshot: ProcedureInput, decision: Decision | null) {
  return {
    unitId,
    procedureId,
    action,
    decision: decision?.decision ?? '',
    decidedOn: decision?.decidedOn ?? null,
    snapshot,
  };
}

function asInput(row: repo.ProcedureRow): ProcedureInput {
  return { code: row.code, name: row.name, field: row.field, onlineLevel: row.online_level, summary: row.summary, content: row.detail };
}

function sameContent(row: repo.ProcedureRow, input: ProcedureInput): boolean {
  return stableJson(asInput(row)) === stableJson(input);
}

/** JSON with sorted keys: jsonb does not keep key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}
