import { useState } from 'react';
import { AppPage } from '../components/app-page.tsx';
import { ErrorState, LoadingState } from '../ui/index.ts';
import { ArticleList } from '../features/articles/components/article-list.tsx';
import { useArticles } from '../features/articles/hooks/use-articles.ts';
import { useChosenUnit } from '../features/units/hooks/use-current-unit.ts';

const PAGE = 10;

/** "Tin cải cách hành chính" of the chosen commune/ward, ten at a time. */
export default function ArticlesPage() {
  const unit = useChosenUnit();
  const [limit, setLimit] = useState(PAGE);
  const feed = useArticles(unit.slug, limit);
  return (
    <AppPage title="Tin cải cách hành chính" backTo="/">
      {feed.status === 'loading' && !feed.data && <LoadingState />}
      {feed.status === 'error' && <ErrorState error={feed.error} onRetry={feed.reload} />}
      {feed.data && (
        <>
          <ArticleList items={feed.data.items} />
          {feed.data.total > feed.data.items.length && (
            <button type="button" className="button button--secondary article-more" onClick={() => setLimit(Math.min(50, limit + PAGE))}>
              Xem thêm tin
            </button>
          )}
        </>
      )}
    </AppPage>
  );
}
