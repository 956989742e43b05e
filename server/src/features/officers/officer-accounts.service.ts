import type { Kysely } from 'kysely';
import type { CreateOfficerBodyT, OfficerListItemT, OfficerWithPasswordT } from '@cchc/shared/api/console-admin';
import { compareVietnamese } from '@cchc/shared/text/collate';
import type { DB, OfficerRole } from '../../db/schema.ts';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, unitNotFound } from '../../lib/domain-errors.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import type { AuthenticatedOfficer } from '../../plugins/officer-auth.ts';
import { generatePassword, hashPassword, verifyPassword } from './password.ts';
import * as repo from './officers.repository.ts';

/** The roles that manage officer accounts in the console. */
export const ACCOUNT_ADMINS: OfficerRole[] = ['unit_admin', 'city_admin'];

const notFound = () =>
  new NotFoundError('NOT_FOUND', 'Không tìm thấy tài khoản cán bộ này trong phạm vi bạn quản lý. Vui lòng chọn lại từ danh sách.');

/**
 * Officer accounts, managed by administrators: a city administrator manages every
 * account; a unit administrator those of their own unit, never a city administrator.
 * Disabling or resetting a password ends the account's sessions at once.
 */
export class OfficerAccountsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly units: UnitDirectory,
  ) {}

  /** The active officers of the actor's unit: whom a PAKN can be assigned to. */
  async assignable(actor: AuthenticatedOfficer): Promise<OfficerListItemT[]> {
    return sorted((await repo.listManagedOfficers(this.db, actor.unitId)).filter((o) => o.active).map(toItem));
  }

  /** Every account the actor manages, disabled ones too. */
  async list(actor: AuthenticatedOfficer): Promise<OfficerListItemT[]> {
    requireAdmin(actor);
    return sorted((await repo.listManagedOfficers(this.db, actor.role === 'city_admin' ? null : actor.unitId)).map(toItem));
  }

  async create(actor: AuthenticatedOfficer, body: CreateOfficerBodyT): Promise<OfficerWithPasswordT> {
    requireAdmin(actor);
    if (body.role === 'city_admin' && actor.role !== 'city_admin') {
      throw new ForbiddenError('FORBIDDEN', 'Quản trị đơn vị không tạo được tài khoản quản trị thành phố.');
    }
    const unit = await this.targetUnit(actor, body.unit);
    if (body.role === 'city_admin' && unit.kind !== 'city') {
      throw new InvalidInputError('VALIDATION_FAILED', 'Quản trị thành phố phải thuộc đơn vị cấp thành phố. Vui lòng chọn lại đơn vị hoặc vai trò.');
    }
    const displayName = body.displayName.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (displayName.length < 2) throw new InvalidInputError('VALIDATION_FAILED', 'Vui lòng nhập họ và tên cán bộ.');
    const password = body.password ?? generatePassword();
    const id = await repo.insertOfficer(this.db, {
      unitId: unit.id,
      username: body.username,
      displayName,
      role: body.role,
      passwordHash: await hashPassword(password),
    });
    if (id === undefined) throw new ConflictError('CONFLICT', `Tên đăng nhập "${body.username}" đã có người dùng. Vui lòng chọn tên khác.`);
    return { officer: toItem((await repo.findManagedOfficer(this.db, body.username))!), password: body.password ? null : password };
  }

  async setActive(actor: AuthenticatedOfficer, username: string, active: boolean): Promise<OfficerListItemT> {
    const target = await this.managed(actor, username);
    if (!active && target.id === actor.id) {
      throw new ConflictError('CONFLICT', 'Không thể tự khóa tài khoản đang đăng nhập. Nhờ một quản trị khác nếu cần.');
    }
    await this.db.transaction().execute(async (tx) => {
      await repo.setOfficerActive(tx, target.id, active);
      if (!active) await repo.deleteOfficerSessions(tx, target.id);
    });
    return toItem((await repo.findManagedOfficer(this.db, target.username))!);
  }

  /**
   * A new password (generated when none is given); the account's sessions end, except the
   * administrator's own current one when they reset their own password (so they see it).
   */
  async resetPassword(actor: AuthenticatedOfficer, username: string, chosen: string | undefined): Promise<OfficerWithPasswordT> {
    const target = await this.managed(actor, username);
    const password = chosen ?? generatePassword();
    const hash = await hashPassword(password);
    await this.db.transaction().execute(async (tx) => {
      await repo.setOfficerPassword(tx, target.id, hash);
      await repo.deleteOfficerSessions(tx, target.id, target.id === actor.id ? actor.sessionId : undefined);
    });
    return { officer: toItem((await repo.findManagedOfficer(this.db, target.username))!), password: chosen ? null : password };
  }

  /** Any officer replaces their own password; their other sessions end, this one stays. */
  async changeOwnPassword(actor: AuthenticatedOfficer, currentPassword: string, newPassword: string): Promise<void> {
    const stored = await repo.findPasswordHash(this.db, actor.id);
    if (!stored || !(await verifyPassword(currentPassword, stored))) {
      throw new InvalidInputError('VALIDATION_FAILED', 'Mật khẩu hiện tại không đúng. Vui lòng nhập lại.');
    }
    if (newPassword === currentPassword) throw new InvalidInputError('VALIDATION_FAILED', 'Mật khẩu mới cần khác mật khẩu hiện tại.');
    const hash = await hashPassword(newPassword);
    await this.db.transaction().execute(async (tx) => {
      await repo.setOfficerPassword(tx, actor.id, hash);
      await repo.deleteOfficerSessions(tx, actor.id, actor.sessionId);
    });
  }

  /** The account if the actor manages it; otherwise the same 404 as an unknown one. */
  private async managed(actor: AuthenticatedOfficer, username: string): Promise<repo.ManagedOfficerRow> {
    requireAdmin(actor);
    const target = await repo.findManagedOfficer(this.db, username.trim().toLowerCase());
    if (!target) throw notFound();
    if (actor.role === 'city_admin') return target;
    if (target.unit_id !== actor.unitId || target.role === 'city_admin') throw notFound();
    return target;
  }

  private async targetUnit(actor: AuthenticatedOfficer, slug: string | undefined): Promise<{ id: number; kind: string }> {
    if (slug === undefined || slug === actor.unitSlug) {
      const own = await this.units.get(actor.unitSlug);
      return { id: own.id, kind: own.summary.kind };
    }
    if (actor.role !== 'city_admin') throw unitNotFound();
    const unit = await this.units.get(slug);
    return { id: unit.id, kind: unit.summary.kind };
  }
}

function requireAdmin(actor: AuthenticatedOfficer): void {
  if (!ACCOUNT_ADMINS.includes(actor.role)) throw new ForbiddenError('FORBIDDEN', 'Tài khoản của bạn không có quyền quản lý tài khoản cán bộ.');
}

/** By unit, then name, in Vietnamese order. */
function sorted(items: OfficerListItemT[]): OfficerListItemT[] {
  return items.sort((a, b) => compareVietnamese(a.unit.name, b.unit.name) || compareVietnamese(a.displayName, b.displayName) || a.username.localeCompare(b.username));
}

function toItem(row: repo.ManagedOfficerRow): OfficerListItemT {
  return {
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    unit: { slug: row.unit_slug, name: row.unit_name },
    active: row.active,
    createdAt: row.created_at.toISOString(),
    disabledAt: row.disabled_at ? row.disabled_at.toISOString() : null,
  };
}
