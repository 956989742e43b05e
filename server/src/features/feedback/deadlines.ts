import type { SeverityT } from '@cchc/shared/api/feedback';

/**
 * Default deadlines, in working days (DOMAIN.md §3, §4):
 * - transfer or classify within 05 working days: Nghị định 20/2008/NĐ-CP (amended by
 *   48/2013/NĐ-CP and 92/2017/NĐ-CP) on the intake of PAKN on administrative regulations;
 *   fixed by law, not configurable;
 * - bình thường: answer within 10 working days, Luật Tiếp công dân 2013, Điều 28;
 * - khẩn: within 01 working day, as Đà Nẵng 1022 and iHanoi do for urgent reports;
 * - phức tạp: 10 working days by default like any other; a unit may allow more in
 *   feedback_deadlines (no statute fixes a longer period, so it is the unit's call).
 * Every answer deadline may be overridden per unit, and per unit and topic, in the
 * feedback_deadlines table.
 */
export const TRANSFER_WORKING_DAYS = 5;

export const DEFAULT_ANSWER_WORKING_DAYS: Record<SeverityT, number> = {
  khan: 1,
  binh_thuong: 10,
  phuc_tap: 10,
};

/** The severity a PAKN is counted with before an officer classifies it. */
export const INITIAL_SEVERITY: SeverityT = 'binh_thuong';

export interface DeadlineRule {
  topicId: number | null;
  severity: SeverityT;
  workingDays: number;
}

/** The most specific rule wins: this topic and severity, then any topic with this severity, then the default. */
export function answerWorkingDays(rules: readonly DeadlineRule[], topicId: number, severity: SeverityT): number {
  const forTopic = rules.find((r) => r.topicId === topicId && r.severity === severity);
  if (forTopic) return forTopic.workingDays;
  const forUnit = rules.find((r) => r.topicId === null && r.severity === severity);
  return forUnit?.workingDays ?? DEFAULT_ANSWER_WORKING_DAYS[severity];
}
