import { ExternalLink } from '../../../components/external-link.tsx';
import type { PublishedFeedbackT } from '@cchc/shared/api/feedback';
import { ClampedText } from '../../../components/clamped-text.tsx';
import { PhotoGallery } from '../../../components/photo-gallery.tsx';
import { formatDate } from '../../../lib/format.ts';
import { KIND_LABELS } from './kind-step.tsx';

/** A published PAKN: what was raised and the answer (personal data already removed by the server). */
export function PublishedCard({ item }: { item: PublishedFeedbackT }) {
  return (
    <article className="card published" data-testid="published-feedback">
      <p className="published__meta">
        <span className="badge">{KIND_LABELS[item.kind]}</span> <span>{item.topic}</span>
      </p>
      <h2 className="published__title">Nội dung</h2>
      <ClampedText text={item.content} className="published__content" />
      <PhotoGallery photos={item.photos} label="Ảnh kèm theo" />
      <div className="published__answer">
        <h2 className="published__title">Trả lời</h2>
        <p className="text-block">{item.answer}</p>
        {item.answerDocumentUrl && (
          <p>
            <ExternalLink href={item.answerDocumentUrl}>Văn bản trả lời có chữ ký (PDF)</ExternalLink>
          </p>
        )}
      </div>
      <p className="muted published__dates">
        Mã {item.code} · Gửi {formatDate(item.receivedAt)} · Trả lời {formatDate(item.answeredAt)}
      </p>
    </article>
  );
}
