import { Link } from 'react-router-dom';
import type { ArticleSummaryT } from '@cchc/shared/api/articles';
import { apiUrl } from '../../../lib/api-client.ts';
import { formatDate } from '../../../lib/format.ts';

/** The feed: big readable cards, newest first. */
export function ArticleList({ items }: { items: ArticleSummaryT[] }) {
  if (items.length === 0) return <p className="article-empty">Chưa có tin cải cách hành chính nào.</p>;
  return (
    <ul className="card-list article-list" data-testid="article-list">
      {items.map((a) => (
        <li key={a.id}>
          <Link className="article-card" to={`/articles/${a.id}`}>
            {a.coverUrl && <img className="article-card__cover" src={apiUrl(a.coverUrl)} alt="" loading="lazy" />}
            <span className="article-card__title">{a.title}</span>
            {a.summary && <span className="article-card__summary">{a.summary}</span>}
            <span className="article-card__meta">
              {formatDate(a.publishedOn)}
              {a.hasAudio && ' · Có bản nghe'}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
