import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageHead } from '../components/layout.tsx';
import { UnitSwitcher, useActingUnit } from '../components/unit-switcher.tsx';
import { ErrorState, LoadingState } from '../../ui/index.ts';
import { invalidateQueries } from '../../lib/use-query.ts';
import { useMe } from '../lib/session.tsx';
import { ReportDueEditor } from '../features/reports/components/report-due-editor.tsx';
import { ReportDownloads } from '../features/reports/components/report-downloads.tsx';
import { ReportPeriodPicker } from '../features/reports/components/report-period-picker.tsx';
import { ReportTextsEditor } from '../features/reports/components/report-texts-editor.tsx';
import { ReportView } from '../features/reports/components/report-view.tsx';
import { UpcomingReports } from '../features/reports/components/upcoming-reports.tsx';
import { reportsKey, useReport, useUpcomingReports } from '../features/reports/hooks/use-reports.ts';
import { reportPeriodFromKey } from '../features/reports/lib/report-period.ts';
import '../features/reports/reports.css';

/** "Báo cáo": the periodic report of a quarter, half-year or year — read it, write its texts, download Word / Excel. */
export default function ReportsPage() {
  const me = useMe();
  const acting = useActingUnit();
  const unit = acting ?? me.unit.slug;
  // Only the unit's own officers write its report; the city reads the communes' reports.
  const canEdit = acting === undefined;
  const [params, setParams] = useSearchParams();
  const periodKey = params.get('period');
  const period = useMemo(() => reportPeriodFromKey(periodKey), [periodKey]);
  const report = useReport(unit, period.key);
  const upcoming = useUpcomingReports(unit);

  const openPeriod = (key: string) => {
    const p = new URLSearchParams(params);
    p.set('period', key);
    setParams(p, { replace: true });
  };

  return (
    <>
      <PageHead title="Báo cáo định kỳ">
        <button type="button" className="c-btn" onClick={report.reload} disabled={report.isFetching}>
          Làm mới
        </button>
      </PageHead>
      <UnitSwitcher />
      <UpcomingReports items={upcoming.data?.items ?? []} onOpen={openPeriod} />
      <ReportDueEditor
        unit={me.unit.slug}
        canEdit={me.role === 'city_admin'}
        onSaved={() => {
          invalidateQueries('console/reports/');
          upcoming.reload();
        }}
      />
      <ReportPeriodPicker period={period} onChange={(next) => openPeriod(next.key)} />
      {report.status === 'error' && <ErrorState error={report.error} onRetry={report.reload} />}
      {!report.data && report.status === 'loading' && <LoadingState label="Đang lập báo cáo…" />}
      {report.data && (
        <div className={report.isFetching ? 'c-stale c-stack' : 'c-stack'}>
          <h2 className="c-h2">
            {report.data.unit.name} — báo cáo {report.data.period.label}
          </h2>
          <ReportDownloads unit={unit} period={period.key} />
          <div className="c-report-layout">
            <ReportView report={report.data} />
            <section className="c-card" aria-labelledby="report-texts-title">
              <h2 className="c-h3" id="report-texts-title">
                {canEdit ? 'Sửa phần lời của báo cáo' : 'Phần lời của báo cáo'}
              </h2>
              <ReportTextsEditor
                unit={unit}
                period={period.key}
                canEdit={canEdit}
                onSaved={() => {
                  invalidateQueries(reportsKey(unit, period.key, 'model'));
                  report.reload();
                }}
              />
            </section>
          </div>
        </div>
      )}
    </>
  );
}
