import type { ImportedTasksT } from '@cchc/shared/api/plan-import';
import { useState } from 'react';
import { ApiError } from '../../../../lib/api-client.ts';
import { Notice } from '../../../components/notice.tsx';
import { importTasks } from '../api/plans.ts';

/** Reads a task table (XLSX), shows its rows to check, and hands the chosen ones to the plan being edited. */
export function TaskImport({ unit, onAdd }: { unit: string; onAdd: (tasks: ImportedTasksT['tasks'], chosen: Set<number>) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportedTasksT | null>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());

  const read = async () => {
    if (!file) return setError('Hãy chọn tệp .xlsx chứa bảng nhiệm vụ.');
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const read = await importTasks(unit, file);
      setResult(read);
      setChosen(new Set(read.tasks.map((_, i) => i)));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Chưa đọc được tệp. Vui lòng thử lại.');
    } finally {
      setBusy(false);
    }
  };

  const groupBefore = (index: number) => result?.groups.find((g) => g.firstTask === index)?.title;

  return (
    <div className="c-stack" data-testid="task-import">
      <div className="c-row c-row--end c-row--wrap">
        <div className="ui-field">
          <label className="ui-field__label" htmlFor="plan-task-file">
            Tệp bảng nhiệm vụ (.xlsx)
          </label>
          <input
            id="plan-task-file"
            className="ui-input"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button type="button" className="c-btn" disabled={busy} onClick={() => void read()}>
          {busy ? 'Đang đọc…' : 'Đọc bảng nhiệm vụ'}
        </button>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      {result && (
        <>
          <p>
            Đọc được <strong>{result.tasks.length}</strong> nhiệm vụ ở trang “{result.sheet}”, dòng tiêu đề {result.headerRow}. Bỏ chọn những dòng không
            cần, rồi thêm vào kế hoạch; chưa có gì được lưu.
          </p>
          {result.notes.length > 0 && (
            <ul className="c-notice c-notice--info" aria-label="Các dòng cần xem lại">
              {result.notes.map((n, i) => (
                <li key={i}>
                  Dòng {n.row}: {n.note}
                </li>
              ))}
            </ul>
          )}
          <ol className="c-plan-import">
            {result.tasks.map((task, i) => (
              <li key={i}>
                {groupBefore(i) && <p className="c-plan-import__group">{groupBefore(i)}</p>}
                <label className="ui-check">
                  <input
                    type="checkbox"
                    className="ui-check__box"
                    checked={chosen.has(i)}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.target.checked) next.add(i);
                      else next.delete(i);
                      setChosen(next);
                    }}
                  />
                  <span className="ui-check__text">
                    <span className="ui-check__label">{task.content}</span>
                    <span className="c-muted">
                      {[task.lead && `Chủ trì: ${task.lead}`, task.timeframe && `Thời gian: ${task.timeframe}`, task.product && `Sản phẩm: ${task.product}`]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ol>
          <div className="c-row c-row--wrap">
            <button
              type="button"
              className="c-btn c-btn--primary"
              disabled={chosen.size === 0}
              onClick={() => {
                onAdd(result.tasks, chosen);
                setResult(null);
              }}
            >
              Thêm {chosen.size} nhiệm vụ vào kế hoạch
            </button>
            <button type="button" className="c-btn c-btn--ghost" onClick={() => setResult(null)}>
              Bỏ qua
            </button>
          </div>
        </>
      )}
    </div>
  );
}
