import type { MyFeedbackItemT } from '@cchc/shared/api/feedback';
import { formatDay } from '@cchc/shared/calendar/working-days';
import { formatDueAt } from '@cchc/shared/calendar/working-hours';
import { Link } from 'react-router-dom';
import { ChevronRightIcon } from '../../../components/icons.tsx';
import { formatDate } from '../../../lib/format.ts';
import { StatusBadge } from '../../../ui/index.ts';

/** One PAKN of "Phản ánh của tôi": status, topic, the beginning of the text, dates. */
export function MyFeedbackRow({ item }: { item: MyFeedbackItemT }) {
  return (
    <Link className="list-row feedback-row" to={`/feedback/${encodeURIComponent(item.code)}`} data-testid="my-feedback">
      <span className="list-row__text">
        <span className="feedback-row__top">
          <StatusBadge status={item.status} />
          <span className="feedback-row__code">{item.code}</span>
        </span>
        <span className="list-row__title">{item.topic}</span>
        <span className="list-row__summary">{item.excerpt}</span>
        <span className="list-row__meta">
          Gửi ngày {formatDate(item.receivedAt)} · Hạn trả lời {item.dueAt ? formatDueAt(item.dueAt) : formatDay(item.dueDate)}
          {item.dueDateProvisional && ' (dự kiến)'}
        </span>
      </span>
      <ChevronRightIcon className="list-row__chevron" />
    </Link>
  );
}
