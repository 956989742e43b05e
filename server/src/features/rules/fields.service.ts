import type { Kysely } from 'kysely';
import type { CreateFieldBodyT, FieldSettingT, UpdateFieldBodyT } from '@cchc/shared/api/settings';
import { cleanText } from '@cchc/shared/text/normalize';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../lib/domain-errors.ts';
import { uniqueViolation } from '../../lib/database-errors.ts';
import type { ConsoleUnit } from '../units/console-unit.ts';
import * as repo from './fields.repository.ts';

/** How many PAKN each lĩnh vực of a unit has: the feedback feature answers (it owns the feedback table). */
export interface FieldUsage {
  countByField(db: Executor, unitId: number): Promise<Map<number, number>>;
}

/**
 * The key two names share when they differ only by case, diacritics or spacing; the
 * same as feedback_field_key() of migration 013, which mapped the free text typed before.
 */
export function fieldKey(name: string): string {
  return cleanText(name).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

const fieldNotFound = () => new NotFoundError('NOT_FOUND', 'Không tìm thấy lĩnh vực này trong danh sách của đơn vị. Vui lòng tải lại trang.');
const sameName = (name: string) =>
  new ConflictError('CONFLICT', `Đơn vị đã có lĩnh vực "${name}" (hoặc một tên chỉ khác dấu, hoa thường). Vui lòng chọn tên khác hoặc bật lại lĩnh vực cũ.`);

/**
 * The unit's managed list of lĩnh vực (fields) a PAKN is classified under. A field that
 * PAKN use is only ever deactivated (no longer offered), never deleted.
 */
export class FieldsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly usage: FieldUsage,
  ) {}

  async list(unit: ConsoleUnit): Promise<FieldSettingT[]> {
    const [fields, counts] = await Promise.all([repo.listFields(this.db, unit.id), this.usage.countByField(this.db, unit.id)]);
    return fields.map((f) => toSetting(f, counts.get(f.id) ?? 0));
  }

  async create(unit: ConsoleUnit, body: CreateFieldBodyT): Promise<FieldSettingT> {
    const name = cleanName(body.name);
    return this.db
      .transaction()
      .execute(async (tx) => {
        const fields = await repo.listFields(tx, unit.id);
        if (fields.some((f) => f.key === fieldKey(name))) throw sameName(name);
        const position = fields.reduce((max, f) => Math.max(max, f.position + 1), 0);
        const id = await repo.insertField(tx, unit.id, { name, key: fieldKey(name), position });
        return toSetting({ id, name, position, active: true }, 0);
      })
      .catch(conflictOn(name));
  }

  async update(unit: ConsoleUnit, id: number, body: UpdateFieldBodyT): Promise<FieldSettingT> {
    const name = body.name === undefined ? undefined : cleanName(body.name);
    return this.db
      .transaction()
      .execute(async (tx) => {
        const fields = await repo.listFields(tx, unit.id);
        const field = fields.find((f) => f.id === id);
        if (!field) throw fieldNotFound();
        if (name !== undefined && fields.some((f) => f.id !== id && f.key === fieldKey(name))) throw sameName(name);
        if (name !== undefined || body.active !== undefined) {
          await repo.updateField(tx, unit.id, id, { ...(name !== undefined ? { name, key: fieldKey(name) } : {}), active: body.active });
        }
        let position = field.position;
        if (body.position !== undefined) {
          const order = fields.filter((f) => f.id !== id);
          order.splice(Math.min(body.position, order.length), 0, field);
          for (const [place, f] of order.entries()) {
            if (f.position !== place) await repo.setFieldPosition(tx, unit.id, f.id, place);
            if (f.id === id) position = place;
          }
        }
        const count = (await this.usage.countByField(tx, unit.id)).get(id) ?? 0;
        return toSetting({ ...field, name: name ?? field.name, position, active: body.active ?? field.active }, count);
      })
      .catch(conflictOn(name ?? ''));
  }

  /** Deletes a field no PAKN uses; one in use answers 409 and should be deactivated instead. */
  async remove(unit: ConsoleUnit, id: number): Promise<void> {
    await this.db
      .transaction()
      .execute(async (tx) => {
        const field = (await repo.listFields(tx, unit.id)).find((f) => f.id === id);
        if (!field) throw fieldNotFound();
        const count = (await this.usage.countByField(tx, unit.id)).get(id) ?? 0;
        if (count > 0) {
          throw new ConflictError('CONFLICT', `Lĩnh vực "${field.name}" đã có ${count} phản ánh, kiến nghị nên không thể xóa. Hãy tắt lĩnh vực để không chọn được nữa.`);
        }
        await repo.deleteField(tx, unit.id, id);
      })
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === '23503') throw new ConflictError('CONFLICT', 'Lĩnh vực vừa được dùng nên không thể xóa. Hãy tắt lĩnh vực.');
        throw error;
      });
  }

  /** The classify form's choice: an active field of the unit, else null (the caller answers 400). */
  activeField(db: Executor, unitId: number, id: number): Promise<{ id: number; name: string } | undefined> {
    return repo.findActiveField(db, unitId, id);
  }

  /**
   * A field named in free text (clients of the older API that send `field`): the unit's
   * entry with the same folded name, created when there is none, reactivated never.
   */
  async resolveName(db: Executor, unitId: number, raw: string): Promise<{ id: number; name: string } | null> {
    const name = cleanText(raw).replace(/\s+/g, ' ');
    const key = fieldKey(name);
    if (key.length < 2) return null;
    const found = await repo.findFieldByKey(db, unitId, key);
    if (found) return found.active ? found : null;
    const position = (await repo.listFields(db, unitId)).reduce((max, f) => Math.max(max, f.position + 1), 0);
    return { id: await repo.insertField(db, unitId, { name, key, position }), name };
  }

  /** Names of fields by id (the figures show them). */
  async names(ids: number[]): Promise<Map<number, { name: string; key: string }>> {
    const rows = await repo.fieldNames(this.db, [...new Set(ids)]);
    return new Map(rows.map((r) => [r.id, { name: r.name, key: r.key }]));
  }
}

function conflictOn(name: string) {
  return (error: unknown): never => {
    if (uniqueViolation(error) === 'feedback_fields_unit_key') throw sameName(cleanText(name));
    throw error;
  };
}

function cleanName(raw: string): string {
  const name = cleanText(raw).replace(/\s+/g, ' ');
  if (name.length < 2 || !/[\p{L}\p{N}]/u.test(name)) {
    throw new InvalidInputError('VALIDATION_FAILED', 'Tên lĩnh vực cần ít nhất 2 ký tự và có chữ hoặc số.');
  }
  return name;
}

function toSetting(row: { id: number; name: string; position: number; active: boolean }, count: number): FieldSettingT {
  return { id: row.id, name: row.name, position: row.position, active: row.active, feedbackCount: Number(count) };
}
