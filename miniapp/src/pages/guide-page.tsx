import { useParams } from 'react-router-dom';
import { AppPage } from '../components/app-page.tsx';
import { ErrorState, LoadingState } from '../ui/index.ts';
import { GuideDetailView } from '../features/guides/components/guide-detail-view.tsx';
import { useGuide } from '../features/guides/hooks/use-guides.ts';
import { useChosenUnit } from '../features/units/hooks/use-current-unit.ts';

export default function GuidePage() {
  const unit = useChosenUnit();
  const { slug = '' } = useParams();
  const guide = useGuide(unit.slug, slug);
  return (
    <AppPage title="Hướng dẫn" backTo="/guides">
      {guide.status === 'loading' && <LoadingState />}
      {guide.status === 'error' && <ErrorState error={guide.error} onRetry={guide.reload} />}
      {guide.status === 'success' && guide.data && <GuideDetailView guide={guide.data} />}
    </AppPage>
  );
}
