import { useState } from 'react';
import type { ChatInboxItemT, ChatTranscriptT } from '@cchc/shared/api/chat';
import { ApiError } from '../../lib/api-client.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useQuery } from '../../lib/use-query.ts';
import { EmptyState, ErrorState, LoadingState, TextAreaField } from '../../ui/index.ts';
import { Notice } from '../components/notice.tsx';
import { PageHead } from '../components/layout.tsx';
import { getConversation, getInbox, replyToConversation } from '../features/inbox/api/inbox.ts';
import { useMe } from '../lib/session.tsx';

const CHANNELS = { zalo_oa: 'Zalo OA', miniapp: 'Mini App' } as const;
const AUTHORS = { citizen: 'Người dân', bot: 'Chatbot', officer: 'Cán bộ' } as const;

function Transcript({ item, onReplied }: { item: ChatInboxItemT; onReplied: () => void }) {
  const conversation = useQuery(`console-inbox/${item.id}`, (signal) => getConversation(item.unit.slug, item.id, signal));
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [shown, setShown] = useState<ChatTranscriptT | null>(null);
  const data = shown ?? conversation.data;

  if (conversation.status === 'loading' && !data) return <LoadingState />;
  if (conversation.status === 'error') return <ErrorState error={conversation.error} onRetry={conversation.reload} />;
  if (!data) return null;
  return (
    <section className="c-card c-stack" aria-label="Cuộc trò chuyện" data-testid="inbox-transcript">
      <h2 className="c-h2">
        {data.unit.name} · {CHANNELS[data.channel]}
      </h2>
      <ol className="c-transcript">
        {data.messages.map((m) => (
          <li key={m.id} className={`c-transcript__msg c-transcript__msg--${m.author}`}>
            <span className="c-transcript__who">
              {AUTHORS[m.author]} · {formatDateTime(m.at)}
            </span>
            <span className="c-transcript__text">{m.text}</span>
          </li>
        ))}
      </ol>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <form
        className="c-stack"
        onSubmit={async (event) => {
          event.preventDefault();
          if (text.trim() === '') return setNotice({ kind: 'error', text: 'Vui lòng viết câu trả lời.' });
          setBusy(true);
          setNotice(null);
          try {
            setShown(await replyToConversation(data.unit.slug, data.id, text.trim()));
            setText('');
            setNotice({ kind: 'success', text: data.channel === 'zalo_oa' ? 'Đã gửi câu trả lời qua Zalo OA.' : 'Đã gửi; người dân thấy câu trả lời trên trang Hỏi đáp.' });
            onReplied();
          } catch (error) {
            setNotice({ kind: 'error', text: error instanceof ApiError ? error.message : 'Chưa gửi được. Vui lòng thử lại.' });
          } finally {
            setBusy(false);
          }
        }}
      >
        <TextAreaField label="Trả lời người dân" value={text} onChange={setText} maxLength={2000} rows={4} showCount />
        <div>
          <button type="submit" className="c-btn c-btn--primary" disabled={busy}>
            {busy ? 'Đang gửi…' : 'Gửi trả lời'}
          </button>
        </div>
      </form>
    </section>
  );
}

/** "Hỏi đáp": questions the chatbot handed to an officer, waiting ones first; read the conversation, answer it. */
export default function InboxPage() {
  const me = useMe();
  // The list stays on screen while it reloads after a reply, so the open conversation keeps its place.
  const inbox = useQuery(`console-inbox/${me.unit.slug}`, (signal) => getInbox(me.unit.slug, signal), { keepPrevious: true });
  const [open, setOpen] = useState<ChatInboxItemT | null>(null);
  return (
    <>
      <PageHead title="Hỏi đáp chờ trả lời" />
      <p className="c-muted">Những câu hỏi chatbot chưa trả lời được, từ Zalo OA và trang Hỏi đáp của Mini App. Câu trả lời của bạn được gửi lại đúng nơi người dân hỏi.</p>
      {inbox.status === 'loading' && !inbox.data && <LoadingState />}
      {inbox.status === 'error' && <ErrorState error={inbox.error} onRetry={inbox.reload} />}
      {inbox.data && inbox.data.items.length === 0 && <EmptyState>Chưa có câu hỏi nào chờ cán bộ trả lời.</EmptyState>}
      {inbox.data && inbox.data.items.length > 0 && (
        <div className="c-grid-2">
          <table className="c-table" data-testid="inbox-table">
            <thead>
              <tr>
                <th>Câu hỏi gần nhất</th>
                <th>Đơn vị</th>
                <th>Kênh</th>
                <th>Trạng thái</th>
              </tr>
            </thead>
            <tbody>
              {inbox.data.items.map((item) => (
                <tr key={item.id} aria-selected={open?.id === item.id}>
                  <td>
                    <button type="button" className="c-linkbtn" onClick={() => setOpen(item)}>
                      {item.lastMessage ?? '(không có nội dung)'}
                    </button>
                    <div className="c-muted">{formatDateTime(item.lastMessageAt)}</div>
                  </td>
                  <td>{item.unit.name}</td>
                  <td>{CHANNELS[item.channel]}</td>
                  <td>{item.status === 'waiting' ? 'Chờ trả lời' : 'Đã trả lời'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {open && <Transcript key={open.id} item={open} onReplied={inbox.reload} />}
        </div>
      )}
    </>
  );
}
