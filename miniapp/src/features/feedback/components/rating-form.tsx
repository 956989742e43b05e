import type { RatingT } from '@cchc/shared/api/feedback';
import { useState } from 'react';
import { Button } from 'zmp-ui';
import { TextAreaField } from '../../../ui/index.ts';
import { ThumbDownIcon, ThumbUpIcon } from '../../../components/icons.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { rateFeedback } from '../api/feedback.ts';

const CHOICES: { value: RatingT; label: string; Icon: typeof ThumbUpIcon }[] = [
  { value: 'hai_long', label: 'Hài lòng', Icon: ThumbUpIcon },
  { value: 'khong_hai_long', label: 'Không hài lòng', Icon: ThumbDownIcon },
];

/** "Bạn có hài lòng với câu trả lời?" Hài lòng / Không hài lòng, an optional comment, then send. */
export function RatingForm({ code, accessKey, onDone }: { code: string; accessKey: string; onDone: () => void }) {
  const [value, setValue] = useState<RatingT | null>(null);
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = async () => {
    if (!value) {
      setError('Vui lòng chọn Hài lòng hoặc Không hài lòng.');
      return;
    }
    setSending(true);
    setError(null);
    try {
      await rateFeedback(code, accessKey, value, comment);
      onDone();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Chưa gửi được đánh giá. Vui lòng thử lại.');
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="card rating" aria-labelledby="rating-title" data-testid="rating-form">
      <h2 className="card__title" id="rating-title">
        Bạn có hài lòng với câu trả lời?
      </h2>
      <div className="rating__choices" role="radiogroup" aria-label="Đánh giá">
        {CHOICES.map(({ value: v, label, Icon }) => (
          <button
            key={v}
            type="button"
            role="radio"
            aria-checked={value === v}
            className={value === v ? `rating__choice rating__choice--${v} rating__choice--selected` : `rating__choice rating__choice--${v}`}
            onClick={() => {
              setValue(v);
              setError(null);
            }}
          >
            <Icon size={30} />
            {label}
          </button>
        ))}
      </div>
      <TextAreaField label="Ý kiến thêm" optional value={comment} onChange={setComment} maxLength={1000} rows={3} showCount={false} />
      {error && (
        <p className="ui-field__error" role="alert">
          {error}
        </p>
      )}
      <Button className="btn-large" variant="primary" fullWidth loading={sending} disabled={sending} onClick={() => void send()}>
        Gửi đánh giá
      </Button>
    </section>
  );
}
