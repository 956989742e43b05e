import type { Kysely, Transaction, Updateable } from 'kysely';
import type { FeedbackActionT, OfficerFeedbackT, PublicCopyBodyT, PublicCopyPreviewT } from '@cchc/shared/api/console';
import { FEEDBACK_STATUS_LABELS } from '@cchc/shared/api/labels';
import type { WorkingCalendar } from '@cchc/shared/calendar/working-days';
import { cleanText } from '@cchc/shared/text/normalize';
import type { DB, FeedbackStatus, FeedbackTable } from '../../db/schema.ts';
import { ConflictError, DomainError, ForbiddenError, InvalidInputError } from '../../lib/domain-errors.ts';
import type { Unit, UnitDirectory } from '../units/units.service.ts';
import type { TransferAgencies, TransferAgency } from '../units/transfer-agencies.service.ts';
import type { CalendarStore } from '../rules/calendar-store.ts';
import { workflowState } from './console-views.ts';
import * as repo from './console.repository.ts';
import { canonicalCode, scopeOf, type ConsoleService, type OfficerIdentity } from './console.service.ts';
import { INITIAL_SEVERITY } from '../rules/deadlines.ts';
import { insertEvent, listPhotos, updateFeedback, type NewEvent } from './feedback.repository.ts';
import { answerForPublication } from './public-copy.ts';
import { officerDirectory } from '../officers/officer-directory.service.ts';
import type { TopicsService } from '../rules/topics.service.ts';
import type { FieldsService } from '../rules/fields.service.ts';
import { counterFor } from './working-day-counter.ts';
import { vietnamDay } from '@cchc/shared/calendar/working-days';
import { feedbackNotFound } from './tracking.service.ts';
import { decide, type Decision } from './workflow.ts';
import { dueChangeData } from './due-change.ts';

type Tx = Transaction<DB>;
type Ok = Extract<Decision, { ok: true }>;

interface Step {
  tx: Tx;
  row: repo.LockedRow;
  decision: Ok;
  officer: OfficerIdentity;
  now: Date;
  calendar: WorkingCalendar;
  /** The receiving unit of a transfer, or the agency of the province it goes to. */
  target: Unit | TransferAgency | null;
}

const badRequest = (code: 'VALIDATION_FAILED' | 'TOPIC_NOT_FOUND' | 'FEEDBACK_NOT_FOUND', message: string) => new InvalidInputError( code, message);

/**
 * Officers' changes to a PAKN. Each is one transaction: lock the row, ask the
 * workflow whether this role may do this now, change the row, record the event
 * (who, when, from → to).
 */
export class ConsoleActionsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly units: UnitDirectory,
    private readonly topics: TopicsService,
    private readonly calendar: CalendarStore,
    private readonly reads: ConsoleService,
    private readonly fields: Pick<FieldsService, 'activeField' | 'resolveName'>,
    private readonly agencies: Pick<TransferAgencies, 'get'>,
  ) {}

  async act(officer: OfficerIdentity, typedCode: string, action: FeedbackActionT): Promise<OfficerFeedbackT> {
    const code = canonicalCode(typedCode);
    const calendar = await this.calendar.get();
    // Reads outside the transaction happen first: on PGlite a second connection would wait for ever.
    const target = action.action !== 'transfer' ? null
      : 'agency' in action ? await this.agencies.get(officer.unitId, action.agency) : await this.transferTarget(action.unit);
    await this.db.transaction().execute(async (tx) => {
      const row = await repo.lockForOfficer(tx, scopeOf(officer), code);
      if (!row) throw feedbackNotFound();
      const decision = decide(action.action, officer.role, workflowState(row));
      if (!decision.ok) throw refusal(decision.error, action.action, row.status);
      await this.apply({ tx, row, decision, officer, now: new Date(), calendar, target }, action);
    });
    return this.reads.get(officer, code, { afterTransfer: action.action === 'transfer' });
  }

  /**
   * The leader's edit of the public copy. Stored apart from the original, which
   * stays untouched; the same text as the original stores nothing. It is masked
   * whenever it is shown, like the original.
   */
  async editPublicCopy(officer: OfficerIdentity, typedCode: string, body: PublicCopyBodyT): Promise<PublicCopyPreviewT> {
    const code = canonicalCode(typedCode);
    const calendar = await this.calendar.get();
    await this.db.transaction().execute(async (tx) => {
      const row = await repo.lockForOfficer(tx, scopeOf(officer), code);
      if (!row) throw feedbackNotFound();
      const decision = decide('edit_public_copy', officer.role, workflowState(row));
      if (!decision.ok) throw refusal(decision.error, 'edit_public_copy', row.status);
      const content = cleanText(body.content);
      const answer = cleanText(body.answer);
      const edits = {
        public_content: content === row.content ? null : content,
        public_answer: answer === answerForPublication(row) ? null : answer,
      };
      const step = { tx, row, decision, officer, now: new Date(), calendar, target: null };
      await this.change(step, 'public_copy_edited', edits, { internal: true, data: { content: edits.public_content !== null, answer: edits.public_answer !== null } });
    });
    return this.reads.publicCopy(officer, code);
  }

  private async apply(step: Step, action: FeedbackActionT): Promise<void> {
    switch (action.action) {
      case 'accept': {
        const topicId = action.topicId ?? step.row.topic_id;
        if (!(await this.topics.activeTopic(step.tx, step.row.unit_id, topicId))) throw badRequest('TOPIC_NOT_FOUND', 'Lĩnh vực đã chọn không có trong danh sách của đơn vị.');
        // Counted from receipt; a transferred item from the day this unit received it.
        const from = step.row.status === 'da_chuyen' ? step.now : step.row.received_at;
        const field = 'fieldId' in action
          ? await this.fields.activeField(step.tx, step.row.unit_id, action.fieldId)
          : await this.fields.resolveName(step.tx, step.row.unit_id, action.field);
        if (!field) throw badRequest('VALIDATION_FAILED', 'Lĩnh vực đã chọn không có (hoặc đã tắt) trong danh sách của đơn vị. Vui lòng chọn lại.');
        const due = await this.topics.answerDue(step.tx, step.calendar, from, step.row.unit_id, topicId, action.severity);
        return this.change(step, 'accepted', {
          field: field.name,
          field_id: field.id,
          severity: action.severity,
          topic_id: topicId,
          ...due,
        }, { data: { field: field.name, fieldId: field.id, severity: action.severity, topicId, ...dueChangeData(step.row, due) } });
      }
      case 'reject':
        return this.reject(step, action);
      case 'assign': {
        const assignee = await officerDirectory.activeOfficer(step.tx, step.row.unit_id, action.username.trim().toLowerCase());
        if (!assignee) throw badRequest('VALIDATION_FAILED', 'Không tìm thấy cán bộ này trong đơn vị.');
        return this.change(step, 'assigned', { assignee_id: assignee.id }, { data: { assignee: assignee.username } });
      }
      case 'transfer': {
        const target = step.target!;
        return 'id' in target ? this.transfer(step, target, action.note) : this.transferToAgency(step, target, action.note);
      }
      case 'note':
        return this.change(step, 'note', {}, { internal: true, note: cleanText(action.note) });
      case 'draft_answer':
        return this.change(step, action.submit ? 'draft_submitted' : 'draft_saved', {
          answer_draft: cleanText(action.answer),
          answer_submitted_at: action.submit ? step.now : null,
          // Whoever drafts an unassigned PAKN is its handler: "Của tôi" lists the work one did.
          ...(step.row.assignee_id === null ? { assignee_id: step.officer.id } : {}),
          // A new answer goes to the leader: an earlier edit of the public answer was of another text.
          ...(action.submit ? { public_answer: null } : {}),
        });
      case 'approve': {
        const photoIds = await checkPhotos(step, action.publish ? action.publicPhotoIds ?? [] : []);
        await this.change(step, 'approved', {
          answer: step.row.answer_draft,
          answered_at: step.now,
          answered_by: step.officer.id,
          // The figures' handling time: working days after the day of receipt up to today.
          handling_working_days: counterFor(step.calendar).workingDaysLeft(vietnamDay(step.row.received_at), vietnamDay(step.now)),
          answer_submitted_at: null,
          // A reopened item answered again may be rated again.
          rating: null,
          rating_comment: null,
          rated_at: null,
          closed_at: null,
          published: action.publish,
          published_at: action.publish ? step.now : null,
          answer_document_public: action.publish && action.publishDocument === true && step.row.answer_document_path !== null,
        });
        await repo.setPublicPhotos(step.tx, step.row.id, photoIds);
        if (action.publish) await this.event(step, 'published', { fromStatus: 'da_tra_loi', toStatus: 'da_tra_loi', data: { photos: photoIds.length } });
        return;
      }
      case 'return_draft':
        return this.change(step, 'draft_returned', { answer_submitted_at: null }, { internal: true, note: cleanText(action.note) });
      case 'publish': {
        const photoIds = await checkPhotos(step, action.publish ? action.publicPhotoIds ?? [] : []);
        await repo.setPublicPhotos(step.tx, step.row.id, photoIds);
        return this.change(step, action.publish ? 'published' : 'unpublished', {
          published: action.publish,
          published_at: action.publish ? step.now : null,
          answer_document_public: action.publish && action.publishDocument === true && step.row.answer_document_path !== null,
        }, { internal: !action.publish, data: { photos: photoIds.length, document: action.publish && action.publishDocument === true } });
      }
    }
  }

  private async reject(step: Step, action: Extract<FeedbackActionT, { action: 'reject' }>): Promise<void> {
    let original: repo.OfficerRow | undefined;
    if (action.reason === 'trung') {
      if (!action.duplicateOf) throw badRequest('VALIDATION_FAILED', 'Vui lòng ghi mã phản ánh gốc bị trùng.');
      original = await repo.findForOfficer(step.tx, scopeOf(step.officer), canonicalCode(action.duplicateOf));
      if (!original || original.id === step.row.id) throw badRequest('FEEDBACK_NOT_FOUND', 'Không tìm thấy phản ánh gốc với mã này trong đơn vị.');
    } else if (action.duplicateOf) {
      throw badRequest('VALIDATION_FAILED', 'Chỉ ghi mã phản ánh gốc khi lý do từ chối là trùng.');
    }
    await this.change(step, 'rejected', {
      reject_reason: action.reason,
      reject_note: cleanText(action.note),
      duplicate_of_id: original?.id ?? null,
      closed_at: step.now,
    }, { note: cleanText(action.note), data: { reason: action.reason, duplicateOf: original?.code } });
    // Merging: the duplicate keeps its photos and notes; the original's history records the link.
    if (original) {
      await insertEvent(step.tx, {
        unitId: original.unit_id,
        feedbackId: original.id,
        actorKind: 'officer',
        officerId: step.officer.id,
        action: 'duplicate_linked',
        internal: true,
        data: { duplicate: step.row.code },
      });
    }
  }

  private async transferTarget(unitSlug: string): Promise<Unit> {
    const target = await this.units.get(unitSlug.trim());
    await this.topics.ensure(target.id);
    return target;
  }

  private async transfer(step: Step, target: Unit, note: string): Promise<void> {
    if (target.id === step.row.unit_id) throw badRequest('VALIDATION_FAILED', 'Vui lòng chọn một đơn vị khác để chuyển.');
    // Topics are per unit: file it under the receiving unit's topic of the same code, else "Khác".
    const currentCode = await this.topics.codeOf(step.tx, step.row.topic_id);
    const topic = (await this.topics.topicByCode(step.tx, target.id, currentCode)) ?? (await this.topics.topicByCode(step.tx, target.id, 'khac'));
    const topicId = topic?.id ?? step.row.topic_id;
    const due = await this.topics.answerDue(step.tx, step.calendar, step.now, target.id, topicId, step.row.severity ?? INITIAL_SEVERITY);
    await this.change(step, 'transferred', {
      unit_id: target.id,
      transferred_to_agency: null,
      transferred_from_unit_id: step.row.unit_id,
      topic_id: topicId,
      // Lĩnh vực are per unit: the receiving unit classifies it again from its own list.
      field_id: null,
      assignee_id: null,
      answer_submitted_at: null,
      transfer_due_date: step.calendar.dueDate(step.now, await this.topics.transferDays(step.tx, target.id)),
      ...due,
    }, { unitId: target.id, note: cleanText(note), data: { toUnit: target.slug, toUnitName: target.summary.name, ...dueChangeData(step.row, due) } });
    await repo.movePhotos(step.tx, step.row.id, target.id);
  }

  /**
   * To Công an xã or a city department: outside the console, so the PAKN stays with the unit, marked
   * đã chuyển with the agency's name, for the unit to follow up; its transfer deadline is the one counted at receipt.
   */
  private async transferToAgency(step: Step, agency: TransferAgency, note: string): Promise<void> {
    await this.change(step, 'transferred', { transferred_to_agency: agency.name, answer_submitted_at: null }, {
      note: cleanText(note),
      data: { toAgency: agency.slug, toAgencyName: agency.name, transferDueDate: step.row.transfer_due_date },
    });
  }

  /** Updates the row and records the event; an event that moves no status is internal unless told otherwise. */
  private async change(step: Step, action: string, patch: Updateable<FeedbackTable>, event: Partial<NewEvent> = {}): Promise<void> {
    const moved = step.decision.to !== step.decision.from;
    await updateFeedback(step.tx, step.row.id, moved ? { ...patch, status: step.decision.to } : patch);
    await this.event(step, action, { internal: !moved, ...event });
  }

  private async event(step: Step, action: string, event: Partial<NewEvent>): Promise<void> {
    await insertEvent(step.tx, {
      unitId: step.row.unit_id,
      feedbackId: step.row.id,
      actorKind: 'officer',
      officerId: step.officer.id,
      action,
      fromStatus: step.decision.from,
      toStatus: step.decision.to,
      internal: false,
      ...event,
    });
  }
}

async function checkPhotos(step: Step, ids: string[]): Promise<string[]> {
  const own = new Set((await listPhotos(step.tx, step.row.id)).map((p) => p.id));
  if (ids.some((id) => !own.has(id))) throw badRequest('VALIDATION_FAILED', 'Có ảnh được chọn công khai không thuộc phản ánh này.');
  return [...new Set(ids)];
}

export function refusal(error: 'FORBIDDEN' | 'INVALID_TRANSITION', action: string, status: FeedbackStatus): DomainError {
  const what = ACTION_NAMES[action] ?? action;
  if (error === 'FORBIDDEN') {
    const who = action === 'draft_answer'
      ? 'Việc này do cán bộ xử lý thực hiện; lãnh đạo duyệt hoặc trả lại dự thảo.'
      : 'Việc này do lãnh đạo đơn vị thực hiện.';
    return new ForbiddenError('FORBIDDEN', `Tài khoản của bạn không có quyền ${what}. ${who}`);
  }
  return new ConflictError('INVALID_TRANSITION', `Không thể ${what} khi phản ánh đang ở trạng thái "${FEEDBACK_STATUS_LABELS[status]}".`);
}

const ACTION_NAMES: Record<string, string> = {
  accept: 'tiếp nhận, phân loại',
  reject: 'từ chối',
  assign: 'giao xử lý',
  transfer: 'chuyển đơn vị',
  note: 'ghi chú',
  draft_answer: 'soạn trả lời',
  approve: 'duyệt câu trả lời',
  return_draft: 'trả lại dự thảo',
  publish: 'công khai hoặc thôi công khai',
  edit_public_copy: 'sửa bản công khai',
};
