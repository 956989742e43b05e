import { ExternalLink } from '../../../components/external-link.tsx';
import type { CitizenFeedbackT } from '@cchc/shared/api/feedback';
import { surveyPath } from '@cchc/shared/satisfaction/survey-link';
import { Link } from 'react-router-dom';
import { formatDay } from '@cchc/shared/calendar/working-days';
import { formatDueAt } from '@cchc/shared/calendar/working-hours';
import { PhotoGallery } from '../../../components/photo-gallery.tsx';
import { formatDate } from '../../../lib/format.ts';
import { FeedbackTimeline } from './feedback-timeline.tsx';
import { KIND_LABELS } from './kind-step.tsx';
import { RatingForm } from './rating-form.tsx';
import { ReopenForm } from './reopen-form.tsx';
import { StatusBadge } from '../../../ui/index.ts';
import { TrackingCode } from './tracking-code.tsx';
import { AccessKeyCard } from './access-key-card.tsx';
import { PlaceMapLink } from './place-link.tsx';
import { capitalized, KIND_NAMES } from '../kind-names.ts';

const RATING_LABELS = { hai_long: 'Hài lòng', khong_hai_long: 'Không hài lòng' } as const;

/**
 * A citizen's PAKN: where it stands, what they wrote and where, the answer, the history (with every change
 * of deadline and why); rate or reopen when allowed; the access key this phone keeps, to copy.
 */
export function FeedbackDetailView({ feedback, accessKey, onChanged }: { feedback: CitizenFeedbackT; accessKey: string; onChanged: () => void }) {
  const kind = KIND_NAMES[feedback.kind];
  return (
    <article className="feedback-detail" data-testid="feedback-detail">
      <header className="feedback-detail__head">
        <p className="sent__label">Mã {kind}</p>
        <TrackingCode code={feedback.code} className="tracking-code tracking-code--medium" testId="tracking-code" />
        <div className="feedback-detail__status">
          <StatusBadge status={feedback.status} />
        </div>
        <dl className="facts facts--compact">
          <div>
            <dt>Loại</dt>
            <dd>
              {KIND_LABELS[feedback.kind]} · {feedback.topic}
            </dd>
          </div>
          <div>
            <dt>Gửi đến</dt>
            <dd>{feedback.unit.name}</dd>
          </div>
          <div>
            <dt>Ngày gửi</dt>
            <dd>{formatDate(feedback.receivedAt)}</dd>
          </div>
          <div>
            <dt>Hạn trả lời</dt>
            <dd>
              {feedback.dueAt ? formatDueAt(feedback.dueAt) : formatDay(feedback.dueDate)}
              {feedback.dueDateProvisional && ' (dự kiến)'}
            </dd>
          </div>
        </dl>
      </header>

      {feedback.answer && (
        <section className="card answer" aria-labelledby="answer-title" data-testid="feedback-answer">
          <h2 className="card__title" id="answer-title">
            Trả lời của {feedback.unit.name}
          </h2>
          <p className="muted">Ngày trả lời: {formatDate(feedback.answer.answeredAt)}</p>
          <p className="text-block">{feedback.answer.text}</p>
          {feedback.answerDocument && (
            <p>
              <ExternalLink href={feedback.answerDocument.url}>Văn bản trả lời có chữ ký (PDF): {feedback.answerDocument.name}</ExternalLink>
            </p>
          )}
        </section>
      )}

      {feedback.status === 'tu_choi' && feedback.rejectReason && (
        <section className="banner banner--warning" aria-label="Lý do từ chối">
          <div>
            <p className="banner__title">{capitalized(kind)} không được tiếp nhận</p>
            <p className="text-block">{feedback.rejectReason}</p>
          </div>
        </section>
      )}

      {feedback.rating && (
        <p className="rating-done" data-testid="rating-done">
          Bạn đã đánh giá: <strong>{RATING_LABELS[feedback.rating.value]}</strong>
          {feedback.rating.comment ? ` — “${feedback.rating.comment}”` : ''}
        </p>
      )}
      {feedback.canRate && !feedback.rating && <RatingForm code={feedback.code} accessKey={accessKey} onDone={onChanged} />}
      {feedback.answer && (feedback.status === 'da_tra_loi' || feedback.status === 'dong') && (
        <Link
          className="button-link button-link--secondary"
          to={surveyPath({ unit: feedback.unit.slug, feedback: feedback.code })}
          data-testid="feedback-survey-link"
        >
          {`Đánh giá sự hài lòng về việc xử lý ${kind}`}
        </Link>
      )}
      {feedback.canReopenUntil && <ReopenForm code={feedback.code} accessKey={accessKey} until={feedback.canReopenUntil} kindName={kind} onDone={onChanged} />}

      <section className="detail-section" aria-labelledby="content-title">
        <h2 className="detail-section__title" id="content-title">
          Nội dung bạn đã gửi
        </h2>
        <p className="text-block" data-testid="feedback-content">
          {feedback.content}
        </p>
        <PhotoGallery photos={feedback.photos} label="Ảnh đã gửi" />
      </section>

      {feedback.place && (
        <section className="detail-section" aria-labelledby="place-title" data-testid="feedback-place">
          <h2 className="detail-section__title" id="place-title">
            Nơi xảy ra sự việc
          </h2>
          <p className="text-block">{feedback.place.address ?? 'Vị trí bạn đã chia sẻ khi gửi'}</p>
          <PlaceMapLink place={feedback.place} near={feedback.unit.name} />
        </section>
      )}

      <section className="detail-section" aria-labelledby="history-title">
        <h2 className="detail-section__title" id="history-title">
          Quá trình xử lý
        </h2>
        <FeedbackTimeline events={feedback.history} />
      </section>

      <AccessKeyCard code={feedback.code} accessKey={accessKey} kindName={kind} />
    </article>
  );
}
