import { Link } from 'react-router-dom';
import { PageHead } from '../components/layout.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../ui/index.ts';
import { UnitSwitcher, useActingUnit, withUnit } from '../components/unit-switcher.tsx';
import { CatalogTabs } from '../features/catalog/components/catalog-tabs.tsx';
import { useAdminGuides } from '../features/catalog/hooks/use-catalog.ts';

export default function GuidesPage() {
  const unit = useActingUnit();
  const guides = useAdminGuides(unit);
  return (
    <>
      <PageHead title="Hướng dẫn dịch vụ công trực tuyến">
        <Link className="c-btn c-btn--primary" to={withUnit('/catalog/guides/new', unit)}>
          Thêm hướng dẫn
        </Link>
      </PageHead>
      <UnitSwitcher />
      <CatalogTabs unit={unit} />
      {guides.status === 'error' && <ErrorState error={guides.error} onRetry={guides.reload} />}
      {guides.status === 'loading' && <LoadingState />}
      {guides.data && guides.data.items.length === 0 && (
        <EmptyState>
          <p>Chưa có hướng dẫn nào.</p>
        </EmptyState>
      )}
      {guides.data && guides.data.items.length > 0 && (
        <ol className="c-guides">
          {guides.data.items.map((g) => (
            <li key={g.slug} className="c-card">
              <Link to={withUnit(`/catalog/guides/${encodeURIComponent(g.slug)}`, unit)} className="c-guides__title">
                {g.title}
              </Link>
              {g.summary && <p className="c-muted">{g.summary}</p>}
              <p className="c-muted">
                {g.steps.length} bước · {g.links.length} liên kết · mã {g.slug}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
