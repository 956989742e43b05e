import { AppPage } from '../components/app-page.tsx';
import { EmptyState, ErrorState, LoadingState } from '../ui/index.ts';
import { HotlineCard } from '../features/hotlines/components/hotline-card.tsx';
import { useHotlines } from '../features/hotlines/hooks/use-hotlines.ts';
import { useChosenUnit } from '../features/units/hooks/use-current-unit.ts';

export default function HotlinesPage() {
  const unit = useChosenUnit();
  const hotlines = useHotlines(unit.slug);
  return (
    <AppPage title="Đường dây nóng" backTo="/">
      <p className="lead">Gọi khi cần hỏi về thủ tục hoặc phản ánh việc giải quyết hồ sơ tại {unit.name}.</p>
      {hotlines.status === 'loading' && <LoadingState />}
      {hotlines.status === 'error' && <ErrorState error={hotlines.error} onRetry={hotlines.reload} />}
      {hotlines.status === 'success' && hotlines.data && hotlines.data.items.length === 0 && (
        <EmptyState>
          <p>{unit.name} chưa công bố đường dây nóng trên ứng dụng.</p>
        </EmptyState>
      )}
      {hotlines.status === 'success' && hotlines.data && hotlines.data.items.length > 0 && (
        <ul className="hotline-list">
          {hotlines.data.items.map((hotline, index) => (
            <HotlineCard key={`${hotline.phone}-${index}`} hotline={hotline} />
          ))}
        </ul>
      )}
    </AppPage>
  );
}
