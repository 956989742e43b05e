import type { TopicSettingT } from '@cchc/shared/api/settings';
import { useState } from 'react';
import { ApiError } from '../../../../lib/api-client.ts';
import { invalidateQueries } from '../../../../lib/use-query.ts';
import { ErrorState, LoadingState, TextField } from '../../../../ui/index.ts';
import { Notice } from '../../../components/notice.tsx';
import { createTopic, deleteTopic, updateTopic } from '../api/settings.ts';
import { useTopicSettings } from '../hooks/use-settings.ts';

function TopicRow({ topic, index, count, canEdit, unit, act }: {
  topic: TopicSettingT;
  index: number;
  count: number;
  canEdit: boolean;
  /** The unit acted on (the city administrator's pick); every write names it. */
  unit?: string;
  act: (work: () => Promise<unknown>, done: string) => Promise<boolean>;
}) {
  const [name, setName] = useState(topic.name);
  const changed = name.trim() !== topic.name;
  return (
    <li className={topic.active ? 'c-topic' : 'c-topic c-topic--off'}>
      {canEdit ? (
        <TextField label={`Tên chủ đề ${index + 1}`} className="c-topic__name" value={name} onChange={setName} maxLength={120} />
      ) : (
        <span className="c-topic__name">{topic.name}</span>
      )}
      <span className="c-topic__meta">
        {topic.active ? 'Đang dùng' : 'Đã tắt'} · {topic.feedbackCount} phản ánh
      </span>
      {canEdit && (
        <span className="c-row c-row--wrap">
          {changed && (
            <button type="button" className="c-btn c-btn--primary c-btn--small" onClick={() => void act(() => updateTopic(topic.id, { name: name.trim() }, unit), 'Đã đổi tên chủ đề.')}>
              Lưu tên
            </button>
          )}
          <button type="button" className="c-btn c-btn--small" disabled={index === 0} aria-label={`Đưa ${topic.name} lên`} onClick={() => void act(() => updateTopic(topic.id, { position: index - 1 }, unit), 'Đã đổi thứ tự.')}>
            ↑
          </button>
          <button type="button" className="c-btn c-btn--small" disabled={index === count - 1} aria-label={`Đưa ${topic.name} xuống`} onClick={() => void act(() => updateTopic(topic.id, { position: index + 1 }, unit), 'Đã đổi thứ tự.')}>
            ↓
          </button>
          <button type="button" className="c-btn c-btn--small" onClick={() => void act(() => updateTopic(topic.id, { active: !topic.active }, unit), topic.active ? 'Đã tắt chủ đề.' : 'Đã bật chủ đề.')}>
            {topic.active ? 'Tắt' : 'Bật'}
          </button>
          {topic.feedbackCount === 0 && (
            <button
              type="button"
              className="c-btn c-btn--danger c-btn--small"
              onClick={() => {
                if (window.confirm(`Xoá chủ đề “${topic.name}”?`)) void act(() => deleteTopic(topic.id, unit), 'Đã xoá chủ đề.');
              }}
            >
              Xoá
            </button>
          )}
        </span>
      )}
    </li>
  );
}

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
          <TopicRow key={`${topic.id}-${topic.name}-${topic.position}`} topic={topic} index={index} count={items.length} canEdit={canEdit} unit={unit} act={act} />
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
