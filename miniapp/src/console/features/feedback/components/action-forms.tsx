import type { FeedbackActionT, MeT, OfficerFeedbackT } from '@cchc/shared/api/console';
import type { RejectReasonT, SeverityT } from '@cchc/shared/api/feedback';
import { REJECT_REASON_LABELS, SEVERITY_LABELS } from '@cchc/shared/api/labels';
import { compareVietnamese } from '@cchc/shared/text/collate';
import { formatDay } from '@cchc/shared/calendar/working-days';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../../ui/index.ts';
import { useFieldSettings } from '../../settings/hooks/use-settings.ts';
import { useTopics, useTransferAgencies, useUnitOfficers, useUnits } from '../hooks/use-feedback.ts';
import { PublicPhotoPicker } from './photo-grid.tsx';
import { PublicCopyEditor } from './public-copy-editor.tsx';

export type Run = (action: FeedbackActionT) => Promise<boolean>;

function Form({ title, children, onSubmit, busy, submitLabel, onCancel, danger }: {
  title: string;
  children: ReactNode;
  onSubmit: () => void;
  busy: boolean;
  submitLabel: string;
  onCancel?: () => void;
  danger?: boolean;
}) {
  return (
    <form
      className="c-action-form"
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h3 className="c-h3">{title}</h3>
      {children}
      <div className="c-row">
        <button type="submit" className={danger ? 'c-btn c-btn--danger' : 'c-btn c-btn--primary'} disabled={busy}>
          {busy ? 'Đang lưu…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="c-btn c-btn--ghost" onClick={onCancel} disabled={busy}>
            Huỷ
          </button>
        )}
      </div>
    </form>
  );
}

function useBusy(run: Run) {
  const [busy, setBusy] = useState(false);
  return {
    busy,
    go: async (action: FeedbackActionT, after?: () => void) => {
      setBusy(true);
      try {
        if (await run(action)) after?.();
      } finally {
        setBusy(false);
      }
    },
  };
}

export function AcceptForm({ feedback, run, onCancel }: { feedback: OfficerFeedbackT; run: Run; onCancel: () => void }) {
  const topics = useTopics();
  const fields = useFieldSettings(feedback.unit.slug);
  const active = fields.data?.items.filter((f) => f.active || f.id === feedback.fieldId) ?? [];
  const [fieldId, setFieldId] = useState(feedback.fieldId === null ? '' : String(feedback.fieldId));
  const [severity, setSeverity] = useState<SeverityT>(feedback.severity ?? 'binh_thuong');
  const [topicId, setTopicId] = useState(String(feedback.topic.id));
  const [error, setError] = useState<string | null>(null);
  const { busy, go } = useBusy(run);
  const noFields = fields.data !== undefined && active.length === 0;
  return (
    <Form
      title="Tiếp nhận, phân loại"
      busy={busy}
      submitLabel="Tiếp nhận"
      onCancel={onCancel}
      onSubmit={() => {
        if (!fieldId) return setError(noFields ? 'Đơn vị chưa có lĩnh vực nào để chọn.' : 'Vui lòng chọn lĩnh vực.');
        setError(null);
        const id = Number(topicId);
        void go({ action: 'accept', fieldId: Number(fieldId), severity, ...(id && id !== feedback.topic.id ? { topicId: id } : {}) }, onCancel);
      }}
    >
      <SelectField
        label="Lĩnh vực"
        value={fieldId}
        onChange={setFieldId}
        error={error}
        hint={fields.status === 'error' ? 'Không tải được danh sách lĩnh vực. Vui lòng tải lại trang.' : undefined}
      >
        <option value="">— Chọn lĩnh vực —</option>
        {active.map((f) => (
          <option key={f.id} value={String(f.id)}>
            {f.name}
          </option>
        ))}
      </SelectField>
      {noFields && (
        <p className="c-notice c-notice--info" data-testid="no-fields">
          Đơn vị chưa có lĩnh vực nào. Lãnh đạo hoặc quản trị đơn vị thêm lĩnh vực ở <Link to="/settings#fields">Cài đặt › Lĩnh vực</Link>.
        </p>
      )}
      <SelectField label="Mức độ" value={severity} onChange={(v) => setSeverity(v as SeverityT)}>
        {(Object.keys(SEVERITY_LABELS) as SeverityT[]).map((s) => (
          <option key={s} value={s}>
            {SEVERITY_LABELS[s]}
          </option>
        ))}
      </SelectField>
      <SelectField label="Chủ đề" value={topicId} onChange={setTopicId} hint="Đổi nếu người dân chọn chưa đúng.">
        <option value={String(feedback.topic.id)}>{feedback.topic.name}</option>
        {topics.data?.items
          .filter((t) => t.active && t.id !== feedback.topic.id)
          .map((t) => (
            <option key={t.id} value={String(t.id)}>
              {t.name}
            </option>
          ))}
      </SelectField>
    </Form>
  );
}

export function RejectForm({ run, onCancel }: { run: Run; onCancel: () => void }) {
  const [reason, setReason] = useState<RejectReasonT>('thieu_thong_tin');
  const [note, setNote] = useState('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [errors, setErrors] = useState<{ note?: string; dup?: string }>({});
  const { busy, go } = useBusy(run);
  return (
    <Form
      title="Từ chối tiếp nhận"
      busy={busy}
      danger
      submitLabel="Từ chối"
      onCancel={onCancel}
      onSubmit={() => {
        const next: typeof errors = {};
        if (note.trim().length < 5) next.note = 'Vui lòng ghi rõ lý do gửi người dân (ít nhất 5 ký tự).';
        if (reason === 'trung' && !duplicateOf.trim()) next.dup = 'Vui lòng ghi mã phản ánh gốc.';
        setErrors(next);
        if (Object.keys(next).length) return;
        void go({ action: 'reject', reason, note: note.trim(), ...(reason === 'trung' ? { duplicateOf: duplicateOf.trim().toUpperCase() } : {}) }, onCancel);
      }}
    >
      <SelectField label="Lý do" value={reason} onChange={(v) => setReason(v as RejectReasonT)}>
        {(Object.keys(REJECT_REASON_LABELS) as RejectReasonT[]).map((r) => (
          <option key={r} value={r}>
            {REJECT_REASON_LABELS[r]}
          </option>
        ))}
      </SelectField>
      {reason === 'trung' && <TextField label="Mã phản ánh gốc" value={duplicateOf} onChange={setDuplicateOf} error={errors.dup} maxLength={40} placeholder="PA-2601-ABCDE" />}
      <TextAreaField label="Giải thích cho người dân" value={note} onChange={setNote} error={errors.note} rows={4} maxLength={2000} hint="Người dân sẽ đọc nội dung này. Với khiếu nại, tố cáo: hướng dẫn nơi gửi đúng quy định." />
    </Form>
  );
}

export function AssignForm({ feedback, me, run, onCancel }: { feedback: OfficerFeedbackT; me: MeT; run: Run; onCancel: () => void }) {
  const officers = useUnitOfficers();
  const [username, setUsername] = useState(feedback.assignee?.username ?? me.username);
  const { busy, go } = useBusy(run);
  return (
    <Form title="Giao xử lý" busy={busy} submitLabel="Giao" onCancel={onCancel} onSubmit={() => void go({ action: 'assign', username }, onCancel)}>
      <SelectField label="Cán bộ được giao" value={username} onChange={setUsername} hint={officers.error ? 'Không tải được danh sách cán bộ. Vui lòng tải lại trang.' : undefined}>
        {(officers.data?.items ?? [{ username: me.username, displayName: me.displayName, role: me.role }]).map((o) => (
          <option key={o.username} value={o.username}>
            {o.displayName} ({o.username}){o.username === me.username ? ' — tôi' : ''}
          </option>
        ))}
      </SelectField>
    </Form>
  );
}

/** Another commune, or an agency of the province (Công an xã, a city department), by NĐ 20/2008 Đ.9's deadline. */
export function TransferForm({ feedback, run, onCancel }: { feedback: OfficerFeedbackT; run: Run; onCancel: () => void }) {
  const units = useUnits();
  const agencies = useTransferAgencies();
  // 'agency:<slug>' or 'unit:<slug>'.
  const [target, setTarget] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ target?: string; note?: string }>({});
  const { busy, go } = useBusy(run);
  const communes = (units.data?.items ?? [])
    .filter((u) => u.slug !== feedback.unit.slug && u.kind !== 'city')
    .sort((a, b) => compareVietnamese(a.name, b.name));
  const loading = units.status === 'loading' || agencies.status === 'loading';
  return (
    <Form
      title="Chuyển đơn vị có thẩm quyền"
      busy={busy}
      submitLabel="Chuyển"
      onCancel={onCancel}
      onSubmit={() => {
        const next: typeof errors = {};
        if (!target) next.target = 'Vui lòng chọn đơn vị nhận.';
        if (note.trim().length < 5) next.note = 'Vui lòng ghi lý do chuyển (ít nhất 5 ký tự).';
        setErrors(next);
        if (Object.keys(next).length) return;
        const [kind, slug] = [target.slice(0, target.indexOf(':')), target.slice(target.indexOf(':') + 1)];
        void go(kind === 'agency' ? { action: 'transfer', agency: slug, note: note.trim() } : { action: 'transfer', unit: slug, note: note.trim() }, onCancel);
      }}
    >
      <div data-testid="transfer-form" className="c-stack">
        <p className="c-notice c-notice--info">
          Hạn chuyển: <strong>{formatDay(feedback.transferDueDate)}</strong> — phản ánh, kiến nghị ngoài thẩm quyền phải được chuyển trong 05 ngày
          làm việc kể từ khi nhận (hoặc hạn ngắn hơn của đơn vị), theo Nghị định 20/2008/NĐ-CP, Điều 9.
        </p>
        <SelectField label="Đơn vị nhận" value={target} onChange={setTarget} error={errors.target}>
          <option value="">{loading ? 'Đang tải…' : '— Chọn đơn vị —'}</option>
          {(agencies.data?.items.length ?? 0) > 0 && (
            <optgroup label="Công an, phòng chuyên môn của thành phố">
              {agencies.data!.items.map((a) => (
                <option key={a.slug} value={`agency:${a.slug}`}>
                  {a.name}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label="Xã, phường khác">
            {communes.map((u) => (
              <option key={u.slug} value={`unit:${u.slug}`}>
                {u.name}
              </option>
            ))}
          </optgroup>
        </SelectField>
        <TextAreaField label="Lý do chuyển" value={note} onChange={setNote} error={errors.note} rows={3} maxLength={2000} />
      </div>
    </Form>
  );
}

export function NoteForm({ run }: { run: Run }) {
  const [note, setNote] = useState('');
  const { busy, go } = useBusy(run);
  return (
    <form
      className="c-note-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!note.trim()) return;
        void go({ action: 'note', note: note.trim() }, () => setNote(''));
      }}
    >
      <TextAreaField label="Thêm ghi chú nội bộ" value={note} onChange={setNote} rows={3} maxLength={5000} hint="Chỉ cán bộ thấy; người dân không thấy." />
      <button type="submit" className="c-btn" disabled={busy || !note.trim()}>
        {busy ? 'Đang lưu…' : 'Lưu ghi chú'}
      </button>
    </form>
  );
}

/** The officer's answer: save a draft, or submit it to the leader. */
export function AnswerEditor({ feedback, run }: { feedback: OfficerFeedbackT; run: Run }) {
  const [answer, setAnswer] = useState(feedback.answerDraft ?? '');
  const [error, setError] = useState<string | null>(null);
  const { busy, go } = useBusy(run);
  const send = (submit: boolean) => {
    if (answer.trim().length < 10) return setError('Câu trả lời cần ít nhất 10 ký tự.');
    setError(null);
    void go({ action: 'draft_answer', answer: answer.trim(), submit });
  };
  return (
    <div className="c-action-form" data-testid="answer-editor">
      {feedback.awaitingApproval && (
        <p className="c-notice c-notice--info">Dự thảo đã trình lãnh đạo, đang chờ duyệt. Sửa và lưu lại sẽ rút dự thảo về.</p>
      )}
      <TextAreaField
        label="Dự thảo câu trả lời"
        value={answer}
        onChange={setAnswer}
        error={error}
        rows={8}
        maxLength={10000}
        hint="Viết rõ kết quả xử lý, căn cứ và việc người dân cần làm (nếu có). Không ghi thông tin cá nhân của người khác."
      />
      <div className="c-row">
        <button type="button" className="c-btn" disabled={busy} onClick={() => send(false)}>
          Lưu nháp
        </button>
        <button type="button" className="c-btn c-btn--primary" disabled={busy} onClick={() => send(true)}>
          Trình lãnh đạo duyệt
        </button>
      </div>
    </div>
  );
}

export function ApproveForm({ feedback, run, onCancel }: { feedback: OfficerFeedbackT; run: Run; onCancel: () => void }) {
  // Publication is a decision of its own: never ticked by default.
  const [publish, setPublish] = useState(false);
  const [publishDocument, setPublishDocument] = useState(false);
  const [photoIds, setPhotoIds] = useState<string[]>(feedback.photos.filter((p) => p.public).map((p) => p.id));
  const { busy, go } = useBusy(run);
  return (
    <Form
      title="Duyệt câu trả lời"
      busy={busy}
      submitLabel="Duyệt và gửi trả lời"
      onCancel={onCancel}
      onSubmit={() => void go({ action: 'approve', publish, ...(publish ? { publicPhotoIds: photoIds, publishDocument } : {}) }, onCancel)}
    >
      <div className="c-quote c-pre">{feedback.answerDraft}</div>
      <CheckboxField
        label="Công khai câu trả lời"
        hint="Nội dung và câu trả lời hiện trong “Phản ánh đã trả lời” của Mini App và Open311, theo bản công khai dưới đây; họ tên, điện thoại, địa chỉ người gửi được ẩn."
        checked={publish}
        onChange={setPublish}
      />
      {publish && <PublicCopyEditor code={feedback.code} />}
      {publish && <PublicPhotoPicker photos={feedback.photos} value={photoIds} onChange={setPhotoIds} />}
      {publish && <PublishDocumentField feedback={feedback} checked={publishDocument} onChange={setPublishDocument} />}
    </Form>
  );
}

export function ReturnDraftForm({ run, onCancel }: { run: Run; onCancel: () => void }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { busy, go } = useBusy(run);
  return (
    <Form
      title="Trả lại dự thảo để sửa"
      busy={busy}
      submitLabel="Trả lại"
      onCancel={onCancel}
      onSubmit={() => {
        if (note.trim().length < 5) return setError('Vui lòng ghi điều cần sửa (ít nhất 5 ký tự).');
        setError(null);
        void go({ action: 'return_draft', note: note.trim() }, onCancel);
      }}
    >
      <TextAreaField label="Điều cần sửa" value={note} onChange={setNote} error={error} rows={3} maxLength={2000} />
    </Form>
  );
}

export function PublishForm({ feedback, run, onCancel }: { feedback: OfficerFeedbackT; run: Run; onCancel: () => void }) {
  const [photoIds, setPhotoIds] = useState<string[]>(feedback.photos.filter((p) => p.public).map((p) => p.id));
  const [publishDocument, setPublishDocument] = useState(feedback.answerDocument?.public ?? false);
  const { busy, go } = useBusy(run);
  if (feedback.published) {
    return (
      <Form
        title="Đang công khai"
        busy={busy}
        submitLabel="Lưu công khai"
        onCancel={onCancel}
        onSubmit={() => void go({ action: 'publish', publish: true, publicPhotoIds: photoIds, publishDocument }, onCancel)}
      >
        <PublicCopyEditor code={feedback.code} />
        <PublicPhotoPicker photos={feedback.photos} value={photoIds} onChange={setPhotoIds} />
        <PublishDocumentField feedback={feedback} checked={publishDocument} onChange={setPublishDocument} />
        <p>Thôi công khai: câu trả lời không còn trong danh sách công khai; người gửi vẫn xem được.</p>
        <button type="button" className="c-btn c-btn--danger" disabled={busy} onClick={() => void go({ action: 'publish', publish: false }, onCancel)}>
          Thôi công khai
        </button>
      </Form>
    );
  }
  return (
    <Form
      title="Công khai câu trả lời"
      busy={busy}
      submitLabel="Công khai"
      onCancel={onCancel}
      onSubmit={() => void go({ action: 'publish', publish: true, publicPhotoIds: photoIds, publishDocument }, onCancel)}
    >
      <PublicCopyEditor code={feedback.code} />
      <PublicPhotoPicker photos={feedback.photos} value={photoIds} onChange={setPhotoIds} />
      <PublishDocumentField feedback={feedback} checked={publishDocument} onChange={setPublishDocument} />
    </Form>
  );
}

/** The leader's own decision to publish the signed văn bản trả lời with the answer (never ticked by default). */
function PublishDocumentField({ feedback, checked, onChange }: { feedback: OfficerFeedbackT; checked: boolean; onChange: (checked: boolean) => void }) {
  if (!feedback.answerDocument) return null;
  return (
    <CheckboxField
      label="Công khai văn bản trả lời (PDF)"
      hint={`Tệp ${feedback.answerDocument.name} hiện cùng câu trả lời công khai. Văn bản có thể ghi tên, địa chỉ người gửi: chỉ công khai khi đã kiểm tra.`}
      checked={checked}
      onChange={onChange}
    />
  );
}
