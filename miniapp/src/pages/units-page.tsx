import { useSearchParams } from 'react-router-dom';
import { useNavigate } from 'zmp-ui';
import { AppPage } from '../components/app-page.tsx';
import { ErrorState, LoadingState } from '../ui/index.ts';
import { UnitPicker } from '../features/units/components/unit-picker.tsx';
import { useCurrentUnit } from '../features/units/hooks/use-current-unit.ts';
import { useUnits } from '../features/units/hooks/use-units.ts';

/** Only paths inside the app are followed after choosing (never another site). */
function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/units') ? value : '/';
}

export default function UnitsPage() {
  const { unit, choose } = useCurrentUnit();
  const units = useUnits();
  const navigate = useNavigate();
  const [params] = useSearchParams();

  return (
    <AppPage title="Chọn xã, phường" backTo={unit ? '/' : undefined} restoreScroll>
      <h1 className="page-title">Chọn xã, phường của bạn</h1>
      <p className="lead">Thủ tục, đường dây nóng và giờ làm việc sẽ hiển thị theo nơi bạn chọn. Bạn có thể đổi lại bất cứ lúc nào.</p>
      {units.status === 'loading' && <LoadingState />}
      {units.status === 'error' && <ErrorState error={units.error} onRetry={units.reload} />}
      {units.status === 'success' && units.data && (
        <UnitPicker
          units={units.data.items}
          currentSlug={unit?.slug}
          onChoose={(chosen) => {
            choose({ slug: chosen.slug, name: chosen.name });
            navigate(safeNext(params.get('next')), { replace: true });
          }}
        />
      )}
    </AppPage>
  );
}
