import type { ReportDueRuleInputT } from '@cchc/shared/api/reports';
import { useEffect, useState } from 'react';
import { ErrorState, LoadingState, SelectField } from '../../../../ui/index.ts';
import { Notice } from '../../../components/notice.tsx';
import { putReportDue } from '../api/reports.ts';
import { useReportDue } from '../hooks/use-reports.ts';
import { dueSaveErrorText } from '../lib/report-words.ts';

const DAYS = Array.from({ length: 28 }, (_, i) => i + 1);

/**
 * When the province's periodic reports are due. The city administrator edits it (saving names the
 * version read, so a newer save elsewhere is refused in words); everyone else reads it.
 */
export function ReportDueEditor({ unit, canEdit, onSaved }: { unit: string; canEdit: boolean; onSaved: () => void }) {
  const rule = useReportDue(unit);
  const [draft, setDraft] = useState<ReportDueRuleInputT | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  useEffect(() => {
    if (rule.data) setDraft({ dayOfMonth: rule.data.dayOfMonth, monthRule: rule.data.monthRule });
  }, [rule.data]);

  if (rule.status === 'error') return <ErrorState error={rule.error} onRetry={rule.reload} />;
  if (!rule.data || !draft) return <LoadingState />;
  const data = rule.data;
  const changed = draft.dayOfMonth !== data.dayOfMonth || draft.monthRule !== data.monthRule;

  const save = async () => {
    setBusy(true);
    setNotice(null);
    try {
      await putReportDue(data.unit.slug, { ...draft, version: data.version });
      rule.reload();
      onSaved();
      setNotice({ kind: 'success', text: 'Đã lưu hạn gửi báo cáo. Các xã, phường thấy hạn mới ngay.' });
    } catch (error) {
      setNotice({ kind: 'error', text: dueSaveErrorText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="c-card c-stack" aria-labelledby="report-due-title" data-testid="report-due">
      <h2 className="c-h3" id="report-due-title">
        Hạn gửi báo cáo định kỳ của {data.unit.name}
      </h2>
      <p data-testid="report-due-rule">
        {data.description}
        {data.isDefault && <span className="c-muted"> (mặc định)</span>}
      </p>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {canEdit ? (
        <form
          className="c-row c-row--wrap c-row--end"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <SelectField label="Gửi trước ngày" value={String(draft.dayOfMonth)} onChange={(v) => setDraft({ ...draft, dayOfMonth: Number(v) })}>
            {DAYS.map((d) => (
              <option key={d} value={String(d)}>
                {String(d).padStart(2, '0')}
              </option>
            ))}
          </SelectField>
          <SelectField label="Của tháng" value={draft.monthRule} onChange={(v) => setDraft({ ...draft, monthRule: v as ReportDueRuleInputT['monthRule'] })}>
            <option value="last_month">Tháng cuối kỳ báo cáo</option>
            <option value="next_month">Tháng đầu tiên sau kỳ báo cáo</option>
          </SelectField>
          <button type="submit" className="c-btn c-btn--primary" disabled={busy || !changed}>
            {busy ? 'Đang lưu…' : 'Lưu hạn gửi báo cáo'}
          </button>
          {notice?.kind === 'error' && (
            <button type="button" className="c-btn" onClick={rule.reload}>
              Tải lại
            </button>
          )}
        </form>
      ) : (
        <p className="c-muted" data-testid="report-due-readonly">
          Hạn này do quản trị thành phố đặt cho mọi xã, phường; bạn chỉ xem được.
        </p>
      )}
    </section>
  );
}
