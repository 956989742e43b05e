import type { UnitProgressT } from '@cchc/shared/api/plans';

/** The counts in one line of words: "4 đạt · 2 chưa đạt · 3 đang thực hiện (1 sắp hết hạn mà chưa đạt)". */
export function ProgressSummary({ summary }: { summary: UnitProgressT['summary'] }) {
  const items = [
    { n: summary.met, label: 'đạt', tone: 'ok' },
    { n: summary.missed, label: 'chưa đạt', tone: 'late' },
    { n: summary.ongoing, label: 'đang thực hiện', tone: 'progress' },
    { n: summary.atRisk, label: 'sắp hết hạn mà chưa đạt', tone: 'warn' },
    { n: summary.upcoming, label: 'chưa đến kỳ', tone: 'muted' },
  ].filter((i) => i.n > 0);
  if (items.length === 0) return null;
  return (
    <ul className="c-psummary" aria-label="Tóm tắt" data-testid="progress-summary">
      {items.map((i) => (
        <li key={i.label} className={`c-psummary__item c-psummary__item--${i.tone}`}>
          <strong>{i.n}</strong> {i.label}
        </li>
      ))}
    </ul>
  );
}
