import type { ChannelAdviceT } from '@cchc/shared/api/feedback';
import { FEEDBACK_CONTENT_MAX, FEEDBACK_CONTENT_MIN } from '../api/limits.ts';
import { useRef, useState } from 'react';
import { Button } from 'zmp-ui';
import { TextAreaField } from '../../../ui/index.ts';
import { AlertIcon } from '../../../components/icons.tsx';
import { checkContent } from '../api/feedback.ts';
import { updateDraft, useFeedbackDraft } from '../hooks/use-feedback-draft.ts';
import { StepActions, StepFrame } from './step-frame.tsx';

const MIN_LENGTH = FEEDBACK_CONTENT_MIN;

/**
 * Step 3: what happened. "Tiếp tục" asks the server whether the text reads as a khiếu nại or tố cáo; if so
 * the citizen reads the right legal channel and decides: send it as PAKN anyway, or go back and edit.
 */
export function ContentStep({ unit, onNext }: { unit: string; onNext: () => void }) {
  const draft = useFeedbackDraft();
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [advice, setAdvice] = useState<ChannelAdviceT | null>(null);
  const adviceRef = useRef<HTMLDivElement>(null);
  const isProposal = draft.kind === 'kien_nghi';

  const next = async () => {
    const text = draft.content.trim();
    if (text.length < MIN_LENGTH) {
      setError(`Vui lòng viết rõ hơn: ít nhất ${MIN_LENGTH} ký tự (hiện có ${text.length}).`);
      return;
    }
    setError(null);
    if (draft.checkedContent === text) {
      onNext();
      return;
    }
    setChecking(true);
    try {
      const result = await checkContent(unit, text);
      if (result.kind) {
        setAdvice(result);
        requestAnimationFrame(() => adviceRef.current?.focus());
        return;
      }
    } catch {
      // The check is advice only: when it cannot run, the citizen is not held up.
    } finally {
      setChecking(false);
    }
    updateDraft({ checkedContent: text });
    onNext();
  };

  if (advice) {
    return (
      <StepFrame step="content" title="Xin lưu ý trước khi gửi">
        <div className="banner banner--warning advice" role="alert" tabIndex={-1} ref={adviceRef} data-testid="channel-advice">
          <AlertIcon size={28} className="banner__icon" />
          <div>
            <p className="banner__title">{advice.title}</p>
            <p className="text-block">{advice.explanation}</p>
          </div>
        </div>
        <p>Bạn vẫn có thể gửi nội dung này dưới dạng {isProposal ? 'kiến nghị' : 'phản ánh'}, hoặc quay lại sửa nội dung.</p>
        <StepActions>
          <Button
            className="btn-large"
            variant="primary"
            fullWidth
            onClick={() => {
              updateDraft({ checkedContent: draft.content.trim() });
              setAdvice(null);
              onNext();
            }}
          >
            Vẫn gửi {isProposal ? 'kiến nghị' : 'phản ánh'}
          </Button>
          <Button className="btn-large" variant="secondary" fullWidth onClick={() => setAdvice(null)}>
            Quay lại sửa
          </Button>
        </StepActions>
      </StepFrame>
    );
  }

  return (
    <StepFrame step="content" title={isProposal ? 'Nội dung kiến nghị của bạn' : 'Nội dung phản ánh của bạn'}>
      <TextAreaField
        label={isProposal ? 'Việc gì chưa hợp lý và bạn đề xuất thế nào?' : 'Việc gì đã xảy ra?'}
        hint="Ghi rõ việc gì, ở đâu, từ khi nào. Viết tiếng Việt, càng cụ thể càng dễ xử lý."
        value={draft.content}
        onChange={(value) => {
          updateDraft({ content: value });
          if (error) setError(null);
        }}
        maxLength={FEEDBACK_CONTENT_MAX}
        showCount
        minLength={MIN_LENGTH}
        rows={8}
        error={error}
      />
      <StepActions>
        <Button className="btn-large" variant="primary" fullWidth loading={checking} disabled={checking} onClick={() => void next()}>
          Tiếp tục
        </Button>
      </StepActions>
    </StepFrame>
  );
}
