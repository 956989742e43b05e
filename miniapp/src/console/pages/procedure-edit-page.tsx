import { formatDay } from '@cchc/shared/calendar/working-days';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../lib/api-client.ts';
import { formatDateTime } from '../../lib/format.ts';
import { invalidateQueries } from '../../lib/use-query.ts';
import { ErrorState, LoadingState, SelectField, TextField } from '../../ui/index.ts';
import { DayInput } from '../components/day-input.tsx';
import { Notice } from '../components/notice.tsx';
import { PageHead } from '../components/layout.tsx';
import { useActingUnit, withUnit } from '../components/unit-switcher.tsx';
import { saveProcedure, setProcedureStatus, type EditableProcedure, type ProcedureInput } from '../features/catalog/api/catalog.ts';
import { DECISION_LABELS, PROCEDURE_STATUS_LABELS } from '../features/catalog/components/catalog-tabs.tsx';
import { emptyProcedure, ProcedureForm } from '../features/catalog/components/procedure-form.tsx';
import { useAdminProcedure } from '../features/catalog/hooks/use-catalog.ts';

type Message = { kind: 'success' | 'error'; text: string };

function StatusPanel({ code, unit, onDone }: { code: string; unit?: string; onDone: (p: EditableProcedure, m: Message) => void }) {
  const [status, setStatus] = useState<'amended' | 'repealed'>('amended');
  const [decision, setDecision] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="c-stack"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (decision.trim().length < 5) return setError('Vui lòng ghi quyết định công bố (số, ngày, cơ quan).');
        setError(null);
        setBusy(true);
        try {
          const saved = await setProcedureStatus(code, { status, decision: decision.trim(), ...(decidedOn ? { decidedOn } : {}) }, unit);
          invalidateQueries('console/catalog/procedures');
          onDone(saved, { kind: 'success', text: status === 'repealed' ? 'Đã ghi nhận bãi bỏ thủ tục.' : 'Đã ghi nhận sửa đổi, bổ sung.' });
          setDecision('');
          setDecidedOn('');
        } catch (caught) {
          setError(caught instanceof ApiError ? caught.message : 'Chưa lưu được.');
        } finally {
          setBusy(false);
        }
      }}
    >
      <div className="c-grid-2">
        <SelectField label="Ghi nhận" value={status} onChange={(v) => setStatus(v as 'amended' | 'repealed')}>
          <option value="amended">Được sửa đổi, bổ sung</option>
          <option value="repealed">Bị bãi bỏ</option>
        </SelectField>
        <DayInput label="Ngày quyết định" value={decidedOn} onChange={setDecidedOn} />
      </div>
      <TextField label="Quyết định" value={decision} onChange={setDecision} error={error} maxLength={500} placeholder="Quyết định số …/QĐ-UBND ngày … của UBND thành phố Hải Phòng" />
      <div>
        <button type="submit" className={status === 'repealed' ? 'c-btn c-btn--danger' : 'c-btn c-btn--primary'} disabled={busy}>
          {status === 'repealed' ? 'Ghi nhận bãi bỏ' : 'Ghi nhận sửa đổi'}
        </button>
      </div>
    </form>
  );
}

export default function ProcedureEditPage() {
  const { code: param = '' } = useParams();
  const isNew = param === 'new';
  const unit = useActingUnit();
  const navigate = useNavigate();
  const loaded = useAdminProcedure(isNew ? null : param, unit);
  const [meta, setMeta] = useState<EditableProcedure | null>(null);
  const [form, setForm] = useState<ProcedureInput | null>(isNew ? emptyProcedure() : null);
  const [decision, setDecision] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  useEffect(() => {
    if (loaded.data) {
      setMeta(loaded.data);
      setForm(loaded.data.procedure);
    }
  }, [loaded.data]);

  const save = async () => {
    if (!form) return;
    if (!form.code || !form.name.trim()) return setMessage({ kind: 'error', text: 'Vui lòng ghi mã và tên thủ tục.' });
    setBusy(true);
    setMessage(null);
    try {
      const saved = await saveProcedure(form.code, form, { ...(decision.trim() ? { decision: decision.trim() } : {}), ...(decidedOn ? { decidedOn } : {}) }, unit);
      invalidateQueries('console/catalog/procedure');
      setMeta(saved);
      setForm(saved.procedure);
      setDecision('');
      setDecidedOn('');
      setMessage({ kind: 'success', text: saved.outcome === 'created' ? 'Đã thêm thủ tục.' : saved.outcome === 'unchanged' ? 'Không có gì thay đổi.' : 'Đã lưu thay đổi.' });
      if (isNew) navigate(withUnit(`/catalog/procedures/${encodeURIComponent(saved.procedure.code)}`, unit), { replace: true });
    } catch (caught) {
      setMessage({ kind: 'error', text: caught instanceof ApiError ? caught.message : 'Chưa lưu được.' });
    } finally {
      setBusy(false);
    }
  };

  if (!isNew && !form) {
    return (
      <>
        <PageHead title={`Thủ tục ${param}`} />
        {loaded.status === 'error' ? <ErrorState error={loaded.error} onRetry={loaded.reload} /> : <LoadingState />}
      </>
    );
  }

  return (
    <>
      <Link to={withUnit('/catalog', unit)} className="c-back">
        ← Danh mục thủ tục
      </Link>
      <PageHead title={isNew ? 'Thêm thủ tục' : `Sửa thủ tục ${param}`} />
      {meta && (
        <p>
          <span className={`c-badge c-proc-status c-proc-status--${meta.status}`}>{PROCEDURE_STATUS_LABELS[meta.status]}</span>{' '}
          <span className="c-muted">Cập nhật {formatDateTime(meta.updatedAt)}</span>
        </p>
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <div className="c-detail">
        <div className="c-detail__main">
          <form
            className="c-card"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            {form && <ProcedureForm value={form} onChange={setForm} isNew={isNew} />}
            <fieldset className="c-list-editor">
              <legend>Văn bản quyết định (không bắt buộc)</legend>
              <p className="c-muted">Có quyết định thì thay đổi được ghi là sửa đổi, bổ sung theo quyết định đó.</p>
              <div className="c-grid-2">
                <TextField label="Quyết định" value={decision} onChange={setDecision} maxLength={500} />
                <DayInput label="Ngày quyết định" value={decidedOn} onChange={setDecidedOn} />
              </div>
            </fieldset>
            <div className="c-sticky-actions">
              <button type="submit" className="c-btn c-btn--primary" disabled={busy}>
                {busy ? 'Đang lưu…' : isNew ? 'Thêm thủ tục' : 'Lưu thay đổi'}
              </button>
            </div>
          </form>
        </div>
        {!isNew && meta && (
          <aside className="c-detail__side">
            <section className="c-card">
              <h2 className="c-h2">Sửa đổi, bãi bỏ theo quyết định</h2>
              <StatusPanel
                code={param}
                unit={unit}
                onDone={(saved, m) => {
                  setMeta(saved);
                  setForm(saved.procedure);
                  setMessage(m);
                }}
              />
            </section>
            <section className="c-card">
              <h2 className="c-h2">Lịch sử công bố</h2>
              {meta.history.length === 0 ? (
                <p className="c-muted">Chưa có.</p>
              ) : (
                <ol className="c-history">
                  {meta.history.map((h, i) => (
                    <li key={i} className="c-history__item">
                      <p className="c-history__what">{DECISION_LABELS[h.action] ?? h.action}</p>
                      <p className="c-history__meta">
                        {h.decidedOn ? formatDay(h.decidedOn) : formatDateTime(h.recordedAt)}
                      </p>
                      {h.decision && <p className="c-history__note">{h.decision}</p>}
                    </li>
                  ))}
                </ol>
              )}
            </section>
          </aside>
        )}
      </div>
    </>
  );
}
