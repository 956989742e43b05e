import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { AppPage } from '../components/app-page.tsx';
import { ArticleHtml, ErrorState, LoadingState } from '../ui/index.ts';
import { countReader } from '../features/articles/api/articles.ts';
import { useArticle } from '../features/articles/hooks/use-articles.ts';
import { useChosenUnit } from '../features/units/hooks/use-current-unit.ts';
import { apiUrl } from '../lib/api-client.ts';
import { formatDate } from '../lib/format.ts';

/** One article: its body (sanitised by the server), images, and a player when it has the loudspeakers' audio. */
export default function ArticlePage() {
  const unit = useChosenUnit();
  const { id = '' } = useParams();
  const article = useArticle(unit.slug, id);
  const [shared, setShared] = useState('');
  const loadedId = article.data?.id;

  useEffect(() => {
    if (loadedId) void countReader(unit.slug, loadedId, 'views');
  }, [unit.slug, loadedId]);

  const share = async () => {
    if (!article.data) return;
    const url = window.location.href;
    try {
      const canShare = typeof navigator.share === 'function';
      if (canShare) await navigator.share({ title: article.data.title, url });
      else await navigator.clipboard?.writeText(url);
      setShared(canShare ? 'Đã chia sẻ tin bài.' : 'Đã sao chép đường dẫn tin bài.');
      void countReader(unit.slug, article.data.id, 'shares');
    } catch {
      // The reader closed the share sheet.
    }
  };

  return (
    <AppPage title="Tin cải cách hành chính" backTo="/articles">
      {article.status === 'loading' && <LoadingState />}
      {article.status === 'error' && <ErrorState error={article.error} onRetry={article.reload} />}
      {article.data && (
        <article className="article" data-testid="article">
          <h1 className="article__title">{article.data.title}</h1>
          <p className="article__meta">
            {article.data.unit.name} · Ngày đăng {formatDate(article.data.publishedOn)}
          </p>
          {article.data.coverUrl && <img className="article__cover" src={apiUrl(article.data.coverUrl)} alt="" />}
          {article.data.audioUrl && (
            <section className="article__audio" aria-label="Nghe bản tin">
              <p className="article__audio-label">Nghe bản tin (phát trên loa truyền thanh)</p>
              <audio controls preload="none" src={apiUrl(article.data.audioUrl)} data-testid="article-audio">
                Trình duyệt không phát được âm thanh.
              </audio>
            </section>
          )}
          {article.data.summary && <p className="article__summary">{article.data.summary}</p>}
          {/* The server sanitises with a strict allow-list on save and again when serving this body. */}
          <ArticleHtml className="article__body" testId="article-body" html={article.data.bodyHtml} mediaUrl={apiUrl} />
          <button type="button" className="button button--secondary" onClick={() => void share()}>
            Chia sẻ tin này
          </button>
          {shared && <p role="status">{shared}</p>}
        </article>
      )}
    </AppPage>
  );
}
