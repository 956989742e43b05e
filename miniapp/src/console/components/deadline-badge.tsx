import type { FeedbackStatusT } from '@cchc/shared/api/feedback';

const SETTLED: FeedbackStatusT[] = ['da_tra_loi', 'dong', 'tu_choi'];

/** "còn N ngày làm việc" (green, amber when ≤ 2), "Hôm nay hết hạn", "quá hạn N ngày" (red). */
export function deadlineText(days: number): { text: string; tone: 'ok' | 'warn' | 'today' | 'late' } {
  if (days < 0) return { text: `quá hạn ${-days} ngày`, tone: 'late' };
  if (days === 0) return { text: 'Hôm nay hết hạn', tone: 'today' };
  return { text: `còn ${days} ngày làm việc`, tone: days <= 2 ? 'warn' : 'ok' };
}

export function DeadlineBadge({ days, status }: { days: number; status: FeedbackStatusT }) {
  if (SETTLED.includes(status)) return null;
  const { text, tone } = deadlineText(days);
  return (
    <span className={`c-badge c-deadline c-deadline--${tone}`} data-testid="deadline-badge">
      {text}
    </span>
  );
}
