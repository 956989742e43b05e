import type { OfficerRoleT } from '@cchc/shared/api/console';
import type { FeedbackStatusT } from '@cchc/shared/api/feedback';

/**
 * The PAKN state machine (DOMAIN.md §3): mới → đã tiếp nhận → đang xử lý | đã chuyển
 * → đã trả lời → đóng | mở lại; từ chối from the intake states. Answering and
 * publishing are separate steps. Each action lists the states it starts from, who
 * may take it, and where it leads; nothing else changes a status.
 */

export type OfficerAction =
  | 'accept'
  | 'reject'
  | 'assign'
  | 'transfer'
  | 'note'
  | 'draft_answer'
  | 'approve'
  | 'return_draft'
  | 'publish'
  | 'edit_public_copy';
export type CitizenAction = 'rate_satisfied' | 'rate_unsatisfied' | 'reopen';
export type WorkflowAction = OfficerAction | CitizenAction;
export type Actor = OfficerRoleT | 'citizen';

/** Facts besides the status that some actions depend on. */
export type Condition = 'submitted_draft' | 'unrated' | 'within_reopen_window' | 'has_answer';

export interface Transition {
  from: readonly FeedbackStatusT[];
  actors: readonly Actor[];
  /** 'same': the action records something without moving the status. */
  to: FeedbackStatusT | 'same';
  requires?: readonly Condition[];
}

export const ALL_STATUSES: readonly FeedbackStatusT[] = ['moi', 'da_tiep_nhan', 'dang_xu_ly', 'da_chuyen', 'da_tra_loi', 'dong', 'mo_lai', 'tu_choi'];
export const OPEN_STATUSES: readonly FeedbackStatusT[] = ['moi', 'da_tiep_nhan', 'dang_xu_ly', 'da_chuyen', 'mo_lai'];
const OFFICERS: readonly Actor[] = ['city_admin', 'unit_admin', 'leader', 'officer'];
/** Approving and publishing an answer is a leader's decision (the unit administrator stands in). */
const APPROVERS: readonly Actor[] = ['unit_admin', 'leader'];
/** Drafting and submitting an answer is the desk's work; those who approve it do not submit to themselves. */
const DRAFTERS: readonly Actor[] = ['city_admin', 'officer'];
const ANSWERED: readonly FeedbackStatusT[] = ['da_tra_loi', 'dong'];

export const TRANSITIONS: Record<WorkflowAction, Transition> = {
  // Classify (lĩnh vực, mức độ); the receiving unit of a transfer accepts it too.
  accept: { from: ['moi', 'da_chuyen'], actors: OFFICERS, to: 'da_tiep_nhan' },
  reject: { from: ['moi', 'da_tiep_nhan', 'da_chuyen', 'mo_lai'], actors: OFFICERS, to: 'tu_choi' },
  assign: { from: ['da_tiep_nhan', 'dang_xu_ly', 'mo_lai'], actors: OFFICERS, to: 'dang_xu_ly' },
  transfer: { from: OPEN_STATUSES, actors: OFFICERS, to: 'da_chuyen' },
  note: { from: ALL_STATUSES, actors: OFFICERS, to: 'same' },
  draft_answer: { from: ['da_tiep_nhan', 'dang_xu_ly', 'mo_lai'], actors: DRAFTERS, to: 'dang_xu_ly' },
  approve: { from: ['dang_xu_ly'], actors: APPROVERS, to: 'da_tra_loi', requires: ['submitted_draft'] },
  return_draft: { from: ['dang_xu_ly'], actors: APPROVERS, to: 'same', requires: ['submitted_draft'] },
  publish: { from: ANSWERED, actors: APPROVERS, to: 'same' },
  // The public copy (content and answer as they will be published), edited apart from the original.
  edit_public_copy: { from: ['dang_xu_ly', ...ANSWERED], actors: APPROVERS, to: 'same', requires: ['has_answer'] },
  rate_satisfied: { from: ANSWERED, actors: ['citizen'], to: 'dong', requires: ['unrated'] },
  rate_unsatisfied: { from: ANSWERED, actors: ['citizen'], to: 'same', requires: ['unrated'] },
  reopen: { from: ANSWERED, actors: ['citizen'], to: 'mo_lai', requires: ['within_reopen_window'] },
};

export const OFFICER_ACTIONS = Object.keys(TRANSITIONS).filter((a) => TRANSITIONS[a as WorkflowAction].actors.some((r) => r !== 'citizen')) as OfficerAction[];

export interface WorkflowState {
  status: FeedbackStatusT;
  /** The conditions that hold now. */
  facts: ReadonlySet<Condition>;
}

export type Decision =
  | { ok: true; from: FeedbackStatusT; to: FeedbackStatusT }
  | { ok: false; error: 'FORBIDDEN' | 'INVALID_TRANSITION'; missing?: Condition };

/** Whether `actor` may take `action` now. A role that may never take it is FORBIDDEN, whatever the state. */
export function decide(action: WorkflowAction, actor: Actor, state: WorkflowState): Decision {
  const rule = TRANSITIONS[action];
  if (!rule.actors.includes(actor)) return { ok: false, error: 'FORBIDDEN' };
  if (!rule.from.includes(state.status)) return { ok: false, error: 'INVALID_TRANSITION' };
  const missing = rule.requires?.find((c) => !state.facts.has(c));
  if (missing) return { ok: false, error: 'INVALID_TRANSITION', missing };
  return { ok: true, from: state.status, to: rule.to === 'same' ? state.status : rule.to };
}

/** The officer actions `role` may take now: the console shows these as buttons. */
export function availableActions(role: OfficerRoleT, state: WorkflowState): OfficerAction[] {
  return OFFICER_ACTIONS.filter((action) => decide(action, role, state).ok);
}

export function isOpen(status: FeedbackStatusT): boolean {
  return OPEN_STATUSES.includes(status);
}
