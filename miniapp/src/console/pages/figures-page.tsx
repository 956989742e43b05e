import { formatDate } from '../../lib/format.ts';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Chart } from '../components/chart.tsx';
import { PageHead } from '../components/layout.tsx';
import { UnitSwitcher, useActingUnit, useAllUnits } from '../components/unit-switcher.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../ui/index.ts';
import { useMe } from '../lib/session.tsx';
import { BucketTable } from '../features/figures/components/bucket-table.tsx';
import { CommuneTable } from '../features/figures/components/commune-table.tsx';
import { FiguresNumbers } from '../features/figures/components/figures-numbers.tsx';
import { useFigures } from '../features/figures/hooks/use-figures.ts';
import { isEmptyPeriod } from '../features/figures/lib/figures-words.ts';
import { PeriodPicker } from '../features/progress/components/period-picker.tsx';
import { paknChart } from '../features/progress/lib/chart-data.ts';
import { periodFromKey } from '../features/progress/lib/period-choice.ts';
import '../features/progress/progress.css';
import '../features/figures/figures.css';

/** "Số liệu PAKN": the unit's PAKN figures for a period; for the city, every commune, the most overdue first. */
export default function FiguresPage() {
  const me = useMe();
  const acting = useActingUnit();
  const unit = acting ?? me.unit.slug;
  const [params, setParams] = useSearchParams();
  const periodKey = params.get('period');
  const period = useMemo(() => periodFromKey(periodKey), [periodKey]);
  const figures = useFigures(unit, period.key);
  const chart = useMemo(() => figures.data && paknChart(figures.data, period), [figures.data, period]);
  const data = figures.data;
  const units = useAllUnits(me.role === 'city_admin');
  const unitName = acting ? (units?.find((u) => u.slug === acting)?.name ?? acting) : me.unit.name;
  const cityView = data !== undefined && (data.byUnit.length > 1 || (me.role === 'city_admin' && acting === undefined));

  return (
    <>
      <PageHead title="Số liệu phản ánh, kiến nghị">
        <button type="button" className="c-btn" onClick={figures.reload} disabled={figures.isFetching}>
          Làm mới
        </button>
      </PageHead>
      <UnitSwitcher />
      <PeriodPicker
        period={period}
        onChange={(next) => {
          const p = new URLSearchParams(params);
          p.set('period', next.key);
          setParams(p, { replace: true });
        }}
      />
      {figures.status === 'error' && <ErrorState error={figures.error} onRetry={figures.reload} />}
      {!data && figures.status === 'loading' && <LoadingState />}
      {data && chart && (
        <div className={figures.isFetching ? 'c-stale' : undefined} data-testid="figures">
          <h2 className="c-h2">
            {unitName} — {period.label}
          </h2>
          <p className="c-muted">
            Phản ánh, kiến nghị tiếp nhận từ {formatDate(data.from)} đến {formatDate(data.to)}; đúng hạn, quá hạn tính đến hôm nay.
          </p>
          {isEmptyPeriod(data) ? (
            <EmptyState>
              <p className="c-fempty" data-testid="figures-empty">
                Không có phản ánh, kiến nghị nào được tiếp nhận trong {period.label}.
              </p>
            </EmptyState>
          ) : (
            <>
              <FiguresNumbers figures={data} />
              <Chart spec={chart} title={`Đúng hạn và quá hạn theo tháng tiếp nhận — ${period.label}`} testId="chart-figures" />
              {cityView && (
                <section className="c-fsection" aria-labelledby="figures-units-title">
                  <h3 className="c-h3" id="figures-units-title">
                    Theo xã, phường (tỉ lệ quá hạn cao nhất lên đầu)
                  </h3>
                  <CommuneTable rows={data.byUnit} />
                </section>
              )}
              <section className="c-fsection" aria-labelledby="figures-topics-title">
                <h3 className="c-h3" id="figures-topics-title">
                  Theo chủ đề
                </h3>
                <BucketTable rows={data.byTopic} nameLabel="Chủ đề" testId="figures-by-topic" empty="Chưa có số liệu theo chủ đề." />
              </section>
              <section className="c-fsection" aria-labelledby="figures-fields-title">
                <h3 className="c-h3" id="figures-fields-title">
                  Theo lĩnh vực
                </h3>
                <BucketTable rows={data.byField} nameLabel="Lĩnh vực" testId="figures-by-field" empty="Chưa có phản ánh nào được phân loại theo lĩnh vực trong kỳ." />
              </section>
            </>
          )}
        </div>
      )}
    </>
  );
}
