import type { QueueQueryT } from '@cchc/shared/api/console';
import type { FeedbackStatusT, SeverityT } from '@cchc/shared/api/feedback';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { invalidateQueries } from '../../lib/use-query.ts';
import { PageHead } from '../components/layout.tsx';
import { Pager } from '../components/pager.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../ui/index.ts';
import { QueueFilters, type QueueFilterValues } from '../features/feedback/components/queue-filters.tsx';
import { QueueList } from '../features/feedback/components/queue-list.tsx';
import { useQueue } from '../features/feedback/hooks/use-feedback.ts';

const PAGE_SIZE = 20;

/** The filters live in the address (?q=&unit=&status=&topic=&severity=&overdue=1&mine=1&offset=), so Back keeps them. */
function readFilters(params: URLSearchParams): QueueFilterValues {
  return {
    status: (params.get('status') ?? '') as QueueFilterValues['status'],
    topicId: params.get('topic') ?? '',
    severity: (params.get('severity') ?? '') as QueueFilterValues['severity'],
    overdue: params.get('overdue') === '1',
    mine: params.get('mine') === '1',
    q: params.get('q') ?? '',
    unit: params.get('unit') ?? '',
  };
}

function toQuery(f: QueueFilterValues, offset: number): QueueQueryT {
  const status = f.status && f.status !== 'all' ? (f.status as FeedbackStatusT) : undefined;
  return {
    status,
    scope: f.status === '' ? 'open' : 'all',
    topicId: f.topicId ? Number(f.topicId) : undefined,
    severity: (f.severity || undefined) as SeverityT | undefined,
    overdue: f.overdue || undefined,
    mine: f.mine || undefined,
    q: f.q.trim() || undefined,
    unit: f.unit || undefined,
    limit: PAGE_SIZE,
    offset,
  };
}

export default function QueuePage() {
  // A queue changes under other officers' hands: always fetch it fresh when the screen opens.
  useState(() => invalidateQueries('console/queue'));
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const queue = useQueue(toQuery(filters, offset));

  const update = (next: QueueFilterValues, nextOffset = 0) => {
    const p = new URLSearchParams();
    if (next.status) p.set('status', next.status);
    if (next.topicId) p.set('topic', next.topicId);
    if (next.severity) p.set('severity', next.severity);
    if (next.overdue) p.set('overdue', '1');
    if (next.mine) p.set('mine', '1');
    if (next.q) p.set('q', next.q);
    if (next.unit) p.set('unit', next.unit);
    if (nextOffset) p.set('offset', String(nextOffset));
    setParams(p, { replace: true });
  };

  return (
    <>
      <PageHead title="Hàng chờ phản ánh, kiến nghị">
        <button type="button" className="c-btn" onClick={queue.reload} disabled={queue.isFetching}>
          Làm mới
        </button>
      </PageHead>
      <QueueFilters value={filters} onChange={(next) => update(next)} />
      {queue.status === 'error' && <ErrorState error={queue.error} onRetry={queue.reload} />}
      {!queue.data && queue.status === 'loading' && <LoadingState />}
      {queue.data && (
        <div className={queue.isFetching ? 'c-stale' : undefined}>
          <p className="c-count" aria-live="polite">
            {queue.data.total} phản ánh, sắp theo hạn xử lý
          </p>
          {queue.data.items.length === 0 ? (
            <EmptyState>
              <p>Không có phản ánh nào khớp bộ lọc.</p>
            </EmptyState>
          ) : (
            <QueueList items={queue.data.items} />
          )}
          <Pager offset={offset} limit={PAGE_SIZE} total={queue.data.total} onChange={(o) => update(filters, o)} />
        </div>
      )}
    </>
  );
}
