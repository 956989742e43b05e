import type { MaskedSpanT, MaskedTextT, PublicCopyPreviewT } from '@cchc/shared/api/console';
import { useState } from 'react';
import { ApiError } from '../../../../lib/api-client.ts';
import { invalidateQueries } from '../../../../lib/use-query.ts';
import { ErrorState, LoadingState, TextAreaField } from '../../../../ui/index.ts';
import { savePublicCopy } from '../api/feedback.ts';
import { usePublicCopy } from '../hooks/use-feedback.ts';

const KIND_LABELS: Record<MaskedSpanT['kind'], string> = {
  name: 'họ tên',
  address: 'địa chỉ',
  phone: 'số điện thoại',
  id_number: 'số giấy tờ',
  email: 'email',
};

/** A masked text with each masked span highlighted. */
function Highlighted({ masked }: { masked: MaskedTextT }) {
  const parts: (string | MaskedSpanT)[] = [];
  let at = 0;
  for (const span of masked.spans) {
    if (span.start > at) parts.push(masked.text.slice(at, span.start));
    parts.push(span);
    at = span.end;
  }
  if (at < masked.text.length) parts.push(masked.text.slice(at));
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <mark key={i} className="c-mark" title={`Đã ẩn ${KIND_LABELS[part.kind]}`}>
            {masked.text.slice(part.start, part.end)}
          </mark>
        ),
      )}
    </>
  );
}

/**
 * The public copy as the leader decides it: exactly what will be public, each
 * masked span highlighted, and an editor for the public text (the original stays).
 */
export function PublicCopyEditor({ code }: { code: string }) {
  // Drafts change under the leader's eyes: read it fresh each time it opens.
  useState(() => invalidateQueries(`console/public-copy/${code}`));
  const query = usePublicCopy(code);
  const [saved, setSaved] = useState<PublicCopyPreviewT | null>(null);
  const [editing, setEditing] = useState<{ content: string; answer: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const copy = saved ?? query.data;

  if (!copy) return query.status === 'error' ? <ErrorState error={query.error} onRetry={query.reload} /> : <LoadingState />;

  const save = async () => {
    if (!editing) return;
    if (editing.content.trim().length < 10 || editing.answer.trim().length < 10) {
      setError('Nội dung và câu trả lời công khai cần ít nhất 10 ký tự.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setSaved(await savePublicCopy(code, { content: editing.content.trim(), answer: editing.answer.trim() }));
      invalidateQueries(`console/public-copy/${code}`);
      invalidateQueries(`console/feedback/${code}`);
      setEditing(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Chưa lưu được bản công khai. Vui lòng thử lại.');
    } finally {
      setBusy(false);
    }
  };

  const masked = copy.content.spans.length + copy.answer.spans.length;
  return (
    <div className="c-public-copy" data-testid="public-preview">
      <h4 className="c-h4">{copy.published ? 'Bản đang công khai' : 'Bản sẽ công khai'}</h4>
      <p className="c-muted">
        {masked > 0
          ? `Đúng như người dân sẽ thấy. ${masked} đoạn thông tin cá nhân đã được ẩn (tô vàng); kiểm tra thêm tên, địa chỉ người khác trước khi công khai.`
          : 'Đúng như người dân sẽ thấy. Không tìm thấy thông tin cá nhân; vẫn cần kiểm tra tên, địa chỉ trước khi công khai.'}
      </p>
      <h5 className="c-h5">Nội dung</h5>
      <p className="c-quote c-pre" data-testid="public-content">
        <Highlighted masked={copy.content} />
      </p>
      <h5 className="c-h5">Trả lời</h5>
      <p className="c-quote c-pre" data-testid="public-answer">
        <Highlighted masked={copy.answer} />
      </p>
      {(copy.edited.content || copy.edited.answer) && <p className="c-muted">Đã sửa bản công khai; bản gốc vẫn được giữ nguyên.</p>}
      {editing ? (
        <div className="c-public-copy__editor">
          <TextAreaField
            label="Nội dung công khai"
            value={editing.content}
            onChange={(content) => setEditing({ ...editing, content })}
            rows={5}
            maxLength={5000}
          />
          <TextAreaField
            label="Câu trả lời công khai"
            value={editing.answer}
            onChange={(answer) => setEditing({ ...editing, answer })}
            error={error}
            rows={6}
            maxLength={10000}
            hint="Thông tin cá nhân còn sót trong bản sửa vẫn được ẩn tự động khi công khai."
          />
          <div className="c-row">
            <button type="button" className="c-btn c-btn--primary" disabled={busy} onClick={() => void save()}>
              {busy ? 'Đang lưu…' : 'Lưu bản công khai'}
            </button>
            <button type="button" className="c-btn c-btn--ghost" disabled={busy} onClick={() => setEditing(null)}>
              Huỷ sửa
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="c-btn c-btn--small" onClick={() => setEditing({ ...copy.source })}>
          Sửa bản công khai
        </button>
      )}
    </div>
  );
}
