import type { FeedbackStatusT } from '@cchc/shared/api/feedback';
import { FEEDBACK_STATUS_LABELS } from '@cchc/shared/api/labels';

export function StatusBadge({ status }: { status: FeedbackStatusT }) {
  return (
    <span className={`badge status status--${status}`} data-testid="feedback-status">
      {FEEDBACK_STATUS_LABELS[status] ?? status}
    </span>
  );
}
