import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageHead } from '../components/layout.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../ui/index.ts';
import { useMe } from '../lib/session.tsx';
import { CityTable } from '../features/progress/components/city-table.tsx';
import { PeriodPicker } from '../features/progress/components/period-picker.tsx';
import { useCityProgress } from '../features/progress/hooks/use-progress.ts';
import { periodFromKey } from '../features/progress/lib/period-choice.ts';
import '../features/progress/progress.css';

/** "Toàn thành phố": every commune's progress for a period, who is behind first (the city's officers). */
export default function CityProgressPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const periodKey = params.get('period');
  const period = useMemo(() => periodFromKey(periodKey), [periodKey]);
  const isCity = me.role === 'city_admin';
  const city = useCityProgress(isCity ? me.unit.slug : '', period.key);

  if (!isCity) {
    return (
      <>
        <PageHead title="Tiến độ toàn thành phố" />
        <EmptyState>
          <p>Trang này dành cho cán bộ của thành phố.</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHead title="Tiến độ toàn thành phố">
        <button type="button" className="c-btn" onClick={city.reload} disabled={city.isFetching}>
          Làm mới
        </button>
      </PageHead>
      <PeriodPicker
        period={period}
        onChange={(next) => {
          const p = new URLSearchParams(params);
          p.set('period', next.key);
          setParams(p, { replace: true });
        }}
      />
      {city.status === 'error' && <ErrorState error={city.error} onRetry={city.reload} />}
      {!city.data && city.status === 'loading' && <LoadingState />}
      {city.data && (
        <div className={city.isFetching ? 'c-stale' : undefined}>
          <h2 className="c-h2">Các xã, phường — {city.data.period.label}</h2>
          <p className="c-muted">Xếp theo số chỉ tiêu chưa đạt và sắp hết hạn mà chưa đạt, nhiều nhất lên đầu.</p>
          {city.data.items.length === 0 ? (
            <EmptyState>
              <p>Chưa có xã, phường nào.</p>
            </EmptyState>
          ) : (
            <CityTable rows={city.data.items} periodKey={period.key} />
          )}
        </div>
      )}
    </>
  );
}
