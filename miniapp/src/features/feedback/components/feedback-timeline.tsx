import type { FeedbackEventT } from '@cchc/shared/api/feedback';
import { formatDateTime } from '../../../lib/format.ts';
import { StatusBadge } from '../../../ui/index.ts';

/** The history of a PAKN, oldest first, with dates; a moved deadline says from when to when and why. */
export function FeedbackTimeline({ events }: { events: FeedbackEventT[] }) {
  if (events.length === 0) return null;
  return (
    <ol className="timeline" data-testid="feedback-timeline">
      {events.map((event, index) => (
        <li key={`${event.at}-${index}`} className={index === events.length - 1 ? 'timeline__item timeline__item--current' : 'timeline__item'}>
          <span className="timeline__dot" aria-hidden="true" />
          <div className="timeline__body">
            <p className="timeline__date">{formatDateTime(event.at)}</p>
            <p className="timeline__label">{event.label}</p>
            {event.dueChange && (
              <p className="timeline__due" data-testid="due-change">
                Hạn trả lời đổi từ {event.dueChange.from} sang <strong>{event.dueChange.to}</strong>. Lý do: {event.dueChange.reason}.
              </p>
            )}
            {event.status && <StatusBadge status={event.status} />}
          </div>
        </li>
      ))}
    </ol>
  );
}
