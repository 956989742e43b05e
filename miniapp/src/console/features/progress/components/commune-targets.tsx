import { ErrorState, LoadingState } from '../../../../ui/index.ts';
import { useUnitProgress } from '../hooks/use-progress.ts';
import { TargetBars } from './target-bars.tsx';

/** A commune's targets for the period, read when its row of the city table is opened (the city answer only counts them). */
export function CommuneTargets({ unit, periodKey }: { unit: string; periodKey: string }) {
  const progress = useUnitProgress(unit, periodKey);
  if (progress.status === 'error') return <ErrorState error={progress.error} onRetry={progress.reload} />;
  if (!progress.data) return <LoadingState label="Đang tải chỉ tiêu…" />;
  return <TargetBars targets={progress.data.targets} />;
}
