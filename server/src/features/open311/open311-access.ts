import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { ForbiddenError } from '../../lib/domain-errors.ts';
import { hashApiKey } from './api-keys.ts';
import * as repo from './open311.repository.ts';

/**
 * What an api_key lets a city system do. Keys are read from the database on every
 * request (no cache): a key issued while the server runs works at once, a revoked
 * one stops at once, in every server process.
 */
export class Open311Access {
  constructor(private readonly db: Kysely<DB>) {}

  /** A key for this unit reads every PAKN's (masked) content; without one, content only of published answers. */
  async readsContent(apiKey: string | undefined, unitId: number): Promise<boolean> {
    if (!apiKey?.trim()) return false;
    const key = await repo.findKeyByHash(this.db, hashApiKey(apiKey));
    if (key) await repo.touchKey(this.db, key.id);
    return key !== undefined && (key.unit_id === null || key.unit_id === unitId);
  }

  /** The key allowed to send to this unit, or a 403 that says why. */
  async writer(apiKey: string | undefined, unit: { id: number; name: string }): Promise<{ id: number }> {
    if (!apiKey?.trim()) throw new ForbiddenError('FORBIDDEN', 'Thiếu api_key. Hệ thống gửi phản ánh qua Open311 cần khóa do quản trị hệ thống cấp.');
    const key = await repo.findKeyByHash(this.db, hashApiKey(apiKey));
    if (!key) throw new ForbiddenError('FORBIDDEN', 'api_key không hợp lệ hoặc đã bị thu hồi. Liên hệ quản trị hệ thống để được cấp khóa.');
    await repo.touchKey(this.db, key.id);
    if (key.unit_id !== null && key.unit_id !== unit.id) throw new ForbiddenError('FORBIDDEN', `api_key này không được gửi phản ánh đến ${unit.name}.`);
    return { id: key.id };
  }
}
