import type { Period } from '@cchc/shared/plan/periods';
import { useMemo } from 'react';
import { Chart } from '../../../components/chart.tsx';
import { ErrorState, LoadingState } from '../../../../ui/index.ts';
import { usePaknFigures, useProgressSeries } from '../hooks/use-progress.ts';
import { activitiesChart, isEmptyChart, paknChart, readersChart, type ChartSpec } from '../lib/chart-data.ts';

function ChartOrWords({ spec, title, empty, testId }: { spec: ChartSpec; title: string; empty: string; testId: string }) {
  if (isEmptyChart(spec)) {
    return (
      <figure className="c-chart c-chart--empty" data-testid={testId}>
        <figcaption className="c-chart__title">{title}</figcaption>
        <p className="c-muted">{empty}</p>
      </figure>
    );
  }
  return <Chart spec={spec} title={title} testId={testId} />;
}

/** Articles and activities by channel, readers, PAKN on time vs overdue: month by month over the period. */
export function ProgressCharts({ unit, period }: { unit: string; period: Period }) {
  const series = useProgressSeries(unit, period.key);
  const figures = usePaknFigures(unit, period.key);
  const activities = useMemo(() => series.data && activitiesChart(series.data.items, period), [series.data, period]);
  const readers = useMemo(() => series.data && readersChart(series.data.items, period), [series.data, period]);
  const pakn = useMemo(() => figures.data && paknChart(figures.data, period), [figures.data, period]);

  return (
    <section className="c-pcharts" aria-label="Biểu đồ">
      {series.status === 'error' && <ErrorState error={series.error} onRetry={series.reload} />}
      {series.status === 'loading' && <LoadingState />}
      {activities && (
        <ChartOrWords spec={activities} title={`Tin bài và hoạt động theo tháng, theo kênh — ${period.label}`} empty="Chưa ghi nhận tin bài, hoạt động nào trong kỳ." testId="chart-activities" />
      )}
      {readers && (
        <ChartOrWords spec={readers} title={`Lượt truy cập, tương tác theo tháng — ${period.label}`} empty="Chưa có lượt truy cập nào trong kỳ." testId="chart-readers" />
      )}
      {figures.status === 'error' && <ErrorState error={figures.error} onRetry={figures.reload} />}
      {figures.data && pakn && (
        <>
          <p className="c-pfigures" data-testid="pakn-figures">
            Phản ánh, kiến nghị {period.label}: tiếp nhận <strong>{figures.data.received}</strong>, trả lời đúng hạn{' '}
            <strong>{figures.data.answeredOnTime}</strong>, quá hạn <strong>{figures.data.overdue}</strong>
            {figures.data.medianWorkingDays !== null && <>, xử lý trung bình (trung vị) {String(figures.data.medianWorkingDays).replace('.', ',')} ngày làm việc</>}
            {figures.data.satisfiedShare !== null && <>, hài lòng {Math.round(figures.data.satisfiedShare * 100)}%</>}.
          </p>
          <ChartOrWords spec={pakn} title={`Phản ánh, kiến nghị: đúng hạn và quá hạn — ${period.label}`} empty="Không có phản ánh, kiến nghị nào trong kỳ." testId="chart-pakn" />
        </>
      )}
    </section>
  );
}
