import { useState } from 'react';
import { Navigate, useParams } from 'react-router-dom';
import { AppPage } from '../components/app-page.tsx';
import { ErrorState, LoadingState } from '../ui/index.ts';
import { invalidateQueries } from '../lib/use-query.ts';
import { FeedbackDetailView } from '../features/feedback/components/feedback-detail-view.tsx';
import { accessKeyFor } from '../features/feedback/hooks/access-keys.ts';
import { useCitizenFeedback } from '../features/feedback/hooks/use-feedback.ts';
import { KIND_NAMES, kindOfCode } from '../features/feedback/kind-names.ts';

export default function FeedbackDetailPage() {
  const { code = '' } = useParams();
  const accessKey = accessKeyFor(code);
  useState(() => invalidateQueries(`feedback/${code}`));
  const feedback = useCitizenFeedback(code, accessKey);
  if (!accessKey) return <Navigate to={`/feedback/lookup?code=${encodeURIComponent(code)}`} replace />;
  return (
    <AppPage title={`Chi tiết ${KIND_NAMES[kindOfCode(code)]}`} backTo="/feedback/mine">
      {feedback.status === 'loading' && <LoadingState />}
      {feedback.status === 'error' && <ErrorState error={feedback.error} onRetry={feedback.reload} />}
      {feedback.status === 'success' && feedback.data && (
        <FeedbackDetailView
          feedback={feedback.data}
          accessKey={accessKey}
          onChanged={() => {
            invalidateQueries('feedback-mine');
            feedback.reload();
          }}
        />
      )}
    </AppPage>
  );
}
