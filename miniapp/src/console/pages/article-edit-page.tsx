import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { ArticleMediaT, ConsoleArticleT } from '@cchc/shared/api/articles';
import { apiUrl } from '../../lib/api-client.ts';
import { formatDate } from '../../lib/format.ts';
import { ArticleHtml, ErrorState, LoadingState } from '../../ui/index.ts';
import { Notice } from '../components/notice.tsx';
import { PageHead } from '../components/layout.tsx';
import { createArticle, getArticle, publishArticle, saveArticle, unpublishArticle, uploadArticleMedia } from '../features/articles/api/articles.ts';
import { useMe } from '../lib/session.tsx';

interface Draft {
  title: string;
  summary: string;
  bodyHtml: string;
  cover: ArticleMediaT | null;
  audio: ArticleMediaT | null;
}
const EMPTY: Draft = { title: '', summary: '', bodyHtml: '', cover: null, audio: null };

/** Write or edit an article; preview the body as readers will see it (sanitised by the server); publish or take it down. */
export default function ArticleEditPage() {
  const me = useMe();
  const unit = me.unit.slug;
  const { id = 'new' } = useParams();
  const navigate = useNavigate();
  const [article, setArticle] = useState<ConsoleArticleT | null>(null);
  const [draft, setDraft] = useState<Draft | null>(id === 'new' ? EMPTY : null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (id === 'new') return;
    getArticle(unit, id).then((a) => {
      setArticle(a);
      setDraft({ title: a.title, summary: a.summary, bodyHtml: a.bodyHtml, cover: a.cover, audio: a.audio });
    }, setError);
  }, [unit, id]);

  const run = async (work: () => Promise<ConsoleArticleT>, done: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const saved = await work();
      setArticle(saved);
      setDraft({ title: saved.title, summary: saved.summary, bodyHtml: saved.bodyHtml, cover: saved.cover, audio: saved.audio });
      setMessage({ kind: 'success', text: done });
      if (id === 'new') navigate(`/articles/${saved.id}`, { replace: true });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : 'Chưa lưu được. Vui lòng thử lại.' });
    } finally {
      setBusy(false);
    }
  };

  const upload = async (file: File | undefined, into: 'cover' | 'audio' | 'body') => {
    if (!file || !draft) return;
    try {
      const media = await uploadArticleMedia(unit, file);
      if (into === 'body') setDraft({ ...draft, bodyHtml: `${draft.bodyHtml}\n<p><img src="${media.url}" alt=""></p>` });
      else setDraft({ ...draft, [into]: media });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : 'Chưa tải lên được tệp.' });
    }
  };

  if (error) return <ErrorState error={error} />;
  if (!draft) return <LoadingState />;
  const input = { title: draft.title, summary: draft.summary, bodyHtml: draft.bodyHtml, coverMediaId: draft.cover?.id ?? null, audioMediaId: draft.audio?.id ?? null };

  return (
    <>
      <PageHead title={id === 'new' ? 'Viết tin mới' : 'Sửa tin bài'} />
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {article && (
        <p data-testid="article-status">
          {article.status === 'published' ? `Đã đăng ngày ${formatDate(article.publishedOn)}` : 'Bản nháp'} · {article.readers} người đọc · {article.shares} lượt chia sẻ
        </p>
      )}
      <form
        className="c-card c-stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void run(() => (article ? saveArticle(unit, article.id, { ...input, version: article.version }) : createArticle(unit, input)), 'Đã lưu tin bài.');
        }}
      >
        <label className="c-field">
          <span>Tiêu đề</span>
          <input name="title" value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} required />
        </label>
        <label className="c-field">
          <span>Tóm tắt</span>
          <textarea name="summary" rows={2} value={draft.summary} onChange={(e) => setDraft({ ...draft, summary: e.target.value })} />
        </label>
        <label className="c-field">
          <span>Nội dung (đoạn văn &lt;p&gt;, đậm &lt;strong&gt;, nghiêng &lt;em&gt;, danh sách &lt;ul&gt;/&lt;ol&gt;, liên kết &lt;a href&gt;, tiêu đề &lt;h2&gt;/&lt;h3&gt;)</span>
          <textarea name="bodyHtml" rows={12} value={draft.bodyHtml} onChange={(e) => setDraft({ ...draft, bodyHtml: e.target.value })} />
        </label>
        <label className="c-field">
          <span>Chèn ảnh vào nội dung</span>
          <input type="file" accept="image/jpeg,image/png,image/webp" onChange={(e) => void upload(e.target.files?.[0], 'body')} />
        </label>
        <label className="c-field">
          <span>Ảnh đại diện {draft.cover && '(đã chọn)'}</span>
          <input type="file" accept="image/jpeg,image/png,image/webp" onChange={(e) => void upload(e.target.files?.[0], 'cover')} />
        </label>
        <label className="c-field">
          <span>Tệp âm thanh cho loa truyền thanh (MP3, M4A) {draft.audio && '(đã chọn)'}</span>
          <input type="file" accept="audio/mpeg,audio/mp4,.mp3,.m4a" onChange={(e) => void upload(e.target.files?.[0], 'audio')} />
        </label>
        <div className="c-row">
          <button className="c-btn" type="submit" disabled={busy}>
            Lưu
          </button>
          {article?.status === 'draft' && (
            <button className="c-btn" type="button" disabled={busy} onClick={() => void run(() => publishArticle(unit, article.id, article.version), 'Đã đăng tin lên Mini App.')}>
              Đăng lên Mini App
            </button>
          )}
          {article?.status === 'published' && (
            <button className="c-btn c-btn--ghost" type="button" disabled={busy} onClick={() => void run(() => unpublishArticle(unit, article.id, article.version), 'Đã gỡ tin khỏi Mini App.')}>
              Gỡ khỏi Mini App
            </button>
          )}
        </div>
      </form>
      {article && (
        <section className="c-card" aria-label="Xem trước">
          <h2>Xem trước (như người dân đọc)</h2>
          {article.cover && <img src={apiUrl(article.cover.url)} alt="" style={{ maxWidth: '100%' }} />}
          {article.audio && <audio controls src={apiUrl(article.audio.url)} />}
          {/* Sanitised by the server (sanitize-html allow-list) on save and when served. */}
          <ArticleHtml testId="article-preview" html={article.bodyHtml} />
        </section>
      )}
    </>
  );
}
