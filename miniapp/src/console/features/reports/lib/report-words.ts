import type { ReportTargetT, UpcomingReportT } from '@cchc/shared/api/reports';
import { formatDate } from '../../../../lib/format.ts';

/** "Báo cáo quý IV/2026: gửi trước ngày 05/12/2026 — còn 3 ngày." */
export function upcomingText(r: Pick<UpcomingReportT, 'period' | 'dueBefore' | 'daysLeft'>): string {
  const left = r.daysLeft <= 0 ? 'đã đến hạn' : `còn ${r.daysLeft} ngày`;
  return `Báo cáo ${r.period.label}: gửi trước ngày ${formatDate(r.dueBefore)} — ${left}.`;
}

/** The tone of a target's status, for its badge. */
export function targetTone(status: ReportTargetT['status']): 'ok' | 'bad' | 'warn' | 'muted' {
  return { met: 'ok', missed: 'bad', ongoing: 'warn', upcoming: 'muted' }[status] as 'ok' | 'bad' | 'warn' | 'muted';
}

/** "Đạt 8 · Chưa đạt 2 · Đang thực hiện 1 · Chưa đến kỳ 0", leaving out the zeros but the first two. */
export function targetSummaryText(s: { met: number; missed: number; ongoing: number; upcoming: number }): string {
  const parts = [`Đạt: ${s.met}`, `Chưa đạt: ${s.missed}`];
  if (s.ongoing) parts.push(`Đang thực hiện: ${s.ongoing}`);
  if (s.upcoming) parts.push(`Chưa đến kỳ: ${s.upcoming}`);
  return parts.join(' · ');
}

/** An error from the API client (ApiError): its status and the server's message. */
type HttpError = { status: number; message: string };
const isHttpError = (error: unknown): error is HttpError =>
  typeof error === 'object' && error !== null && typeof (error as HttpError).status === 'number' && typeof (error as HttpError).message === 'string';

/** What a failed save of the texts says, and whether the page should offer to reload them. */
export function saveErrorText(error: unknown): { text: string; conflict: boolean } {
  if (isHttpError(error) && error.status === 409) {
    return {
      text: 'Người khác vừa lưu phần lời của báo cáo này. Hãy tải lại để xem bản mới nhất rồi sửa tiếp; nội dung bạn đang gõ chưa được lưu.',
      conflict: true,
    };
  }
  if (isHttpError(error) && error.status === 403) {
    return { text: 'Tài khoản của bạn chỉ được xem, không được sửa báo cáo của đơn vị này.', conflict: false };
  }
  if (isHttpError(error) && error.status > 0) return { text: error.message, conflict: false };
  return { text: 'Chưa lưu được. Vui lòng thử lại.', conflict: false };
}

/** What a failed save of the report due rule says. */
export function dueSaveErrorText(error: unknown): string {
  if (isHttpError(error) && error.status === 409) return 'Hạn gửi báo cáo vừa được người khác thay đổi. Hãy bấm "Tải lại" để xem hạn mới nhất rồi lưu lại.';
  if (isHttpError(error) && error.status > 0) return error.message;
  return 'Chưa lưu được. Vui lòng thử lại.';
}
