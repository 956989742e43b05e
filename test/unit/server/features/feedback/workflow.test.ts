import { describe, expect, it } from 'vitest';
import type { FeedbackStatusT } from '@cchc/shared/api/feedback';
import {
  ALL_STATUSES,
  availableActions,
  decide,
  type Actor,
  type Condition,
  type WorkflowAction,
} from '../../../../../server/src/features/feedback/workflow.ts';

const ACTORS: Actor[] = ['city_admin', 'unit_admin', 'leader', 'officer', 'citizen'];
const OFFICERS: Actor[] = ['city_admin', 'unit_admin', 'leader', 'officer'];
const ALL_FACTS = new Set<Condition>(['submitted_draft', 'unrated', 'within_reopen_window', 'has_answer']);

/** The rules as DOMAIN.md §3 states them, written out independently of workflow.ts. */
const EXPECTED: Record<WorkflowAction, { from: FeedbackStatusT[]; actors: Actor[]; to: FeedbackStatusT | 'same' }> = {
  accept: { from: ['moi', 'da_chuyen'], actors: OFFICERS, to: 'da_tiep_nhan' },
  reject: { from: ['moi', 'da_tiep_nhan', 'da_chuyen', 'mo_lai'], actors: OFFICERS, to: 'tu_choi' },
  assign: { from: ['da_tiep_nhan', 'dang_xu_ly', 'mo_lai'], actors: OFFICERS, to: 'dang_xu_ly' },
  transfer: { from: ['moi', 'da_tiep_nhan', 'dang_xu_ly', 'da_chuyen', 'mo_lai'], actors: OFFICERS, to: 'da_chuyen' },
  note: { from: [...ALL_STATUSES], actors: OFFICERS, to: 'same' },
  // The approvers (unit administrator, leader) approve or return a draft; they do not draft and submit to themselves.
  draft_answer: { from: ['da_tiep_nhan', 'dang_xu_ly', 'mo_lai'], actors: ['city_admin', 'officer'], to: 'dang_xu_ly' },
  approve: { from: ['dang_xu_ly'], actors: ['unit_admin', 'leader'], to: 'da_tra_loi' },
  return_draft: { from: ['dang_xu_ly'], actors: ['unit_admin', 'leader'], to: 'same' },
  publish: { from: ['da_tra_loi', 'dong'], actors: ['unit_admin', 'leader'], to: 'same' },
  edit_public_copy: { from: ['dang_xu_ly', 'da_tra_loi', 'dong'], actors: ['unit_admin', 'leader'], to: 'same' },
  rate_satisfied: { from: ['da_tra_loi', 'dong'], actors: ['citizen'], to: 'dong' },
  rate_unsatisfied: { from: ['da_tra_loi', 'dong'], actors: ['citizen'], to: 'same' },
  reopen: { from: ['da_tra_loi', 'dong'], actors: ['citizen'], to: 'mo_lai' },
};

const cases = (Object.keys(EXPECTED) as WorkflowAction[]).flatMap((action) =>
  ACTORS.flatMap((actor) => ALL_STATUSES.map((status) => [action, actor, status] as const)),
);

describe('every (action, actor, state) of the PAKN workflow', () => {
  it.each(cases)('%s by %s from %s', (action, actor, status) => {
    const rule = EXPECTED[action];
    const decision = decide(action, actor, { status, facts: ALL_FACTS });
    if (!rule.actors.includes(actor)) {
      expect(decision).toEqual({ ok: false, error: 'FORBIDDEN' });
    } else if (!rule.from.includes(status)) {
      expect(decision).toEqual({ ok: false, error: 'INVALID_TRANSITION' });
    } else {
      expect(decision).toEqual({ ok: true, from: status, to: rule.to === 'same' ? status : rule.to });
    }
  });
});

describe('conditions beyond the state', () => {
  const none = new Set<Condition>();

  it('approving or returning needs a draft submitted for approval', () => {
    expect(decide('approve', 'leader', { status: 'dang_xu_ly', facts: none })).toEqual({ ok: false, error: 'INVALID_TRANSITION', missing: 'submitted_draft' });
    expect(decide('return_draft', 'leader', { status: 'dang_xu_ly', facts: none })).toMatchObject({ ok: false, missing: 'submitted_draft' });
  });

  it('an answer is rated once', () => {
    expect(decide('rate_satisfied', 'citizen', { status: 'da_tra_loi', facts: none })).toMatchObject({ ok: false, missing: 'unrated' });
    expect(decide('rate_unsatisfied', 'citizen', { status: 'dong', facts: none })).toMatchObject({ ok: false, missing: 'unrated' });
  });

  it('reopening is allowed only within the window', () => {
    expect(decide('reopen', 'citizen', { status: 'da_tra_loi', facts: none })).toMatchObject({ ok: false, missing: 'within_reopen_window' });
  });

  it('an officer may never approve, whatever the state', () => {
    for (const status of ALL_STATUSES) {
      expect(decide('approve', 'officer', { status, facts: ALL_FACTS })).toEqual({ ok: false, error: 'FORBIDDEN' });
    }
  });

  it('a rejected item can only receive notes', () => {
    for (const actor of OFFICERS) {
      expect(availableActions(actor as never, { status: 'tu_choi', facts: ALL_FACTS })).toEqual(['note']);
    }
  });
});

describe('the buttons the console shows', () => {
  it('a new item: classify, reject, transfer, note', () => {
    expect(availableActions('officer', { status: 'moi', facts: new Set(['unrated']) })).toEqual(['accept', 'reject', 'transfer', 'note']);
  });

  it('a draft awaiting approval: the leader may approve or return it, the officer may not', () => {
    const state = { status: 'dang_xu_ly' as const, facts: new Set<Condition>(['submitted_draft', 'unrated']) };
    expect(availableActions('leader', state)).toEqual(expect.arrayContaining(['approve', 'return_draft']));
    expect(availableActions('officer', state)).not.toContain('approve');
  });

  it('an answered item: the leader may publish it', () => {
    expect(availableActions('leader', { status: 'da_tra_loi', facts: new Set(['unrated']) })).toEqual(['note', 'publish']);
    expect(availableActions('officer', { status: 'da_tra_loi', facts: new Set(['unrated']) })).toEqual(['note']);
  });

  it('the public copy: the leader edits it once there is an answer or a submitted draft, the officer never', () => {
    const answered = { status: 'da_tra_loi' as const, facts: new Set<Condition>(['has_answer']) };
    expect(availableActions('leader', answered)).toEqual(['note', 'publish', 'edit_public_copy']);
    expect(availableActions('officer', answered)).toEqual(['note']);
    const awaiting = { status: 'dang_xu_ly' as const, facts: new Set<Condition>(['submitted_draft', 'has_answer']) };
    expect(availableActions('leader', awaiting)).toContain('edit_public_copy');
    expect(availableActions('leader', { status: 'dang_xu_ly', facts: new Set<Condition>() })).not.toContain('edit_public_copy');
  });
});
