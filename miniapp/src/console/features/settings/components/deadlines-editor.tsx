import type { DeadlineRuleT } from '@cchc/shared/api/settings';
import type { SeverityT } from '@cchc/shared/api/feedback';
import { SEVERITY_LABELS } from '@cchc/shared/api/labels';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../../lib/api-client.ts';
import { ErrorState, LoadingState, SelectField, TextField } from '../../../../ui/index.ts';
import { Notice } from '../../../components/notice.tsx';
import { putDeadlines, putReopenDays } from '../api/settings.ts';
import { useDeadlines, useReopenDays, useTopicSettings } from '../hooks/use-settings.ts';

/** Legal defaults (read-only, with their basis) and the unit's own rules per severity and topic. */
export function DeadlinesEditor({ unit, canEdit }: { unit?: string; canEdit: boolean }) {
  const settings = useDeadlines(unit);
  const topics = useTopicSettings(unit);
  const [rules, setRules] = useState<DeadlineRuleT[] | null>(null);
  /** The unit's stricter statutory deadlines as typed ('' = the law's). */
  const [transfer, setTransfer] = useState('');
  const [noticeDays, setNoticeDays] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  useEffect(() => {
    if (!settings.data) return;
    setRules(settings.data.rules.map(({ topicId, severity, workingDays }) => ({ topicId, severity, workingDays })));
    setTransfer(settings.data.statutory.transferWorkingDays?.toString() ?? '');
    setNoticeDays(settings.data.statutory.noticeWorkingDays?.toString() ?? '');
  }, [settings.data]);

  if (settings.status === 'error') return <ErrorState error={settings.error} onRetry={settings.reload} />;
  if (!settings.data || !rules) return <LoadingState />;

  const set = (index: number, patch: Partial<DeadlineRuleT>) => setRules(rules.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const save = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const days = (text: string) => (text.trim() === '' ? null : Math.round(Number(text)) || null);
      const saved = await putDeadlines(rules, unit, { transferWorkingDays: days(transfer), noticeWorkingDays: days(noticeDays) });
      setRules(saved.rules.map(({ topicId, severity, workingDays }) => ({ topicId, severity, workingDays })));
      setNotice({ kind: 'success', text: 'Đã lưu thời hạn. Hạn đã báo cho người dân không thay đổi.' });
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof ApiError ? error.message : 'Chưa lưu được.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="c-stack">
      <table className="c-table c-table--rows">
        <caption>Thời hạn luật định và mặc định của hệ thống</caption>
        <thead>
          <tr>
            <th scope="col">Việc</th>
            <th scope="col">Thời hạn</th>
            <th scope="col">Căn cứ</th>
          </tr>
        </thead>
        <tbody>
          {settings.data.defaults.map((d, i) => (
            <tr key={i}>
              <td data-label="Việc">
                {d.label}
                {d.statutory ? ' — luật định, đơn vị chỉ được rút ngắn' : ' — cam kết của đơn vị'}
              </td>
              <td data-label="Thời hạn">{d.workingHours !== null ? `${d.workingHours} giờ làm việc` : `${d.workingDays} ngày làm việc`}</td>
              <td data-label="Căn cứ">{d.legalBasis}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3 className="c-h3">Hạn luật định ngắn hơn của đơn vị</h3>
      <div className="c-grid-2">
        <TextField
          label="Chuyển ngoài thẩm quyền (ngày làm việc, tối đa 5)"
          hint="Để trống: theo Nghị định 20/2008/NĐ-CP, 05 ngày làm việc."
          inputMode="numeric"
          value={transfer}
          onChange={setTransfer}
          disabled={!canEdit}
        />
        <TextField
          label="Thông báo thụ lý (ngày làm việc, tối đa 10)"
          hint="Để trống: theo Luật Tiếp công dân 2013 Điều 28, 10 ngày làm việc."
          inputMode="numeric"
          value={noticeDays}
          onChange={setNoticeDays}
          disabled={!canEdit}
        />
      </div>

      <h3 className="c-h3">Cam kết trả lời của đơn vị</h3>
      <p className="c-muted">Quy tắc cụ thể nhất được dùng: theo chủ đề và mức độ, rồi theo mức độ cho mọi chủ đề, rồi mặc định.</p>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {rules.length === 0 && <p className="c-muted">Chưa có quy tắc riêng: đang dùng mặc định.</p>}
      <ul className="c-rules">
        {rules.map((rule, index) => (
          <li key={index} className="c-rules__row">
            <SelectField label="Chủ đề" value={rule.topicId === null ? '' : String(rule.topicId)} disabled={!canEdit} onChange={(v) => set(index, { topicId: v ? Number(v) : null })}>
              <option value="">Mọi chủ đề</option>
              {topics.data?.items.map((t) => (
                <option key={t.id} value={String(t.id)}>
                  {t.name}
                </option>
              ))}
            </SelectField>
            <SelectField label="Mức độ" value={rule.severity} disabled={!canEdit} onChange={(v) => set(index, { severity: v as SeverityT })}>
              {(Object.keys(SEVERITY_LABELS) as SeverityT[]).map((s) => (
                <option key={s} value={s}>
                  {SEVERITY_LABELS[s]}
                </option>
              ))}
            </SelectField>
            <TextField
              label="Số ngày làm việc"
              type="number"
              min={0}
              max={90}
              value={String(rule.workingDays)}
              disabled={!canEdit}
              onChange={(v) => set(index, { workingDays: Math.max(0, Math.min(90, Math.round(Number(v) || 0))) })}
            />
            {canEdit && (
              <button type="button" className="c-btn c-btn--ghost c-btn--small" onClick={() => setRules(rules.filter((_, i) => i !== index))}>
                Bỏ
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <div className="c-row c-row--wrap">
          <button type="button" className="c-btn" onClick={() => setRules([...rules, { topicId: null, severity: 'binh_thuong', workingDays: 10 }])}>
            Thêm quy tắc
          </button>
          <button type="button" className="c-btn c-btn--primary" disabled={busy} onClick={() => void save()}>
            {busy ? 'Đang lưu…' : 'Lưu thời hạn'}
          </button>
        </div>
      )}
    </div>
  );
}

export function ReopenDaysEditor({ unit, canEdit }: { unit?: string; canEdit: boolean }) {
  const reopen = useReopenDays(unit);
  const [days, setDays] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  if (reopen.status === 'error') return <ErrorState error={reopen.error} onRetry={reopen.reload} />;
  if (!reopen.data) return <LoadingState />;
  const value = days ?? String(reopen.data.days);
  return (
    <form
      className="c-stack"
      onSubmit={async (event) => {
        event.preventDefault();
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1 || n > 365) return setNotice({ kind: 'error', text: 'Số ngày từ 1 đến 365.' });
        setBusy(true);
        setNotice(null);
        try {
          const saved = await putReopenDays(n, unit);
          setDays(String(saved.days));
          setNotice({ kind: 'success', text: 'Đã lưu.' });
        } catch (error) {
          setNotice({ kind: 'error', text: error instanceof ApiError ? error.message : 'Chưa lưu được.' });
        } finally {
          setBusy(false);
        }
      }}
    >
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <div className="c-row c-row--end">
        <TextField
          label="Số ngày người dân được mở lại sau khi nhận trả lời"
          className="c-narrow"
          type="number"
          min={1}
          max={365}
          value={value}
          onChange={setDays}
          disabled={!canEdit}
        />
        {canEdit && (
          <button type="submit" className="c-btn c-btn--primary" disabled={busy}>
            Lưu
          </button>
        )}
      </div>
    </form>
  );
}
