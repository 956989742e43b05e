import { useParams } from 'react-router-dom';
import { AppPage } from '../components/app-page.tsx';
import { ErrorState, LoadingState } from '../ui/index.ts';
import { ProcedureDetailView } from '../features/procedures/components/procedure-detail-view.tsx';
import { useProcedure } from '../features/procedures/hooks/use-procedures.ts';
import { useChosenUnit } from '../features/units/hooks/use-current-unit.ts';

export default function ProcedurePage() {
  const unit = useChosenUnit();
  const { code = '' } = useParams();
  const procedure = useProcedure(unit.slug, code);
  return (
    <AppPage title="Chi tiết thủ tục" backTo="/procedures">
      {procedure.status === 'loading' && <LoadingState />}
      {procedure.status === 'error' && <ErrorState error={procedure.error} onRetry={procedure.reload} />}
      {procedure.status === 'success' && procedure.data && <ProcedureDetailView procedure={procedure.data} />}
    </AppPage>
  );
}
