import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { DeadlineRule } from '../feedback/deadlines.ts';

type Executor = Kysely<DB> | Transaction<DB>;

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
