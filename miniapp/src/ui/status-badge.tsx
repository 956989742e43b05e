import type { FeedbackStatusT, SeverityT } from '@cchc/shared/api/feedback';
import { FEEDBACK_STATUS_LABELS, SEVERITY_LABELS } from '@cchc/shared/api/labels';

/** A PAKN's status, with the shared Vietnamese label. */
export function StatusBadge({ status }: { status: FeedbackStatusT }) {
  return (
    <span className={`ui-badge ui-status ui-status--${status}`} data-testid="feedback-status">
      {FEEDBACK_STATUS_LABELS[status] ?? status}
    </span>
  );
}

export function SeverityBadge({ severity }: { severity: SeverityT | null }) {
  if (!severity) return null;
  return <span className={`ui-badge ui-severity ui-severity--${severity}`}>{SEVERITY_LABELS[severity]}</span>;
}
