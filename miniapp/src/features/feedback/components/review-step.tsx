import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button } from 'zmp-ui';
import { AlertIcon, ImageIcon } from '../../../components/icons.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { invalidateQueries } from '../../../lib/use-query.ts';
import { submitFeedback } from '../api/feedback.ts';
import { rememberLastSent } from '../hooks/access-keys.ts';
import { draftBody, finishDraft, keyForSend, useFeedbackDraft } from '../hooks/use-feedback-draft.ts';
import { KIND_LABELS } from './kind-step.tsx';
import { PlaceMapLink } from './place-link.tsx';
import { capitalized, KIND_NAMES } from '../kind-names.ts';
import { StepActions, StepFrame, stepPath, type StepKey } from './step-frame.tsx';

function Section({ title, step, children }: { title: string; step: StepKey; children: React.ReactNode }) {
  return (
    <section className="review__section">
      <div className="review__head">
        <h2 className="review__title">{title}</h2>
        <Link className="small-button" to={stepPath(step)} aria-label={`Sửa ${title.toLowerCase()}`}>
          Sửa
        </Link>
      </div>
      {children}
    </section>
  );
}

/**
 * Step 6: everything on one screen, then "Gửi". A failed send keeps everything and says why; sending again
 * reuses the same Idempotency-Key, so a send that did reach the server is never recorded twice.
 */
export function ReviewStep({ unit, unitName, onSent }: { unit: string; unitName: string; onSent: () => void }) {
  const draft = useFeedbackDraft();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const body = draftBody(draft);
  const photos = draft.photos.filter((p) => p.status === 'done');
  const kind = KIND_NAMES[draft.kind ?? 'phan_anh'];

  const send = async () => {
    if (!body) return;
    setSending(true);
    setError(null);
    const key = keyForSend(body);
    try {
      const result = await submitFeedback(unit, body, key);
      rememberLastSent({ ...result, unitName });
      invalidateQueries('feedback-mine');
      finishDraft();
      onSent();
    } catch (caught) {
      setError(
        caught instanceof ApiError
          ? caught.message
          : 'Chưa gửi được. Nội dung của bạn vẫn được giữ nguyên, vui lòng bấm “Gửi lại”.',
      );
    } finally {
      setSending(false);
    }
  };

  return (
    <StepFrame step="review" title="Xem lại trước khi gửi" lead={`${capitalized(kind)} sẽ được gửi đến ${unitName}.`}>
      <div className="card review">
        <Section title="Loại và lĩnh vực" step="kind">
          <p>
            <strong>{draft.kind ? KIND_LABELS[draft.kind] : ''}</strong>
            {draft.topic && ` · ${draft.topic.name}`}
          </p>
        </Section>
        <Section title="Nội dung" step="content">
          <p className="text-block" data-testid="review-content">
            {draft.content.trim()}
          </p>
        </Section>
        <Section title="Ảnh và địa điểm" step="photos">
          {photos.length === 0 ? (
            <p className="muted">Không có ảnh</p>
          ) : (
            <ul className="thumb-row">
              {photos.map((p, index) => (
                <li key={p.localId} className="thumb">
                  {p.previewUrl ? <img src={p.previewUrl} alt={`Ảnh ${index + 1}`} /> : <ImageIcon size={28} />}
                </li>
              ))}
            </ul>
          )}
          <p>{draft.address.trim() ? draft.address.trim() : <span className="muted">Không ghi địa chỉ</span>}</p>
          {draft.location && (
            <p className="muted">
              Có kèm vị trí hiện tại. <PlaceMapLink place={draft.location} />
            </p>
          )}
        </Section>
        <Section title="Người gửi" step="contact">
          <dl className="facts facts--compact">
            <div>
              <dt>Họ và tên</dt>
              <dd>{draft.contact.name.trim()}</dd>
            </div>
            <div>
              <dt>Điện thoại</dt>
              <dd>{draft.contact.phone.trim()}</dd>
            </div>
            <div>
              <dt>Địa chỉ</dt>
              <dd>{draft.contact.address.trim()}</dd>
            </div>
          </dl>
          {draft.hideIdentity && <p className="muted">Giữ bí mật danh tính với đơn vị xử lý</p>}
        </Section>
      </div>

      {error && (
        <div className="banner banner--danger" role="alert" data-testid="send-error">
          <AlertIcon size={26} className="banner__icon" />
          <div>
            <p className="banner__title">Chưa gửi được</p>
            <p>{error}</p>
            <p>Nội dung bạn đã nhập vẫn được giữ nguyên.</p>
          </div>
        </div>
      )}

      <StepActions>
        <Button className="btn-large" variant="primary" fullWidth loading={sending} disabled={sending || !body} onClick={() => void send()}>
          {error ? 'Gửi lại' : `Gửi ${kind}`}
        </Button>
      </StepActions>
    </StepFrame>
  );
}
