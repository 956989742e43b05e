import { ChevronRightIcon } from '../../../components/icons.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../ui/index.ts';
import { updateDraft, useFeedbackDraft } from '../hooks/use-feedback-draft.ts';
import { useFeedbackTopics } from '../hooks/use-feedback.ts';
import { StepFrame } from './step-frame.tsx';

/** Step 2: the topic, from the unit's list. Tapping a topic moves on. */
export function TopicStep({ unit, onNext }: { unit: string; onNext: () => void }) {
  const draft = useFeedbackDraft();
  const topics = useFeedbackTopics(unit);
  return (
    <StepFrame step="topic" title="Nội dung liên quan đến lĩnh vực nào?" lead="Chọn lĩnh vực gần đúng nhất. Nếu không chắc, chọn “Khác”.">
      {topics.status === 'loading' && <LoadingState />}
      {topics.status === 'error' && <ErrorState error={topics.error} onRetry={topics.reload} />}
      {topics.status === 'success' && topics.data && topics.data.items.length === 0 && (
        <EmptyState>
          <p>Đơn vị chưa mở nhận phản ánh, kiến nghị qua ứng dụng. Bạn có thể gọi đường dây nóng.</p>
        </EmptyState>
      )}
      {topics.status === 'success' && topics.data && topics.data.items.length > 0 && (
        <ul className="card-list" role="list">
          {topics.data.items.map((topic) => {
            const selected = draft.topic?.id === topic.id;
            return (
              <li key={topic.id}>
                <button
                  type="button"
                  className={selected ? 'list-row list-row--selected' : 'list-row'}
                  aria-pressed={selected}
                  onClick={() => {
                    updateDraft({ topic: { id: topic.id, name: topic.name } });
                    onNext();
                  }}
                >
                  <span className="list-row__text">
                    <span className="list-row__title">{topic.name}</span>
                  </span>
                  <ChevronRightIcon className="list-row__chevron" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </StepFrame>
  );
}
