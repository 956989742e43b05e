import type { QueueItemT } from '@cchc/shared/api/console';
import { formatDay } from '@cchc/shared/calendar/working-days';
import { formatDueAt } from '@cchc/shared/calendar/working-hours';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../../lib/format.ts';
import { DeadlineBadge } from '../../../components/deadline-badge.tsx';
import { SeverityBadge, StatusBadge } from '../../../../ui/index.ts';
import { IdentityFlag } from './identity-flag.tsx';

const KIND = { phan_anh: 'Phản ánh', kien_nghi: 'Kiến nghị' } as const;

/** The queue, soonest deadline first (the server's order). Content is shown as text. */
export function QueueList({ items }: { items: QueueItemT[] }) {
  return (
    <ul className="c-queue" data-testid="queue">
      {items.map((item) => (
        <li key={item.code}>
          <Link className="c-queue__item" to={`/feedback/${encodeURIComponent(item.code)}`} data-testid="queue-item" data-code={item.code}>
            <span className="c-queue__code">{item.code}</span>
            <span className="c-queue__badges">
              <StatusBadge status={item.status} />
              <SeverityBadge severity={item.severity} />
              {item.awaitingApproval && <span className="c-badge c-badge--approval">Chờ duyệt</span>}
              <DeadlineBadge days={item.workingDaysLeft} status={item.status} dueAt={item.dueAt} />
              {item.hideIdentity && <IdentityFlag />}
            </span>
            <span className="c-queue__topic">
              {KIND[item.kind]} · {item.topic}
            </span>
            <span className="c-queue__unit" data-testid="queue-unit">{item.unit.name}</span>
            <span className="c-queue__excerpt">{item.excerpt}</span>
            <span className="c-queue__meta">
              Nhận {formatDate(item.receivedAt)} · Hạn {item.dueAt ? formatDueAt(item.dueAt) : formatDay(item.dueDate)}
              {item.dueDateProvisional && ' (dự kiến)'}
              {item.assignee ? ` · ${item.assignee}` : ' · Chưa giao'}
              {item.status === 'moi' && ` · Hạn chuyển ${formatDay(item.transferDueDate)}`}
              {item.transferredToAgency && ` · Đã chuyển: ${item.transferredToAgency}`}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
