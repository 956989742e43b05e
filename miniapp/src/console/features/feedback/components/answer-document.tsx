import type { OfficerFeedbackT } from '@cchc/shared/api/console';
import { useState } from 'react';
import { ApiError } from '../../../../lib/api-client.ts';
import { FilePicker } from '../../../components/file-picker.tsx';
import { attachAnswerDocument } from '../api/feedback.ts';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** The attached document, as a link that opens the PDF. */
export function AnswerDocumentLink({ feedback }: { feedback: OfficerFeedbackT }) {
  const doc = feedback.answerDocument;
  if (!doc) return null;
  return (
    <p className="c-row c-row--wrap">
      <span>Văn bản trả lời có chữ ký:</span>
      <a href={doc.url} target="_blank" rel="noopener noreferrer">
        {doc.name} ({size(doc.bytes)})
      </a>
      {doc.public && <span className="c-badge c-badge--public">Đã công khai</span>}
    </p>
  );
}

/** Attach the unit's signed văn bản trả lời (PDF) to the answer; a newer one replaces it. */
export function AnswerDocumentForm({ feedback, onDone, onError }: {
  feedback: OfficerFeedbackT;
  onDone: (next: OfficerFeedbackT, text: string) => void;
  onError: (text: string) => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="c-action-form" data-testid="answer-document">
      <AnswerDocumentLink feedback={feedback} />
      <FilePicker label="Văn bản trả lời có chữ ký (PDF)" accept=".pdf,application/pdf" file={file} onChange={setFile} hint="Bản scan hoặc bản ký số của văn bản trả lời, tệp PDF tối đa 10 MB. Người gửi mở được cùng câu trả lời; chỉ công khai khi lãnh đạo đồng ý." />
      <div>
        <button
          type="button"
          className="c-btn"
          disabled={busy}
          onClick={async () => {
            if (!file) return onError('Vui lòng chọn tệp PDF của văn bản trả lời.');
            setBusy(true);
            try {
              onDone(await attachAnswerDocument(feedback.code, file), 'Đã đính kèm văn bản trả lời.');
              setFile(null);
            } catch (error) {
              onError(error instanceof ApiError ? error.message : 'Chưa đính kèm được. Vui lòng thử lại.');
            } finally {
              setBusy(false);
            }
          }}
        >
          {busy ? 'Đang tải lên…' : feedback.answerDocument ? 'Đính kèm văn bản (thay bản cũ)' : 'Đính kèm văn bản'}
        </button>
      </div>
    </div>
  );
}
