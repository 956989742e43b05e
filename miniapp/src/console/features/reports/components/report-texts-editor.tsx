import type { ReportTextsInputT, ReportTextsT } from '@cchc/shared/api/reports';
import { useEffect, useState } from 'react';
import { formatDateTime } from '../../../../lib/format.ts';
import { ErrorState, LoadingState, TextAreaField, TextField } from '../../../../ui/index.ts';
import { Notice } from '../../../components/notice.tsx';
import { putReportTexts } from '../api/reports.ts';
import { useReportTexts } from '../hooks/use-reports.ts';
import { saveErrorText } from '../lib/report-words.ts';

const draftOf = ({ direction, shortcomings, nextSteps, number, signerTitle, signerName }: ReportTextsT): ReportTextsInputT => ({
  direction,
  shortcomings,
  nextSteps,
  number,
  signerTitle,
  signerName,
});

/**
 * The texts an officer writes into the report. Saving names the version read; when someone else saved
 * first the server answers 409 and the editor says so and offers to reload (the draft is not overwritten silently).
 */
export function ReportTextsEditor({ unit, period, canEdit, onSaved }: { unit: string; period: string; canEdit: boolean; onSaved: () => void }) {
  const texts = useReportTexts(unit, period);
  const [draft, setDraft] = useState<ReportTextsInputT | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string; conflict?: boolean } | null>(null);

  useEffect(() => {
    if (texts.data) setDraft(draftOf(texts.data));
  }, [texts.data]);
  useEffect(() => setNotice(null), [unit, period]);

  if (texts.status === 'error') return <ErrorState error={texts.error} onRetry={texts.reload} />;
  if (!texts.data || !draft) return <LoadingState />;
  const version = texts.data.version;
  const set = (key: keyof ReportTextsInputT) => (value: string) => setDraft({ ...draft, [key]: value });

  const save = async () => {
    setBusy(true);
    setNotice(null);
    try {
      await putReportTexts(unit, period, { ...draft, version });
      texts.reload();
      onSaved();
      setNotice({ kind: 'success', text: 'Đã lưu phần lời của báo cáo. Bản Word và Excel tải về từ bây giờ có nội dung mới.' });
    } catch (error) {
      const said = saveErrorText(error);
      setNotice({ kind: 'error', text: said.text, conflict: said.conflict });
    } finally {
      setBusy(false);
    }
  };

  const reloadLatest = () => {
    setNotice(null);
    setDraft(null);
    texts.reload();
    onSaved();
  };

  return (
    <form
      className="c-stack"
      aria-label="Phần lời của báo cáo"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p className="c-muted">
        Để trống một mục thì báo cáo dùng lời mặc định.
        {texts.data.updatedAt ? ` Lưu lần cuối lúc ${formatDateTime(texts.data.updatedAt)}.` : ' Chưa lưu lần nào.'}
      </p>
      <TextAreaField label="I. Kết quả chỉ đạo, điều hành" value={draft.direction} onChange={set('direction')} maxLength={20000} rows={5} disabled={!canEdit} />
      <TextAreaField label="IV. Tồn tại, hạn chế" value={draft.shortcomings} onChange={set('shortcomings')} maxLength={20000} rows={5} disabled={!canEdit} />
      <TextAreaField label="V. Phương hướng, nhiệm vụ" value={draft.nextSteps} onChange={set('nextSteps')} maxLength={20000} rows={5} disabled={!canEdit} />
      <div className="c-grid-2">
        <TextField label="Số, ký hiệu" hint='Ví dụ: "15/BC-UBND".' value={draft.number} onChange={set('number')} maxLength={60} disabled={!canEdit} />
        <TextField label="Họ tên người ký" value={draft.signerName} onChange={set('signerName')} maxLength={200} disabled={!canEdit} />
      </div>
      <TextAreaField
        label="Chức vụ người ký"
        hint='Mỗi dòng một dòng in, ví dụ: "KT. CHỦ TỊCH" rồi "PHÓ CHỦ TỊCH".'
        value={draft.signerTitle}
        onChange={set('signerTitle')}
        maxLength={200}
        rows={2}
        disabled={!canEdit}
      />
      {notice && (
        <Notice kind={notice.kind}>
          {notice.text}
          {notice.conflict && (
            <>
              {' '}
              <button type="button" className="c-btn c-btn--small" onClick={reloadLatest}>
                Tải lại bản mới nhất
              </button>
            </>
          )}
        </Notice>
      )}
      {canEdit && (
        <div className="c-row c-row--wrap">
          <button type="submit" className="c-btn c-btn--primary" disabled={busy}>
            {busy ? 'Đang lưu…' : 'Lưu phần lời'}
          </button>
        </div>
      )}
    </form>
  );
}
