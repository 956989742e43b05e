import { useState } from 'react';
import { Button } from 'zmp-ui';
import { AppPage } from '../components/app-page.tsx';
import { EmptyState, ErrorState, LoadingState } from '../ui/index.ts';
import { PublishedCard } from '../features/feedback/components/published-card.tsx';
import { PUBLISHED_PAGE_SIZE, usePublishedFeedback } from '../features/feedback/hooks/use-feedback.ts';
import { useChosenUnit } from '../features/units/hooks/use-current-unit.ts';

export default function PublishedFeedbackPage() {
  const unit = useChosenUnit();
  const [count, setCount] = useState(PUBLISHED_PAGE_SIZE);
  const published = usePublishedFeedback(unit.slug, count);
  const data = published.data;
  return (
    <AppPage title="Phản ánh, kiến nghị đã trả lời" backTo="/" restoreScroll>
      <p className="lead">Các phản ánh, kiến nghị {unit.name} đã trả lời và công khai. Thông tin cá nhân của người gửi đã được ẩn.</p>
      {published.status === 'error' && <ErrorState error={published.error} onRetry={published.reload} />}
      {!data && published.status === 'loading' && <LoadingState />}
      {data && data.items.length === 0 && (
        <EmptyState>
          <p>Chưa có phản ánh, kiến nghị nào được công khai câu trả lời.</p>
        </EmptyState>
      )}
      {data && data.items.length > 0 && (
        <>
          <ul className="card-list published-list">
            {data.items.map((item) => (
              <li key={item.code}>
                <PublishedCard item={item} />
              </li>
            ))}
          </ul>
          <p className="muted">
            Đang xem {data.items.length}/{data.total} phản ánh, kiến nghị
          </p>
          {data.items.length < data.total && (
            <Button
              className="btn-large"
              variant="secondary"
              fullWidth
              loading={published.isFetching}
              disabled={published.isFetching}
              onClick={() => setCount((c) => c + PUBLISHED_PAGE_SIZE)}
            >
              Xem thêm
            </Button>
          )}
        </>
      )}
    </AppPage>
  );
}
