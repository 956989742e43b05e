import { Link } from 'react-router-dom';
import { ARTICLE_STATUSES } from '@cchc/shared/api/articles';
import { formatDate } from '../../lib/format.ts';
import { useQuery } from '../../lib/use-query.ts';
import { ErrorState, LoadingState } from '../../ui/index.ts';
import { PageHead } from '../components/layout.tsx';
import { listArticles } from '../features/articles/api/articles.ts';
import { useMe } from '../lib/session.tsx';

/** "Tin bài": the unit's articles with their status, published date, readers and shares. */
export default function ArticlesPage() {
  const me = useMe();
  const unit = me.unit.slug;
  const list = useQuery(`console-articles/${unit}`, (signal) => listArticles(unit, signal));
  return (
    <>
      <PageHead title="Tin bài" />
      <p>
        <Link className="c-btn" to="/articles/new">
          Viết tin mới
        </Link>
      </p>
      {list.status === 'loading' && <LoadingState />}
      {list.status === 'error' && <ErrorState error={list.error} onRetry={list.reload} />}
      {list.data && (
        <table className="c-table" data-testid="articles-table">
          <thead>
            <tr>
              <th>Tiêu đề</th>
              <th>Trạng thái</th>
              <th>Ngày đăng</th>
              <th>Người đọc</th>
              <th>Lượt chia sẻ</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={`/articles/${a.id}`}>{a.title}</Link>
                </td>
                <td>{ARTICLE_STATUSES[a.status]}</td>
                <td>{formatDate(a.publishedOn)}</td>
                <td>{a.readers}</td>
                <td>{a.shares}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
