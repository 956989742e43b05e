import type { FeedbackKindT } from '@cchc/shared/api/feedback';
import { ChevronRightIcon } from '../../../components/icons.tsx';
import { updateDraft, useFeedbackDraft } from '../hooks/use-feedback-draft.ts';
import { StepFrame } from './step-frame.tsx';

export const KIND_OPTIONS: { kind: FeedbackKindT; label: string; explanation: string }[] = [
  {
    kind: 'phan_anh',
    label: 'Phản ánh',
    explanation: 'Báo cho chính quyền biết một việc chưa đúng, chưa hợp lý mà bạn gặp hoặc nhìn thấy.',
  },
  {
    kind: 'kien_nghi',
    label: 'Kiến nghị',
    explanation: 'Nêu một việc chưa hợp lý và đề xuất cách giải quyết, cách sửa đổi.',
  },
];

export const KIND_LABELS: Record<FeedbackKindT, string> = { phan_anh: 'Phản ánh', kien_nghi: 'Kiến nghị' };

/** Step 1: phản ánh or kiến nghị. Tapping a choice moves on. */
export function KindStep({ onNext }: { onNext: () => void }) {
  const draft = useFeedbackDraft();
  return (
    <StepFrame step="kind" title="Bạn muốn gửi gì?" lead="Chọn một trong hai loại dưới đây.">
      <ul className="card-list choice-list" role="list">
        {KIND_OPTIONS.map((option) => {
          const selected = draft.kind === option.kind;
          return (
            <li key={option.kind}>
              <button
                type="button"
                className={selected ? 'list-row choice list-row--selected' : 'list-row choice'}
                aria-pressed={selected}
                onClick={() => {
                  updateDraft({ kind: option.kind });
                  onNext();
                }}
              >
                <span className="list-row__text">
                  <span className="list-row__title">{option.label}</span>
                  <span className="choice__explanation">{option.explanation}</span>
                </span>
                <ChevronRightIcon className="list-row__chevron" />
              </button>
            </li>
          );
        })}
      </ul>
      <div className="note">
        <p>
          <strong>Khiếu nại, tố cáo</strong> không gửi qua đây: pháp luật quy định cách gửi riêng. Nếu nội dung của bạn
          giống khiếu nại hoặc tố cáo, ứng dụng sẽ giải thích khi bạn viết.
        </p>
      </div>
    </StepFrame>
  );
}
