import { useState } from 'react';
import { invalidateQueries } from '../../lib/use-query.ts';
import { PageHead } from '../components/layout.tsx';
import { Pager } from '../components/pager.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../ui/index.ts';
import { QueueList } from '../features/feedback/components/queue-list.tsx';
import { useQueue } from '../features/feedback/hooks/use-feedback.ts';

const PAGE_SIZE = 20;

/** The leader's list: answers submitted for approval and not yet approved or returned. */
export default function ApprovalsPage() {
  useState(() => invalidateQueries('console/queue'));
  const [offset, setOffset] = useState(0);
  const queue = useQueue({ awaitingApproval: true, scope: 'open', limit: PAGE_SIZE, offset });
  // Filtered again here: a server that ignored the filter must not show items that are not waiting.
  const items = queue.data?.items.filter((item) => item.awaitingApproval) ?? [];
  return (
    <>
      <PageHead title="Trả lời chờ duyệt">
        <button type="button" className="c-btn" onClick={queue.reload} disabled={queue.isFetching}>
          Làm mới
        </button>
      </PageHead>
      <p className="c-muted">Dự thảo trả lời cán bộ đã trình. Mở từng phản ánh để duyệt, quyết định công khai hoặc trả lại để sửa.</p>
      {queue.status === 'error' && <ErrorState error={queue.error} onRetry={queue.reload} />}
      {!queue.data && queue.status === 'loading' && <LoadingState />}
      {queue.data && (
        <div className={queue.isFetching ? 'c-stale' : undefined}>
          {items.length === 0 ? (
            <EmptyState>
              <p>Không có câu trả lời nào đang chờ duyệt.</p>
            </EmptyState>
          ) : (
            <QueueList items={items} />
          )}
          <Pager offset={offset} limit={PAGE_SIZE} total={queue.data.total} onChange={setOffset} />
        </div>
      )}
    </>
  );
}
