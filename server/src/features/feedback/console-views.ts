import type { OfficerFeedbackT, QueueItemT } from '@cchc/shared/api/console';
import type { WorkingCalendar } from '@cchc/shared/calendar/working-days';
import type { OfficerRow } from './console.repository.ts';
import { NOTICE_WORKING_DAYS } from '../rules/deadlines.ts';
import type { EventRow } from './feedback.repository.ts';
import { seesIdentity, type Viewer } from './identity-policy.ts';
import { counterFor } from './working-day-counter.ts';
import { officerDocumentUrl } from './answer-document-links.ts';
import { availableActions, type Condition, type WorkflowState } from './workflow.ts';

/** Row → what an officer sees. */

export function workflowState(row: { status: OfficerRow['status']; answer_submitted_at: Date | null; answer: string | null; rating: string | null }): WorkflowState {
  const facts = new Set<Condition>();
  if (row.answer_submitted_at) facts.add('submitted_draft');
  // A submitted draft or an approved answer: there is something to publish.
  if (row.answer_submitted_at || row.answer) facts.add('has_answer');
  if (row.rating === null) facts.add('unrated');
  return { status: row.status, facts };
}

export const officerPhotoUrl = (code: string, photoId: string) => `/api/v1/console/feedback/${code}/photos/${photoId}`;

export function toQueueItem(
  row: {
    code: string; kind: QueueItemT['kind']; status: QueueItemT['status']; severity: QueueItemT['severity']; received_at: Date;
    due_date: string; due_at: Date | null; answer_submitted_at: Date | null; topic_name: string; assignee_name: string | null; excerpt: string;
    unit_slug: string; unit_name: string; hide_identity: boolean; transfer_due_date: string; transferred_to_agency: string | null;
  },
  calendar: WorkingCalendar,
  today: string,
): QueueItemT {
  return {
    code: row.code,
    kind: row.kind,
    topic: row.topic_name,
    unit: { slug: row.unit_slug, name: row.unit_name },
    status: row.status,
    severity: row.severity,
    excerpt: row.excerpt,
    receivedAt: row.received_at.toISOString(),
    dueDate: row.due_date,
    dueDateProvisional: calendar.isProvisionalBetween(row.received_at, row.due_date),
    dueAt: row.due_at?.toISOString() ?? null,
    workingDaysLeft: counterFor(calendar).workingDaysLeft(today, row.due_date),
    assignee: row.assignee_name,
    awaitingApproval: row.answer_submitted_at !== null,
    hideIdentity: row.hide_identity,
    transferDueDate: row.transfer_due_date,
    transferredToAgency: row.transferred_to_agency,
  };
}

export interface OfficerViewInput {
  row: OfficerRow;
  events: EventRow[];
  photos: { id: string; public: boolean }[];
  viewer: Viewer;
  /** False once the item has left the viewer's scope (just transferred away): no more actions. */
  actionable: boolean;
  calendar: WorkingCalendar;
  today: string;
}

export function toOfficerFeedback({ row, events, photos, viewer, actionable, calendar, today }: OfficerViewInput): OfficerFeedbackT {
  const identity = seesIdentity(viewer, {
    hideIdentity: row.hide_identity,
    status: row.status,
    unitId: row.unit_id,
    transferredFromUnitId: row.transferred_from_unit_id,
  });
  return {
    code: row.code,
    unit: { slug: row.unit_slug, name: row.unit_name },
    kind: row.kind,
    topic: { id: row.topic_id, name: row.topic_name },
    content: row.content,
    location: row.location ? { lat: row.location.lat ?? null, lng: row.location.lng ?? null, address: row.location.address ?? null } : null,
    contact: identity ? { name: row.contact_name, phone: row.contact_phone, address: row.contact_address } : null,
    identityHidden: !identity,
    hideIdentity: row.hide_identity,
    status: row.status,
    severity: row.severity,
    field: row.field_name ?? row.field,
    fieldId: row.field_id,
    assignee: row.assignee_username ? { username: row.assignee_username, displayName: row.assignee_name ?? row.assignee_username } : null,
    receivedAt: row.received_at.toISOString(),
    transferDueDate: row.transfer_due_date,
    transferredToAgency: row.transferred_to_agency,
    noticeDueDate: calendar.dueDate(row.received_at, row.notice_working_days ?? NOTICE_WORKING_DAYS),
    dueDate: row.due_date,
    dueDateProvisional: calendar.isProvisionalBetween(row.received_at, row.due_date),
    dueAt: row.due_at?.toISOString() ?? null,
    workingDaysLeft: counterFor(calendar).workingDaysLeft(today, row.due_date),
    photos: photos.map((p) => ({ id: p.id, url: officerPhotoUrl(row.code, p.id), public: p.public })),
    answerDraft: row.answer_draft,
    awaitingApproval: row.answer_submitted_at !== null,
    answer: row.answer,
    answerDocument: row.answer_document_path
      ? { name: row.answer_document_name ?? 'van-ban-tra-loi.pdf', bytes: row.answer_document_bytes ?? 0, url: officerDocumentUrl(row.code), public: row.answer_document_public }
      : null,
    published: row.published,
    rejectReason: row.reject_reason,
    rejectNote: row.reject_note,
    duplicateOf: row.duplicate_code,
    rating: row.rating ? { value: row.rating, comment: row.rating_comment } : null,
    history: events.map((e) => ({
      at: e.created_at.toISOString(),
      actor: e.officer_name ?? (e.actor_kind === 'citizen' ? 'Người dân' : 'Hệ thống'),
      action: e.action,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      internal: e.internal,
      note: e.note,
    })),
    actions: actionable ? availableActions(viewer.role, workflowState(row)) : [],
  };
}
