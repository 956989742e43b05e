import type { TargetProgressT } from '@cchc/shared/api/plans';
import { reportDueText, warningText } from '../lib/progress-words.ts';
import type { UpcomingReportT } from '../lib/shapes.ts';

/** On top of the page: targets about to close below their minimum, and reports due soon. Nothing when all is well. */
export function WarningBanner({ targets, reports: upcoming }: { targets: TargetProgressT[]; reports: UpcomingReportT[] }) {
  const reports = upcoming.filter((r) => r.remind);
  if (targets.length === 0 && reports.length === 0) return null;
  return (
    <section className="c-pwarn" role="alert" aria-label="Cảnh báo" data-testid="progress-warnings">
      {targets.length > 0 && (
        <>
          <h2 className="c-pwarn__title">⚠ Sắp hết kỳ mà chưa đạt chỉ tiêu</h2>
          <ul className="c-pwarn__list">
            {targets.map((t) => (
              <li key={`${t.targetId}:${t.period.key}`}>{warningText(t)}</li>
            ))}
          </ul>
        </>
      )}
      {reports.length > 0 && (
        <>
          <h2 className="c-pwarn__title">⚠ Báo cáo sắp đến hạn</h2>
          <ul className="c-pwarn__list">
            {reports.map((r) => (
              <li key={r.period.key}>{reportDueText(r)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
