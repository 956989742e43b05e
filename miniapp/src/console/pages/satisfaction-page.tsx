import { formatCount } from '@cchc/shared/satisfaction/figure-words';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formatDate } from '../../lib/format.ts';
import { EmptyState, ErrorState, LoadingState } from '../../ui/index.ts';
import { Chart } from '../components/chart.tsx';
import { PageHead } from '../components/layout.tsx';
import { UnitSwitcher, useActingUnit, useAllUnits, withUnit } from '../components/unit-switcher.tsx';
import { canEditSettings, useMe } from '../lib/session.tsx';
import { exportUrl } from '../features/satisfaction/api/satisfaction.ts';
import { CommentsList } from '../features/satisfaction/components/comments-list.tsx';
import { CriteriaTable } from '../features/satisfaction/components/criteria-table.tsx';
import { GroupFocus, type Focus } from '../features/satisfaction/components/group-focus.tsx';
import { FactorTable } from '../features/satisfaction/components/factor-table.tsx';
import { GroupTable } from '../features/satisfaction/components/group-table.tsx';
import { IndexNumbers } from '../features/satisfaction/components/index-numbers.tsx';
import { PublishToggle } from '../features/satisfaction/components/publish-toggle.tsx';
import { Ratios766 } from '../features/satisfaction/components/ratios-766.tsx';
import { useSatisfaction } from '../features/satisfaction/hooks/use-satisfaction.ts';
import { factorsChart, trendChart } from '../features/satisfaction/lib/satisfaction-charts.ts';
import { defaultYearKey } from '../features/satisfaction/lib/period.ts';
import { PeriodPicker } from '../features/progress/components/period-picker.tsx';
import { periodFromKey } from '../features/progress/lib/period-choice.ts';
import '../features/progress/progress.css';
import '../features/figures/figures.css';
import '../features/satisfaction/satisfaction.css';

/**
 * "Hài lòng": the SIPAS index of a period with how far it can be trusted, the factors side by side, the weakest
 * criteria, the three 766 ratios, by commune / procedure / lĩnh vực, citizens' comments, the XLSX export.
 */
export default function SatisfactionPage() {
  const me = useMe();
  const acting = useActingUnit();
  const unit = acting ?? me.unit.slug;
  const [params, setParams] = useSearchParams();
  const periodKey = params.get('period') ?? defaultYearKey();
  const period = useMemo(() => periodFromKey(periodKey), [periodKey]);
  const figures = useSatisfaction(unit, { period: period.key });
  const procedure = params.get('procedure');
  const field = params.get('field');
  const focus: Focus = procedure ? { by: 'procedure', key: procedure } : field ? { by: 'field', key: field } : null;
  const data = figures.data;
  const units = useAllUnits(me.role === 'city_admin');
  const unitName = acting ? (units?.find((u) => u.slug === acting)?.name ?? acting) : me.unit.name;
  // Only a commune (or ward) publishes its index; the city's own view has nothing to publish.
  const isCommune = acting ? (units?.find((u) => u.slug === acting)?.kind ?? 'city') !== 'city' : me.role !== 'city_admin';
  const cityView = data !== undefined && data.byUnit.length > 1;
  const trend = useMemo(() => data && trendChart(data), [data]);
  const bars = useMemo(() => data && factorsChart(data), [data]);

  const setParam = (name: string, value: string | undefined) => {
    const p = new URLSearchParams(params);
    if (value) p.set(name, value);
    else p.delete(name);
    setParams(p, { replace: true });
  };

  return (
    <>
      <PageHead title="Mức độ hài lòng">
        <Link className="c-btn" to={withUnit('/satisfaction/qr', acting)}>
          In mã QR khảo sát
        </Link>
        {me.role === 'city_admin' && (
          <Link className="c-btn" to="/satisfaction/questions">
            Bộ câu hỏi
          </Link>
        )}
        {data && (
          <a className="c-btn c-btn--primary" href={exportUrl(unit, { from: data.from, to: data.to })} download data-testid="sat-export">
            Tải Excel (XLSX)
          </a>
        )}
      </PageHead>
      <UnitSwitcher />
      <PeriodPicker period={period} onChange={(next) => setParam('period', next.key)} />
      {isCommune && canEditSettings(me) && <PublishToggle unit={unit} />}
      {figures.status === 'error' && <ErrorState error={figures.error} onRetry={figures.reload} />}
      {!data && figures.status === 'loading' && <LoadingState />}
      {data && trend && bars && (
        <div className={figures.isFetching ? 'c-stale' : undefined} data-testid="satisfaction">
          <h2 className="c-h2">
            {unitName} — {period.label}
          </h2>
          <p className="c-muted">
            Phiếu khảo sát nhận từ {formatDate(data.from)} đến {formatDate(data.to)}
            {data.published ? ' · đang công khai trên Mini App' : ''}.
          </p>
          {data.responses === 0 ? (
            <EmptyState>
              <p className="c-fempty" data-testid="sat-empty">
                Chưa có phiếu đánh giá nào trong {period.label}.
              </p>
            </EmptyState>
          ) : (
            <>
              <IndexNumbers figures={data} />
              <GroupFocus
                figures={data}
                focus={focus}
                onChange={(next) => {
                  const p = new URLSearchParams(params);
                  p.delete('procedure');
                  p.delete('field');
                  if (next) p.set(next.by, next.key);
                  setParams(p, { replace: true });
                }}
              />
              <section className="c-fsection" aria-labelledby="sat-766-title">
                <h3 className="c-h3" id="sat-766-title">
                  Tỉ lệ hài lòng theo Quyết định 766/QĐ-TTg
                </h3>
                <Ratios766 ratios={data.ratios} />
              </section>
              <div className="c-sat-charts">
                <Chart spec={trend} title="Chỉ số hài lòng chung theo thời gian" testId="chart-sat-trend" />
                <Chart spec={bars} title="Tỉ lệ hài lòng theo 5 yếu tố" testId="chart-sat-factors" />
              </div>
              <section className="c-fsection" aria-labelledby="sat-factors-title">
                <h3 className="c-h3" id="sat-factors-title">
                  Theo yếu tố
                </h3>
                <FactorTable factors={data.factors} />
              </section>
              <section className="c-fsection" aria-labelledby="sat-weakest-title">
                <h3 className="c-h3" id="sat-weakest-title">
                  Tiêu chí yếu nhất
                </h3>
                <CriteriaTable rows={data.weakest} testId="sat-weakest" />
                <details className="c-sat-more">
                  <summary>Xem mọi tiêu chí ({formatCount(data.criteria.length)})</summary>
                  <CriteriaTable rows={data.criteria} testId="sat-criteria" />
                </details>
              </section>
              {data.expectations.length > 0 && (
                <section className="c-fsection" aria-labelledby="sat-expect-title">
                  <h3 className="c-h3" id="sat-expect-title">
                    Người dân mong cải thiện trước
                  </h3>
                  <ol className="c-sat-expectations" data-testid="sat-expectations">
                    {[...data.expectations]
                      .sort((a, b) => b.count - a.count)
                      .map((e) => (
                        <li key={e.code}>
                          {e.text}: <strong>{formatCount(e.count)}</strong> lượt chọn
                        </li>
                      ))}
                  </ol>
                </section>
              )}
              {cityView && (
                <section className="c-fsection" aria-labelledby="sat-units-title">
                  <h3 className="c-h3" id="sat-units-title">
                    Theo xã, phường
                  </h3>
                  <GroupTable rows={data.byUnit} nameLabel="Xã, phường" testId="sat-by-unit" empty="Chưa có số liệu theo xã, phường." />
                </section>
              )}
              <section className="c-fsection" aria-labelledby="sat-procedures-title">
                <h3 className="c-h3" id="sat-procedures-title">
                  Theo thủ tục
                </h3>
                <GroupTable rows={data.byProcedure} nameLabel="Thủ tục" testId="sat-by-procedure" empty="Chưa có phiếu nào gắn với thủ tục." />
              </section>
              <section className="c-fsection" aria-labelledby="sat-fields-title">
                <h3 className="c-h3" id="sat-fields-title">
                  Theo lĩnh vực
                </h3>
                <GroupTable rows={data.byField} nameLabel="Lĩnh vực" testId="sat-by-field" empty="Chưa có phiếu nào gắn với lĩnh vực." />
              </section>
              <section className="c-fsection" aria-labelledby="sat-comments-title">
                <h3 className="c-h3" id="sat-comments-title">
                  Ý kiến của người dân
                </h3>
                <CommentsList unit={unit} range={{ from: data.from, to: data.to }} showUnit={cityView} />
              </section>
            </>
          )}
        </div>
      )}
    </>
  );
}
