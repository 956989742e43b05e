import type { FeedbackStatusT } from '@cchc/shared/api/feedback';
import { deadlineTextAt } from '../lib/deadline-text.ts';

const SETTLED: FeedbackStatusT[] = ['da_tra_loi', 'dong', 'tu_choi'];

export function DeadlineBadge({ days, status, dueAt }: { days: number; status: FeedbackStatusT; dueAt?: string | null }) {
  if (SETTLED.includes(status)) return null;
  const { text, tone } = deadlineTextAt(days, dueAt);
  return (
    <span className={`c-badge c-deadline c-deadline--${tone}`} data-testid="deadline-badge">
      {text}
    </span>
  );
}
