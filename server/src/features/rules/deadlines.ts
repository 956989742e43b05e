import type { SeverityT } from '@cchc/shared/api/feedback';
import { addWorkingHours, type OfficePeriod } from '@cchc/shared/calendar/working-hours';
import { vietnamDay, type WorkingCalendar } from '@cchc/shared/calendar/working-days';

/**
 * The deadlines of a PAKN, each for what it is (DOMAIN.md §3, §4):
 * - notice of handling (thông báo thụ lý): Luật Tiếp công dân 2013 (Luật số 42/2013/QH13),
 *   Điều 28 — within 10 working days the receiver tells the sender whether the matter is taken
 *   up, refused or transferred. A notice, not the answer. Fixed by law: a unit may shorten it.
 * - transfer outside competence (chuyển PAKN ngoài thẩm quyền): Nghị định 20/2008/NĐ-CP
 *   (amended by 48/2013/NĐ-CP and 92/2017/NĐ-CP), Điều 9 khoản 1 điểm d — 05 working days to
 *   transfer a PAKN that is not within the unit's competence. Only for those, not for every
 *   classification. Fixed by law: a unit may shorten it.
 * - answer (trả lời): no statute fixes a general answer deadline for PAKN; it is the unit's
 *   own service commitment, configurable in feedback_deadlines per severity and topic. The
 *   defaults: bình thường and phức tạp 10 working days; khẩn 8 working hours (config
 *   URGENT_WORKING_HOURS), as Đà Nẵng 1022 and iHanoi treat urgent reports.
 */
export const TRANSFER_WORKING_DAYS = 5;
export const NOTICE_WORKING_DAYS = 10;

/** The unit's stricter statutory deadlines (null: the law's). */
export interface StatutoryDays {
  transferWorkingDays: number | null;
  noticeWorkingDays: number | null;
}

export const transferDays = (unit: StatutoryDays | undefined) => unit?.transferWorkingDays ?? TRANSFER_WORKING_DAYS;
export const noticeDays = (unit: StatutoryDays | undefined) => unit?.noticeWorkingDays ?? NOTICE_WORKING_DAYS;

/** Answer deadlines in working days when a unit sets none (khẩn: used only when counted in days). */
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

/** How long a PAKN has to be answered: whole working days, or working hours for khẩn. */
export type AnswerDeadline = { workingDays: number; workingHours: null } | { workingDays: null; workingHours: number };

/**
 * The unit's rule when it has one (in working days, the most specific first); otherwise
 * khẩn is timed in `urgentWorkingHours` working hours (config URGENT_WORKING_HOURS, default 8,
 * as iHanoi accepts within 8 working hours) and the others in the default working days.
 */
export function answerDeadline(rules: readonly DeadlineRule[], topicId: number, severity: SeverityT, urgentWorkingHours: number): AnswerDeadline {
  const hasRule = rules.some((r) => r.severity === severity && (r.topicId === topicId || r.topicId === null));
  if (severity === 'khan' && !hasRule) return { workingDays: null, workingHours: urgentWorkingHours };
  return { workingDays: answerWorkingDays(rules, topicId, severity), workingHours: null };
}

/** The due day, and for a deadline in working hours the due instant (counted over the unit's office hours). */
export function dueOf(
  calendar: WorkingCalendar,
  from: Date,
  deadline: AnswerDeadline,
  officeHours: readonly OfficePeriod[],
): { due_date: string; due_at: Date | null } {
  if (deadline.workingHours === null) return { due_date: calendar.dueDate(from, deadline.workingDays), due_at: null };
  const at = addWorkingHours(calendar, from, deadline.workingHours, officeHours);
  return { due_date: vietnamDay(at), due_at: at };
}
