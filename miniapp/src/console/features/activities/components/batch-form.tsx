import type { BatchT } from '@cchc/shared/api/activities';
import { formatDay } from '@cchc/shared/calendar/working-days';
import { useState } from 'react';
import { ErrorState, LoadingState, TextField } from '../../../../ui/index.ts';
import { Notice } from '../../../components/notice.tsx';
import { putBatch } from '../api/activities.ts';
import { useBatches } from '../hooks/use-activities.ts';
import { checkBatch, emptyRow, monthLabel, rowsOf, saveProblem, type BatchRowDraft } from '../lib/activity-draft.ts';
import { ChannelSelect, KindSelect } from './vocabulary-selects.tsx';

const sameOffice = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi') === b.trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/**
 * An office's counts for the month, row by row (kênh, loại, số lượng, người tham dự). Sending again for the
 * same office replaces its earlier batch, so picking an office that already reported prefills its rows.
 */
export function BatchForm({ unit, month, onSaved, onCancel }: { unit: string; month: string; onSaved: (message: string) => void; onCancel: () => void }) {
  const batches = useBatches(unit, month);
  const [office, setOffice] = useState('');
  const [rows, setRows] = useState<BatchRowDraft[]>([emptyRow()]);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const existing = batches.data?.batches ?? [];
  const prefill = (batch: BatchT) => {
    setOffice(batch.office);
    setRows(rowsOf(batch));
    setProblems([]);
  };
  const setRow = (i: number, patch: Partial<BatchRowDraft>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const replacing = existing.find((b) => sameOffice(b.office, office));

  const submit = async () => {
    const { body, problems: found } = checkBatch(office, rows);
    setProblems(found);
    if (!body) return;
    setBusy(true);
    try {
      const saved = await putBatch(unit, month, body);
      onSaved(`Đã lưu báo cáo ${monthLabel(month)} của ${saved.office}: ${saved.items.length} dòng, tính vào ngày ${formatDay(saved.day)}.`);
    } catch (error) {
      setProblems([saveProblem(error).text]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="c-card c-stack c-act-form"
      aria-label="Báo cáo tháng của cơ quan"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 className="c-h3">Báo cáo {monthLabel(month)} của một cơ quan, đơn vị</h3>
      {batches.status === 'error' && <ErrorState error={batches.error} onRetry={batches.reload} />}
      {batches.status === 'loading' && <LoadingState />}
      {existing.length > 0 && (
        <div className="c-stack">
          <p className="c-muted">Đã có báo cáo tháng này của các cơ quan sau (chọn để xem và gửi lại):</p>
          <div className="c-row c-row--wrap">
            {existing.map((b) => (
              <button key={b.office} type="button" className="c-btn c-btn--small" onClick={() => prefill(b)}>
                {b.office} ({b.items.length} dòng)
              </button>
            ))}
          </div>
        </div>
      )}
      <TextField label="Cơ quan, đơn vị báo cáo" value={office} onChange={setOffice} maxLength={300} placeholder="Ví dụ: Văn phòng HĐND và UBND xã" />
      {replacing && (
        <Notice kind="success">
          {replacing.office} đã gửi báo cáo tháng này. Gửi lại sẽ thay thế báo cáo cũ, không cộng dồn.{' '}
          <button type="button" className="c-btn c-btn--small" onClick={() => prefill(replacing)}>
            Điền số đã gửi
          </button>
        </Notice>
      )}
      <ol className="c-act-rows">
        {rows.map((row, i) => (
          <li key={i} className="c-act-row" data-testid="batch-row">
            <ChannelSelect label={`Kênh (dòng ${i + 1})`} value={row.channel} onChange={(channel) => setRow(i, { channel })} />
            <KindSelect label={`Loại (dòng ${i + 1})`} value={row.kind} onChange={(kind) => setRow(i, { kind })} />
            <TextField label={`Số lượng (dòng ${i + 1})`} inputMode="numeric" value={row.count} onChange={(count) => setRow(i, { count })} />
            <TextField label={`Người tham dự (dòng ${i + 1})`} inputMode="numeric" optional value={row.attendees} onChange={(attendees) => setRow(i, { attendees })} />
            <TextField label={`Ghi chú (dòng ${i + 1})`} optional value={row.title} onChange={(title) => setRow(i, { title })} maxLength={500} />
            <button type="button" className="c-btn c-btn--small c-btn--ghost" onClick={() => setRows((rs) => (rs.length > 1 ? rs.filter((_, j) => j !== i) : [emptyRow()]))}>
              Bỏ dòng {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <div>
        <button type="button" className="c-btn" onClick={() => setRows((rs) => [...rs, emptyRow()])} disabled={rows.length >= 200}>
          Thêm dòng
        </button>
      </div>
      {problems.length > 0 && (
        <Notice kind="error">
          {problems.length === 1 ? problems[0] : problems.join(' ')}
        </Notice>
      )}
      <div className="c-row c-row--end">
        <button type="button" className="c-btn" onClick={onCancel} disabled={busy}>
          Huỷ
        </button>
        <button type="submit" className="c-btn c-btn--primary" disabled={busy}>
          {busy ? 'Đang gửi…' : 'Gửi báo cáo tháng'}
        </button>
      </div>
    </form>
  );
}
