/**
 * Creating and saving a plan, each in one transaction: the unit's plans are locked
 * (advisory, per unit) so two concurrent creates cannot both pass the overlap check; a save
 * names the version it read and replaces tasks and targets together.
 */
import type { Kysely } from 'kysely';
import type { PlanInputT } from '@cchc/shared/api/plans';
import type { DB } from '../../db/schema.ts';
import { ConflictError, NotFoundError } from '../../lib/domain-errors.ts';
import { checkPlanInput, vnDate } from './plan-rules.ts';
import * as repo from './plans.repository.ts';

export const planNotFound = () => new NotFoundError('NOT_FOUND', 'Không tìm thấy kế hoạch này. Có thể kế hoạch đã bị xóa; vui lòng mở lại danh sách kế hoạch.');

async function refuseOverlap(tx: Kysely<DB> | Parameters<typeof repo.overlapping>[0], unitId: number, input: PlanInputT, exceptId: number | null) {
  const [other] = await repo.overlapping(tx, unitId, input.from, input.to, exceptId);
  if (!other) return;
  const name = [other.number, other.title].filter(Boolean).join(' – ');
  throw new ConflictError(
    'CONFLICT',
    `Thời gian ${vnDate(input.from)} – ${vnDate(input.to)} trùng với kế hoạch "${name}" (${vnDate(other.starts_on)} – ${vnDate(other.ends_on)}). ` +
      'Mỗi khoảng thời gian chỉ có một kế hoạch: hãy sửa kế hoạch đó hoặc chọn thời gian khác.',
  );
}

export async function createPlan(db: Kysely<DB>, unitId: number, raw: PlanInputT): Promise<number> {
  const input = checkPlanInput(raw);
  return db.transaction().execute(async (tx) => {
    await repo.lockUnitPlans(tx, unitId);
    await refuseOverlap(tx, unitId, input, null);
    const id = await repo.insertPlan(tx, unitId, input);
    await repo.replaceContent(tx, id, input);
    return id;
  });
}

export async function savePlan(db: Kysely<DB>, unitId: number, planId: number, version: number, raw: PlanInputT): Promise<void> {
  const input = checkPlanInput(raw);
  await db.transaction().execute(async (tx) => {
    await repo.lockUnitPlans(tx, unitId);
    const current = await repo.findPlan(tx, unitId, planId);
    if (!current) throw planNotFound();
    if (current.version !== version) throw stale(current.version, current.updated_at);
    await refuseOverlap(tx, unitId, input, planId);
    if (!(await repo.updatePlanHeader(tx, unitId, planId, version, input))) throw stale(version + 1, new Date());
    await repo.replaceContent(tx, planId, input);
  });
}

function stale(version: number, at: Date): ConflictError {
  const time = at.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' });
  return new ConflictError(
    'CONFLICT',
    `Kế hoạch đã được người khác lưu lúc ${time} (phiên bản ${version}) sau khi bạn mở. Hãy tải lại kế hoạch để xem thay đổi mới nhất rồi sửa tiếp; phần bạn vừa sửa chưa được lưu.`,
  );
}

export async function removePlan(db: Kysely<DB>, unitId: number, planId: number): Promise<void> {
  const gone = await db.transaction().execute(async (tx) => {
    await repo.lockUnitPlans(tx, unitId);
    return repo.deletePlan(tx, unitId, planId);
  });
  if (!gone) throw planNotFound();
}
