import { AppPage } from '../components/app-page.tsx';
import { EmptyState, ErrorState, LoadingState } from '../ui/index.ts';
import { GuideList } from '../features/guides/components/guide-list.tsx';
import { useGuides } from '../features/guides/hooks/use-guides.ts';
import { useChosenUnit } from '../features/units/hooks/use-current-unit.ts';

export default function GuidesPage() {
  const unit = useChosenUnit();
  const guides = useGuides(unit.slug);
  return (
    <AppPage title="Hướng dẫn trực tuyến" backTo="/" restoreScroll>
      <h1 className="page-title">Hướng dẫn dịch vụ công trực tuyến</h1>
      <p className="lead">Từng bước làm thủ tục trên điện thoại, không cần đến trụ sở.</p>
      {guides.status === 'loading' && <LoadingState />}
      {guides.status === 'error' && <ErrorState error={guides.error} onRetry={guides.reload} />}
      {guides.status === 'success' && guides.data && guides.data.items.length === 0 && (
        <EmptyState>
          <p>Chưa có hướng dẫn nào. Vui lòng quay lại sau.</p>
        </EmptyState>
      )}
      {guides.status === 'success' && guides.data && guides.data.items.length > 0 && <GuideList guides={guides.data.items} />}
    </AppPage>
  );
}
