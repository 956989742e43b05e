import { Value } from '@sinclair/typebox/value';
import type { Kysely } from 'kysely';
import type { AdminProcedureListT, AdminProcedureQueryT, ImportReportT } from '@cchc/shared/api/catalog-admin';
import type { DecisionT } from '@cchc/shared/api/catalog';
import { compareVietnamese } from '@cchc/shared/text/collate';
import { foldForSearch } from '@cchc/shared/text/normalize';
import type { DB, ProcedureStatus } from '../../db/schema.ts';
import { InvalidInputError, procedureNotFound } from '../../lib/domain-errors.ts';
import { CatalogFileError, readCatalogFile } from './catalog-file.ts';
import { importProcedures, markProcedure, type Decision, type StatusChange } from './catalog-import.service.ts';
import { listRevisions } from './catalog.repository.ts';
import type { CatalogService } from './catalog.service.ts';
import { validateProcedure } from './import-validation.ts';
import { ProcedureInputSchema, type ProcedureInput } from '@cchc/shared/api/procedure-content';
import type { ConsoleUnit } from '../units/console-unit.ts';
import { findEditableProcedure, listAllProcedures } from './catalog-admin.repository.ts';
import { cleanStrings } from './clean-input.ts';

/** A procedure as the console edits it: the import shape, plus status and history. */
export interface EditableProcedure {
  procedure: ProcedureInput;
  status: ProcedureStatus;
  updatedAt: string;
  history: DecisionT[];
}

export interface DecisionInput {
  decision?: string;
  decidedOn?: string;
}

/** Thrown when an import file has rejected rows: the report says which and why; nothing was written. */
export class ImportRefusedError extends InvalidInputError {
  constructor(readonly report: ImportReportT) {
    const n = report.rejected.length;
    super('VALIDATION_FAILED', `Tệp có ${n} bản ghi không hợp lệ nên chưa nhập thủ tục nào. Vui lòng sửa các bản ghi trong báo cáo rồi nhập lại.`);
  }
}

/**
 * Maintenance of a unit's procedures by its officers. Every change goes through the
 * import service, so it is recorded as a revision and bumps the catalog version the
 * public API's cache keys on.
 */
export class ProcedureAdminService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly catalog: CatalogService,
  ) {}

  async list(unit: ConsoleUnit, query: AdminProcedureQueryT): Promise<AdminProcedureListT> {
    const words = foldForSearch(query.q ?? '').split(' ').filter(Boolean);
    const rows = (await listAllProcedures(this.db, unit.id))
      .filter((p) => !query.status || p.status === query.status)
      .filter((p) => {
        if (words.length === 0) return true;
        const text = `${p.code} ${foldForSearch(p.name)} ${foldForSearch(p.field)}`;
        return words.every((w) => text.includes(w));
      })
      .sort((a, b) => compareVietnamese(a.field, b.field) || compareVietnamese(a.name, b.name));
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 20;
    return {
      total: rows.length,
      items: rows.slice(offset, offset + limit).map((p) => ({
        code: p.code,
        name: p.name,
        field: p.field,
        onlineLevel: p.online_level,
        status: p.status,
        updatedAt: p.updated_at.toISOString(),
      })),
    };
  }

  async get(unit: ConsoleUnit, code: string): Promise<EditableProcedure> {
    const row = await findEditableProcedure(this.db, unit.id, code);
    if (!row) throw procedureNotFound();
    const revisions = await listRevisions(this.db, row.id);
    return {
      procedure: { code: row.code, name: row.name, field: row.field, onlineLevel: row.online_level, summary: row.summary, content: row.detail },
      status: row.status,
      updatedAt: row.updated_at.toISOString(),
      history: revisions.map((r) => ({ action: r.action, decision: r.decision, decidedOn: r.decided_on, recordedAt: r.recorded_at.toISOString() })),
    };
  }

  /** Creates or replaces one procedure; with a decision the change is an amendment. */
  async save(unit: ConsoleUnit, code: string, input: ProcedureInput, decision: DecisionInput): Promise<{ outcome: 'created' | 'updated' | 'unchanged'; procedure: EditableProcedure }> {
    if (input.code !== code) {
      throw new InvalidInputError('VALIDATION_FAILED', `Mã thủ tục trong nội dung (${input.code}) khác mã trên đường dẫn (${code}). Muốn đổi mã, hãy bãi bỏ thủ tục cũ và thêm thủ tục mới.`);
    }
    const procedure = cleanStrings(Value.Clean(ProcedureInputSchema, structuredClone(input)) as ProcedureInput);
    const result = validateProcedure(procedure, []);
    if (!result.ok) throw new InvalidInputError('VALIDATION_FAILED', `Nội dung thủ tục chưa hợp lệ: ${result.problems.join('; ')}.`);
    const report = await importProcedures(this.db, unit.id, [{ row: 1, result, code }], toDecision(decision, false));
    if (report.rejected.length > 0) throw new InvalidInputError('VALIDATION_FAILED', `Nội dung thủ tục chưa hợp lệ: ${report.rejected[0].problems.join('; ')}.`);
    this.catalog.invalidate(unit.id);
    const outcome = report.created.length > 0 ? 'created' : report.updated.length > 0 ? 'updated' : 'unchanged';
    return { outcome, procedure: await this.get(unit, code) };
  }

  /** Imports a JSON/CSV/XLSX file: every row is checked first, and nothing is written when any is rejected. */
  async importFile(unit: ConsoleUnit, bytes: Buffer, fileName: string, decision: DecisionInput): Promise<ImportReportT> {
    const checkedDecision = toDecision(decision, false);
    let rows;
    try {
      rows = await readCatalogFile(bytes, fileName);
    } catch (error) {
      if (error instanceof CatalogFileError) throw new InvalidInputError('VALIDATION_FAILED', error.message);
      throw error;
    }
    if (rows.length === 0) throw new InvalidInputError('VALIDATION_FAILED', 'Tệp không có thủ tục nào để nhập.');
    const report = await importProcedures(this.db, unit.id, rows, checkedDecision);
    if (report.rejected.length > 0) throw new ImportRefusedError(report);
    this.catalog.invalidate(unit.id);
    return report;
  }

  /** Marks a procedure amended or repealed by a decision; a repealed one leaves the public search. */
  async setStatus(unit: ConsoleUnit, code: string, status: StatusChange, decision: DecisionInput): Promise<EditableProcedure> {
    const found = await markProcedure(this.db, unit.id, code, status, toDecision(decision, true)!);
    if (!found) throw procedureNotFound();
    this.catalog.invalidate(unit.id);
    return this.get(unit, code);
  }
}

function toDecision(input: DecisionInput, required: boolean): Decision | null {
  const decision = input.decision === undefined ? '' : input.decision.normalize('NFC').trim();
  if (decision === '') {
    if (required) throw new InvalidInputError('VALIDATION_FAILED', 'Cần ghi văn bản quyết định (số, ngày, cơ quan ban hành).');
    if (input.decidedOn) throw new InvalidInputError('VALIDATION_FAILED', 'Có ngày quyết định thì cần ghi cả văn bản quyết định.');
    return null;
  }
  if (decision.length < 5 || decision.length > 500) {
    throw new InvalidInputError('VALIDATION_FAILED', 'Văn bản quyết định cần từ 5 đến 500 ký tự (số, ngày, cơ quan ban hành).');
  }
  return { decision, decidedOn: input.decidedOn ?? null };
}
