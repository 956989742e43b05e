import type { CitizenFeedbackT, FeedbackEventT, FeedbackKindT, MyFeedbackItemT, PublishedFeedbackT } from '@cchc/shared/api/feedback';
import { FEEDBACK_STATUS_LABELS, REJECT_REASON_LABELS } from '@cchc/shared/api/labels';
import { addDays, vietnamDay, type WorkingCalendar } from '@cchc/shared/calendar/working-days';
import type { FeedbackStatus } from '../../db/schema.ts';
import type { CitizenRow, EventRow } from './feedback.repository.ts';
import { publicCopy, type PublicCopySource } from './public-copy.ts';
import { photoLinkExpiry, photoSignature } from './tracking-code.ts';
import { citizenDueChange } from './due-change.ts';
import { citizenDocumentUrl, publicDocumentUrl } from './answer-document-links.ts';

/** Row → what the citizen sees: no internal events, no officer names. */

const ANSWERED: FeedbackStatus[] = ['da_tra_loi', 'dong'];

/** "phản ánh" or "kiến nghị": the citizen side names the kind they sent. */
export const kindName = (kind: FeedbackKindT) => (kind === 'kien_nghi' ? 'kiến nghị' : 'phản ánh');

export function citizenEventLabel(event: Pick<EventRow, 'action' | 'to_status' | 'data'>, kind: FeedbackKindT = 'phan_anh'): string {
  const data = (event.data ?? {}) as Record<string, string | undefined>;
  switch (event.action) {
    case 'submitted':
      return `Đã gửi ${kindName(kind)}`;
    case 'accepted':
      return 'Đã tiếp nhận và phân loại';
    case 'rejected': {
      const reason = data.reason ? REJECT_REASON_LABELS[data.reason as keyof typeof REJECT_REASON_LABELS] : undefined;
      const duplicate = data.duplicateOf ? ` (${data.duplicateOf})` : '';
      return `Từ chối tiếp nhận${reason ? `: ${reason}${duplicate}` : ''}`;
    }
    case 'transferred':
      return data.toUnitName ? `Đã chuyển đến ${data.toUnitName} để xử lý theo thẩm quyền` : 'Đã chuyển đơn vị có thẩm quyền xử lý';
    case 'approved':
      return 'Đã có câu trả lời';
    case 'published':
      return 'Câu trả lời đã được công khai';
    case 'rated':
      return data.value === 'hai_long' ? 'Bạn đã đánh giá: hài lòng' : 'Bạn đã đánh giá: không hài lòng';
    case 'reopened':
      return `Bạn đã mở lại ${kindName(kind)}`;
    default:
      return event.to_status ? FEEDBACK_STATUS_LABELS[event.to_status] : 'Cập nhật';
  }
}

/** The last day (Vietnam time) the citizen may reopen, while that day has not passed. */
/** The place as the citizen gave it; null when they gave none. */
export function citizenPlace(location: unknown): CitizenFeedbackT['place'] {
  const l = (location ?? {}) as { address?: unknown; lat?: unknown; lng?: unknown };
  const address = typeof l.address === 'string' && l.address.trim() ? l.address.trim() : null;
  const hasPoint = typeof l.lat === 'number' && typeof l.lng === 'number' && Number.isFinite(l.lat) && Number.isFinite(l.lng);
  if (!address && !hasPoint) return null;
  return { address, lat: hasPoint ? (l.lat as number) : null, lng: hasPoint ? (l.lng as number) : null };
}

export function reopenUntil(status: FeedbackStatus, answeredAt: Date | null, reopenDays: number, now = new Date()): string | null {
  if (!ANSWERED.includes(status) || !answeredAt) return null;
  const last = addDays(vietnamDay(answeredAt), reopenDays);
  return vietnamDay(now) <= last ? last : null;
}

export function citizenPhotoUrl(secret: Buffer, code: string, photoId: string, now = Date.now()): string {
  const exp = photoLinkExpiry(now);
  return `/api/v1/feedback/${code}/photos/${photoId}?exp=${exp}&sig=${photoSignature(secret, photoId, exp)}`;
}

export const publicPhotoUrl = (photoId: string) => `/api/v1/public/photos/${photoId}`;

export function toCitizenFeedback(
  row: CitizenRow,
  events: EventRow[],
  photos: { id: string }[],
  secret: Buffer,
  calendar: WorkingCalendar,
): CitizenFeedbackT {
  const kind = kindName(row.kind);
  const history: FeedbackEventT[] = events.map((e) => {
    const dueChange = citizenDueChange(e.action, e.data, kind);
    return {
      at: e.created_at.toISOString(),
      status: e.to_status,
      label: citizenEventLabel(e, row.kind),
      ...(dueChange ? { dueChange } : {}),
    };
  });
  return {
    code: row.code,
    unit: { slug: row.unit_slug, name: row.unit_name },
    kind: row.kind,
    topic: row.topic_name,
    content: row.content,
    status: row.status,
    receivedAt: row.received_at.toISOString(),
    dueDate: row.due_date,
    dueDateProvisional: calendar.isProvisionalBetween(row.received_at, row.due_date),
    dueAt: row.due_at?.toISOString() ?? null,
    photos: photos.map((p) => ({ id: p.id, url: citizenPhotoUrl(secret, row.code, p.id) })),
    place: citizenPlace(row.location),
    history,
    answer: row.answer && row.answered_at ? { text: row.answer, answeredAt: row.answered_at.toISOString() } : null,
    rating: row.rating ? { value: row.rating, comment: row.rating_comment } : null,
    canRate: ANSWERED.includes(row.status) && row.rating === null,
    canReopenUntil: reopenUntil(row.status, row.answered_at, row.reopen_days),
    rejectReason: row.reject_reason ? REJECT_REASON_LABELS[row.reject_reason] : null,
    answerDocument: row.answer && row.answer_document_path
      ? { name: row.answer_document_name ?? 'van-ban-tra-loi.pdf', url: citizenDocumentUrl(secret, row.code) }
      : null,
  };
}

export function toMyItem(
  row: { code: string; status: FeedbackStatus; received_at: Date; due_date: string; due_at: Date | null; topic_name: string; excerpt: string },
  accessKey: string | null,
  calendar: WorkingCalendar,
): MyFeedbackItemT {
  return {
    code: row.code,
    accessKey,
    topic: row.topic_name,
    status: row.status,
    receivedAt: row.received_at.toISOString(),
    dueDate: row.due_date,
    dueDateProvisional: calendar.isProvisionalBetween(row.received_at, row.due_date),
    dueAt: row.due_at?.toISOString() ?? null,
    excerpt: row.excerpt,
  };
}

/** A published PAKN: only its public copy, masked. */
export function toPublished(
  row: PublicCopySource & { code: string; kind: PublishedFeedbackT['kind']; answer: string | null; received_at: Date; answered_at: Date | null; topic_name: string; answer_document_public?: boolean },
  photoIds: string[],
): PublishedFeedbackT {
  const copy = publicCopy(row, row.answer);
  return {
    code: row.code,
    topic: row.topic_name,
    kind: row.kind,
    content: copy.content.text,
    answer: copy.answer.text,
    receivedAt: row.received_at.toISOString(),
    answeredAt: (row.answered_at ?? row.received_at).toISOString(),
    photos: photoIds.map((id) => ({ id, url: publicPhotoUrl(id) })),
    answerDocumentUrl: row.answer_document_public ? publicDocumentUrl(row.code) : null,
  };
}
