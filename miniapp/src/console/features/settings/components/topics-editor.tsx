import { useState } from 'react';
import { ApiError } from '../../../../lib/api-client.ts';
import { invalidateQueries } from '../../../../lib/use-query.ts';
import { ErrorState, LoadingState, TextField } from '../../../../ui/index.ts';
import { Notice } from '../../../components/notice.tsx';
import { ManagedListRow } from './managed-list-row.tsx';
import { createTopic, deleteTopic, updateTopic } from '../api/settings.ts';
import { useTopicSettings } from '../hooks/use-settings.ts';

/** The topics citizens choose from: rename, reorder, switch off (a topic in use is never deleted), add. */
export function TopicsEditor({ unit, canEdit }: { unit?: string; canEdit: boolean }) {
  const topics = useTopicSettings(unit);
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

  if (topics.status === 'error') return <ErrorState error={topics.error} onRetry={topics.reload} />;
  if (!topics.data) return <LoadingState />;
  const items = topics.data.items;
  return (
    <div className="c-stack">
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <ul className="c-topics">
        {items.map((topic, index) => (
          <ManagedListRow key={`${topic.id}-${topic.name}-${topic.position}`} item={topic} noun="chủ đề" index={index} count={items.length} canEdit={canEdit} act={act}
            update={(patch) => updateTopic(topic.id, patch, unit)} remove={() => deleteTopic(topic.id, unit)} />
        ))}
      </ul>
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
