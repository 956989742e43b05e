import type { FeedbackStatusT, SeverityT } from '@cchc/shared/api/feedback';
import { FEEDBACK_STATUS_LABELS, SEVERITY_LABELS } from '@cchc/shared/api/labels';

export function StatusBadge({ status }: { status: FeedbackStatusT }) {
  return <span className={`c-badge c-status c-status--${status}`}>{FEEDBACK_STATUS_LABELS[status] ?? status}</span>;
}

export function SeverityBadge({ severity }: { severity: SeverityT | null }) {
  if (!severity) return null;
  return <span className={`c-badge c-severity c-severity--${severity}`}>{SEVERITY_LABELS[severity]}</span>;
}
