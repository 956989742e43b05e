import { formatDay } from '@cchc/shared/calendar/working-days';
import { formatDueAt } from '@cchc/shared/calendar/working-hours';

/**
 * A PAKN's answer deadline before and after an event (accept, transfer, reopen), kept in the event's
 * data so the citizen's history can say that it moved and why. Nothing about the officer.
 */
export type Due = { due_date: string; due_at: Date | null };

export type DueChangeData = { dueFrom: { date: string; at: string | null }; dueTo: { date: string; at: string | null } };

const plain = (due: Due) => ({ date: due.due_date, at: due.due_at?.toISOString() ?? null });

/** The event data recording the move, or nothing when the deadline stays the same. */
export function dueChangeData(before: Due, after: Due): DueChangeData | Record<string, never> {
  const from = plain(before);
  const to = plain(after);
  return from.date === to.date && from.at === to.at ? {} : { dueFrom: from, dueTo: to };
}

/** "16/12/2026" or "11:30 ngày 03/12/2026" (a khẩn PAKN timed in working hours). */
export function formatDue(due: { date: string; at: string | null }): string {
  return due.at ? formatDueAt(due.at) : formatDay(due.date);
}

function isDue(value: unknown): value is { date: string; at: string | null } {
  if (!value || typeof value !== 'object') return false;
  const { date, at } = value as { date?: unknown; at?: unknown };
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && (at === null || typeof at === 'string');
}

/** Why the deadline moved, in the citizen's words, from the event that moved it. */
function reason(action: string, data: Record<string, unknown>, kind: string): string {
  switch (action) {
    case 'accepted':
      if (data.severity === 'khan') return `${kind} được xếp mức khẩn nên phải trả lời sớm hơn`;
      if (data.severity === 'phuc_tap') return `${kind} được xếp mức phức tạp nên có thêm thời gian xử lý`;
      return 'thời hạn được tính theo lĩnh vực và mức độ khi tiếp nhận';
    case 'transferred':
      return 'đơn vị có thẩm quyền nhận lại và thời hạn được tính lại từ ngày nhận';
    case 'reopened':
      return 'bạn mở lại nên thời hạn được tính lại từ ngày mở lại';
    default:
      return 'thời hạn được cập nhật';
  }
}

/** The deadline change an event recorded, ready to show; null when it moved none (or is older than this record). */
export function citizenDueChange(action: string, data: unknown, kind: string): { from: string; to: string; reason: string } | null {
  const d = (data ?? {}) as Record<string, unknown>;
  if (!isDue(d.dueFrom) || !isDue(d.dueTo)) return null;
  return { from: formatDue(d.dueFrom), to: formatDue(d.dueTo), reason: reason(action, d, kind) };
}
