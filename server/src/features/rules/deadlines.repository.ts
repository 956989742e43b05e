import type { Severity } from '../../db/schema.ts';
import type { DeadlineRule } from './deadlines.ts';
import type { Executor } from '../../db/executor.ts';

/** Replaces a unit's deadline rules. */
export async function replaceDeadlineRules(db: Executor, unitId: number, rules: DeadlineRule[]): Promise<void> {
  await db.deleteFrom('feedback_deadlines').where('unit_id', '=', unitId).execute();
  if (rules.length === 0) return;
  await db
    .insertInto('feedback_deadlines')
    .values(rules.map((r) => ({ unit_id: unitId, topic_id: r.topicId, severity: r.severity, working_days: r.workingDays })))
    .execute();
}

export async function listDeadlineRules(db: Executor, unitId: number): Promise<{ topicId: number | null; severity: Severity; workingDays: number }[]> {
  const rows = await db
    .selectFrom('feedback_deadlines')
    .select(['topic_id', 'severity', 'working_days'])
    .where('unit_id', '=', unitId)
    .execute();
  return rows.map((r) => ({ topicId: r.topic_id, severity: r.severity, workingDays: r.working_days }));
}
