import type { ActivityT } from '@cchc/shared/api/activities';
import { useState } from 'react';
import { FormField, TextAreaField, TextField } from '../../../../ui/index.ts';
import { DayInput } from '../../../components/day-input.tsx';
import { Notice } from '../../../components/notice.tsx';
import { attachEvidence, createActivity, getActivity, updateActivity } from '../api/activities.ts';
import { checkDraft, draftOf, emptyDraft, saveProblem, type ActivityDraft, type DraftErrors } from '../lib/activity-draft.ts';
import { ChannelSelect, KindSelect } from './vocabulary-selects.tsx';

const ACCEPT = '.jpg,.jpeg,.png,.webp,.gif,.pdf,.mp3,.m4a,.docx,.xlsx';

/**
 * Log one activity, or edit one (sent with the version read: if someone else saved meanwhile, the server
 * answers 409 and the form offers to reload). A chosen file is attached right after the entry is saved.
 */
export function ActivityForm({ unit, day, today, editing, onSaved, onCancel }: {
  unit: string;
  /** The day a new entry starts on. */
  day: string;
  today: string;
  editing: ActivityT | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const [base, setBase] = useState<ActivityT | null>(editing);
  const [draft, setDraft] = useState<ActivityDraft>(editing ? draftOf(editing) : emptyDraft(day));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<{ text: string; stale: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ActivityDraft>(key: K) => (value: ActivityDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const reload = async () => {
    if (!base) return;
    setProblem(null);
    try {
      const fresh = await getActivity(unit, base.id);
      setBase(fresh);
      setDraft(draftOf(fresh));
    } catch (error) {
      setProblem(saveProblem(error));
    }
  };

  const submit = async () => {
    setProblem(null);
    const { input, errors: found } = checkDraft(draft, today);
    setErrors(found);
    if (!input) return;
    setBusy(true);
    let saved: ActivityT;
    try {
      saved = base ? await updateActivity(unit, base.id, { ...input, version: base.version }) : await createActivity(unit, input);
    } catch (error) {
      setProblem(saveProblem(error));
      setBusy(false);
      return;
    }
    if (file) {
      try {
        await attachEvidence(unit, saved.id, file);
      } catch (error) {
        setBase(saved);
        setProblem({ text: `Đã lưu hoạt động nhưng chưa đính kèm được tệp: ${saveProblem(error).text}`, stale: false });
        setBusy(false);
        return;
      }
    }
    setBusy(false);
    onSaved(base ? 'Đã lưu thay đổi.' : file ? 'Đã ghi hoạt động và đính kèm tệp minh chứng.' : 'Đã ghi hoạt động.');
  };

  return (
    <form
      className="c-card c-stack c-act-form"
      aria-label={base ? 'Sửa hoạt động' : 'Ghi hoạt động mới'}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 className="c-h3">{base ? 'Sửa hoạt động' : 'Ghi hoạt động mới'}</h3>
      <div className="c-act-grid">
        <div>
          <DayInput label="Ngày thực hiện" value={draft.day} onChange={set('day')} />
          {errors.day && <p className="ui-field__error" role="alert">{errors.day}</p>}
        </div>
        <ChannelSelect label="Kênh" value={draft.channel} onChange={set('channel')} error={errors.channel} />
        <KindSelect label="Loại" value={draft.kind} onChange={set('kind')} error={errors.kind} />
      </div>
      <TextField label="Nội dung" value={draft.title} onChange={set('title')} error={errors.title} maxLength={500} />
      <div className="c-act-grid">
        <TextField label="Số lượng" inputMode="numeric" value={draft.count} onChange={set('count')} error={errors.count} hint="Số tin, bài, buổi… mục này ghi nhận" />
        <TextField label="Số người tham dự" inputMode="numeric" value={draft.attendees} onChange={set('attendees')} error={errors.attendees} />
        <TextField label="Cơ quan thực hiện" optional value={draft.office} onChange={set('office')} error={errors.office} maxLength={300} />
      </div>
      <TextField label="Đường dẫn minh chứng" optional type="url" value={draft.link} onChange={set('link')} error={errors.link} placeholder="https://…" />
      <FormField id="act-evidence" label="Tệp minh chứng" optional hint={base?.evidence ? `Đang có tệp ${base.evidence.fileName}; chọn tệp khác để thay.` : 'Ảnh, PDF, MP3/M4A, Word hoặc Excel; tối đa 20 MB.'}>
        <input id="act-evidence" className="ui-input" type="file" accept={ACCEPT} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </FormField>
      <TextAreaField label="Ghi chú" optional rows={2} value={draft.note} onChange={set('note')} maxLength={2000} />
      {problem && (
        <Notice kind="error">
          {problem.text}{' '}
          {problem.stale && (
            <button type="button" className="c-btn c-btn--small" onClick={() => void reload()}>
              Tải lại
            </button>
          )}
        </Notice>
      )}
      <div className="c-row c-row--end">
        <button type="button" className="c-btn" onClick={onCancel} disabled={busy}>
          Huỷ
        </button>
        <button type="submit" className="c-btn c-btn--primary" disabled={busy}>
          {busy ? 'Đang lưu…' : base ? 'Lưu thay đổi' : 'Ghi hoạt động'}
        </button>
      </div>
    </form>
  );
}
