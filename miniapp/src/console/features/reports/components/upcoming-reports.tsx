import type { UpcomingReportT } from '@cchc/shared/api/reports';
import { upcomingText } from '../lib/report-words.ts';

/** The next reports due; those close enough to remind of are marked and come with a button to open them. */
export function UpcomingReports({ items, onOpen }: { items: UpcomingReportT[]; onOpen: (periodKey: string) => void }) {
  if (items.length === 0) return null;
  return (
    <section className="c-card c-report-upcoming" aria-label="Báo cáo sắp đến hạn" data-testid="upcoming-reports">
      <h2 className="c-h3">Hạn gửi báo cáo sắp tới</h2>
      <ul className="c-list">
        {items.map((r) => (
          <li key={r.period.key} className={r.remind ? 'c-report-due c-report-due--remind' : 'c-report-due'}>
            <span>
              {r.remind && <strong>⚠ Sắp đến hạn: </strong>}
              {upcomingText(r)}
            </span>
            <button type="button" className="c-btn c-btn--small" onClick={() => onOpen(r.period.key)}>
              Mở báo cáo {r.period.label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
