import type { AuditEventT } from '@cchc/shared/api/console';
import { FEEDBACK_EVENT_LABELS, FEEDBACK_STATUS_LABELS } from '@cchc/shared/api/labels';
import { formatDateTime } from '../../../../lib/format.ts';

/** Who did what and when, from which status to which: the audit trail (notes are listed on their own). */
export function HistoryList({ events }: { events: AuditEventT[] }) {
  const shown = events.filter((e) => e.action !== 'note');
  if (shown.length === 0) return <p className="c-muted">Chưa có thao tác nào.</p>;
  return (
    <ol className="c-history" data-testid="history">
      {shown.map((event, index) => (
        <li key={`${event.at}-${index}`} className="c-history__item">
          <p className="c-history__what">
            {FEEDBACK_EVENT_LABELS[event.action] ?? event.action}
            {event.internal && <span className="c-badge c-badge--muted">Nội bộ</span>}
          </p>
          <p className="c-history__meta">
            {formatDateTime(event.at)} · {event.actor}
            {event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus && (
              <>
                {' · '}
                {FEEDBACK_STATUS_LABELS[event.fromStatus]} → {FEEDBACK_STATUS_LABELS[event.toStatus]}
              </>
            )}
          </p>
          {event.note && <p className="c-history__note c-pre">{event.note}</p>}
        </li>
      ))}
    </ol>
  );
}

export function NotesList({ events }: { events: AuditEventT[] }) {
  const notes = events.filter((e) => e.action === 'note');
  if (notes.length === 0) return <p className="c-muted">Chưa có ghi chú.</p>;
  return (
    <ul className="c-notes" data-testid="notes">
      {notes.map((note, index) => (
        <li key={`${note.at}-${index}`} className="c-notes__item">
          <p className="c-history__meta">
            {formatDateTime(note.at)} · {note.actor}
          </p>
          <p className="c-pre">{note.note}</p>
        </li>
      ))}
    </ul>
  );
}
