import { useState } from 'react';
import { ApiError } from '../../../../lib/api-client.ts';
import { invalidateQueries } from '../../../../lib/use-query.ts';
import { ErrorState, LoadingState, TextField } from '../../../../ui/index.ts';
import { Notice } from '../../../components/notice.tsx';
import { useRenames } from '../hooks/use-renames.ts';
import { ManagedListRow } from './managed-list-row.tsx';
import { createTopic, deleteTopic, updateTopic } from '../api/settings.ts';
import { useTopicSettings } from '../hooks/use-settings.ts';

/** The topics citizens choose from: rename, reorder, switch off (a topic in use is never deleted), add. */
export function TopicsEditor({ unit, canEdit }: { unit?: string; canEdit: boolean }) {
  const topics = useTopicSettings(unit);
  const renames = useRenames(topics.data?.items);
  const [name, setName] = useState('');
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const act = async (work: () => Promise<unknown>, done: string) => {
    setNotice(null);
    try {
      await work();
      invalidateQueries('console/topics');
      topics.reload();
      setNotice({ kind: 'success', text: done });
      return true;
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof ApiError ? error.message : 'Chưa lưu được.' });
      return false;
    }
  };

  const saveNames = async () => {
    if (renames.changes.some((c) => c.name.length < 2)) return setNotice({ kind: 'error', text: 'Tên chủ đề cần ít nhất 2 ký tự.' });
    const ok = await act(async () => {
      for (const change of renames.changes) await updateTopic(change.id, { name: change.name }, unit);
    }, 'Đã đổi tên chủ đề.');
    if (ok) renames.clear();
  };
  if (topics.status === 'error') return <ErrorState error={topics.error} onRetry={topics.reload} />;
  if (!topics.data) return <LoadingState />;
  const items = topics.data.items;
  return (
    <div className="c-stack">
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <form
        className="c-stack"
        aria-label="Danh sách chủ đề"
        onSubmit={(event) => {
          event.preventDefault();
          void saveNames();
        }}
      >
        <ul className="c-topics">
          {items.map((topic, index) => (
            <ManagedListRow key={`${topic.id}-${topic.name}-${topic.position}`} item={topic} name={renames.nameOf(topic)} onName={(n) => renames.type(topic.id, n)} noun="chủ đề" index={index} count={items.length} canEdit={canEdit} act={act}
              update={(patch) => updateTopic(topic.id, patch, unit)} remove={() => deleteTopic(topic.id, unit)} />
          ))}
        </ul>
        {canEdit && (
          <div className="c-row">
            <button type="submit" className="c-btn c-btn--primary" disabled={renames.changes.length === 0}>
              Lưu thay đổi
            </button>
            {renames.changes.length > 0 && <span className="c-muted">{renames.changes.length} tên chưa lưu</span>}
          </div>
        )}
      </form>
      {canEdit && (
        <form
          className="c-row c-row--end"
          onSubmit={async (event) => {
            event.preventDefault();
            if (name.trim().length < 2) return setNotice({ kind: 'error', text: 'Tên chủ đề cần ít nhất 2 ký tự.' });
            if (await act(() => createTopic(name.trim(), unit), 'Đã thêm chủ đề.')) setName('');
          }}
        >
          <TextField label="Thêm chủ đề mới" value={name} onChange={setName} maxLength={120} />
          <button type="submit" className="c-btn c-btn--primary">
            Thêm
          </button>
        </form>
      )}
    </div>
  );
}
