import type { DeadlineRule } from '../feedback/deadlines.ts';
import type { Executor } from '../../db/executor.ts';

/**
 * Replaces a unit's deadline rules. Reading them is the feedback feature's
 * listDeadlineRules (topics.repository.ts), which the deadlines are computed with.
 */
export async function replaceDeadlineRules(db: Executor, unitId: number, rules: DeadlineRule[]): Promise<void> {
  await db.deleteFrom('feedback_deadlines').where('unit_id', '=', unitId).execute();
  if (rules.length === 0) return;
  await db
    .insertInto('feedback_deadlines')
    .values(rules.map((r) => ({ unit_id: unitId, topic_id: r.topicId, severity: r.severity, working_days: r.workingDays })))
    .execute();
}
