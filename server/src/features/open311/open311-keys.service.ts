import type { Kysely } from 'kysely';
import type { CreateOpen311KeyBodyT, IssuedOpen311KeyT, Open311KeyT } from '@cchc/shared/api/console-admin';
import type { DB } from '../../db/schema.ts';
import { InvalidInputError, NotFoundError } from '../../lib/domain-errors.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import { hashApiKey, newApiKey } from './api-keys.ts';
import * as repo from './open311.repository.ts';

/**
 * Open311 keys for city systems, issued and revoked by the city administrator in the
 * console. The key is shown once; only its hash is stored. Keys are not cached: a new
 * key works at once and a revoked one stops at once, in every server process.
 */
export class Open311KeysService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly units: UnitDirectory,
  ) {}

  async list(): Promise<Open311KeyT[]> {
    return (await repo.listKeys(this.db)).map(toKey);
  }

  async issue(body: CreateOpen311KeyBodyT): Promise<IssuedOpen311KeyT> {
    const name = body.name.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (name.length < 3) throw new InvalidInputError('VALIDATION_FAILED', 'Vui lòng đặt tên hệ thống dùng khóa (ít nhất 3 ký tự).');
    const unitId = body.unit === undefined ? null : (await this.units.get(body.unit)).id;
    const secret = newApiKey();
    const id = await repo.insertKey(this.db, { unitId, name, keyHash: hashApiKey(secret) });
    return { key: toKey((await repo.findKeyById(this.db, id))!), secret };
  }

  async revoke(id: number): Promise<Open311KeyT> {
    if (!(await repo.revokeKey(this.db, id))) {
      throw new NotFoundError('NOT_FOUND', 'Không tìm thấy khóa Open311 này. Vui lòng tải lại danh sách khóa.');
    }
    return toKey((await repo.findKeyById(this.db, id))!);
  }
}

function toKey(row: repo.KeyRow): Open311KeyT {
  return {
    id: row.id,
    name: row.name,
    unit: row.unit_slug && row.unit_name ? { slug: row.unit_slug, name: row.unit_name } : null,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at ? row.last_used_at.toISOString() : null,
    revokedAt: row.revoked_at ? row.revoked_at.toISOString() : null,
  };
}
