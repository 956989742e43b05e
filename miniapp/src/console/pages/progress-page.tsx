import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { PageHead } from '../components/layout.tsx';
import { UnitSwitcher, useActingUnit, withUnit } from '../components/unit-switcher.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../ui/index.ts';
import { useMe } from '../lib/session.tsx';
import { PeriodPicker } from '../features/progress/components/period-picker.tsx';
import { ProgressCharts } from '../features/progress/components/progress-charts.tsx';
import { ProgressSummary } from '../features/progress/components/progress-summary.tsx';
import { TargetBars } from '../features/progress/components/target-bars.tsx';
import { WarningBanner } from '../features/progress/components/warning-banner.tsx';
import { useProgressWarnings, useUnitProgress, useUpcomingReports } from '../features/progress/hooks/use-progress.ts';
import { periodFromKey } from '../features/progress/lib/period-choice.ts';
import '../features/progress/progress.css';

/** "Tiến độ": the unit's targets for a period (default: this quarter), what is at risk, and the month-by-month charts. */
export default function ProgressPage() {
  const me = useMe();
  const acting = useActingUnit();
  const unit = acting ?? me.unit.slug;
  const [params, setParams] = useSearchParams();
  const periodKey = params.get('period');
  const period = useMemo(() => periodFromKey(periodKey), [periodKey]);
  const progress = useUnitProgress(unit, period.key);
  const warnings = useProgressWarnings(unit);
  const reports = useUpcomingReports(unit);

  return (
    <>
      <PageHead title="Tiến độ thực hiện kế hoạch">
        <button type="button" className="c-btn" onClick={progress.reload} disabled={progress.isFetching}>
          Làm mới
        </button>
      </PageHead>
      <UnitSwitcher />
      <WarningBanner targets={warnings.data?.items ?? []} reports={reports.data?.items ?? []} />
      <PeriodPicker
        period={period}
        onChange={(next) => {
          const p = new URLSearchParams(params);
          p.set('period', next.key);
          setParams(p, { replace: true });
        }}
      />
      {progress.status === 'error' && <ErrorState error={progress.error} onRetry={progress.reload} />}
      {!progress.data && progress.status === 'loading' && <LoadingState />}
      {progress.data && (
        <div className={progress.isFetching ? 'c-stale' : undefined}>
          <h2 className="c-h2">
            {progress.data.unit.name} — {progress.data.period.label}
          </h2>
          {progress.data.plan === null ? (
            <EmptyState>
              <p className="c-pnoplan">
                Chưa có kế hoạch tuyên truyền nào cho {progress.data.period.label}, nên chưa có chỉ tiêu để theo dõi.
              </p>
              <Link className="c-btn c-btn--primary" to={withUnit('/plans', acting)}>
                Mở trang Kế hoạch để nhập kế hoạch
              </Link>
            </EmptyState>
          ) : (
            <>
              <p className="c-muted">
                Theo kế hoạch {progress.data.plan.number ? `số ${progress.data.plan.number}: ` : ''}
                {progress.data.plan.title}
              </p>
              <ProgressSummary summary={progress.data.summary} />
              {progress.data.targets.length === 0 ? (
                <EmptyState>
                  <p>Kế hoạch chưa có chỉ tiêu nào được đếm trong kỳ này.</p>
                </EmptyState>
              ) : (
                <TargetBars targets={progress.data.targets} />
              )}
            </>
          )}
          <ProgressCharts unit={unit} period={period} />
        </div>
      )}
    </>
  );
}
