import { useState } from 'react';
import { Link } from 'react-router-dom';
import { AppPage } from '../components/app-page.tsx';
import { KeyIcon, MessageIcon } from '../components/icons.tsx';
import { EmptyState, ErrorState, LoadingState } from '../ui/index.ts';
import { invalidateQueries } from '../lib/use-query.ts';
import { MyFeedbackRow } from '../features/feedback/components/my-feedback-row.tsx';
import { useMyFeedback } from '../features/feedback/hooks/use-feedback.ts';

export default function MyFeedbackPage() {
  // Statuses change on the unit's side: read them fresh each time the list opens.
  useState(() => invalidateQueries('feedback-mine'));
  const mine = useMyFeedback();
  return (
    <AppPage title="Phản ánh, kiến nghị của tôi" backTo="/" restoreScroll>
      <div className="button-stack button-stack--row">
        <Link className="button-link button-link--primary" to="/feedback/new">
          <MessageIcon /> Gửi phản ánh, kiến nghị
        </Link>
        <Link className="button-link button-link--secondary" to="/feedback/lookup">
          <KeyIcon /> Tra cứu bằng mã
        </Link>
      </div>
      {mine.status === 'loading' && <LoadingState />}
      {mine.status === 'error' && <ErrorState error={mine.error} onRetry={mine.reload} />}
      {mine.status === 'success' && mine.data && mine.data.items.length === 0 && (
        <EmptyState>
          <p>Bạn chưa gửi phản ánh, kiến nghị nào từ máy này.</p>
          <p>Nếu đã gửi từ máy khác, hãy dùng “Tra cứu bằng mã” với mã và khóa tra cứu.</p>
        </EmptyState>
      )}
      {mine.status === 'success' && mine.data && mine.data.items.length > 0 && (
        <section aria-labelledby="mine-title">
          <h1 className="section-title" id="mine-title">
            Đã gửi <span className="muted">({mine.data.items.length})</span>
          </h1>
          <ul className="card-list">
            {mine.data.items.map((item) => (
              <li key={item.code}>
                <MyFeedbackRow item={item} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </AppPage>
  );
}
