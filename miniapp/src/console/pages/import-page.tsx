import type { ImportReportT } from '@cchc/shared/api/catalog-admin';
import { useState } from 'react';
import { ApiError, apiPath } from '../../lib/api-client.ts';
import { invalidateQueries } from '../../lib/use-query.ts';
import { TextField } from '../../ui/index.ts';
import { DayInput } from '../components/day-input.tsx';
import { FilePicker } from '../components/file-picker.tsx';
import { Notice } from '../components/notice.tsx';
import { PageHead } from '../components/layout.tsx';
import { UnitSwitcher, useActingUnit } from '../components/unit-switcher.tsx';
import { ImportRefused, importProcedures } from '../features/catalog/api/catalog.ts';
import { CatalogTabs } from '../features/catalog/components/catalog-tabs.tsx';

function Report({ report }: { report: ImportReportT }) {
  return (
    <div className="c-stack" data-testid="import-report">
      <ul className="c-summary">
        <li>
          <strong>{report.created.length}</strong> thêm mới
        </li>
        <li>
          <strong>{report.updated.length}</strong> cập nhật
        </li>
        <li>
          <strong>{report.unchanged.length}</strong> không đổi
        </li>
        <li className={report.rejected.length ? 'c-summary--bad' : undefined}>
          <strong>{report.rejected.length}</strong> dòng lỗi
        </li>
      </ul>
      {report.rejected.length > 0 && (
        <div className="c-table-wrap">
          <table className="c-table">
            <caption>Các dòng cần sửa</caption>
            <thead>
              <tr>
                <th scope="col">Dòng</th>
                <th scope="col">Mã</th>
                <th scope="col">Vấn đề</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((row) => (
                <tr key={`${row.row}-${row.code}`}>
                  <td className="c-num">{row.row}</td>
                  <td className="c-mono">{row.code || '—'}</td>
                  <td>
                    <ul className="c-list">
                      {row.problems.map((p, i) => (
                        <li key={i}>{p}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.created.length + report.updated.length > 0 && (
        <details>
          <summary>Mã đã thêm hoặc cập nhật</summary>
          <p className="c-mono">{[...report.created, ...report.updated].join(', ')}</p>
        </details>
      )}
    </div>
  );
}

/** Import procedures from the national JSON or a CSV/XLSX table: all rows checked first, a per-row report. */
export default function ImportPage() {
  const unit = useActingUnit();
  const [file, setFile] = useState<File | null>(null);
  const [decision, setDecision] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string; report: ImportReportT | null } | null>(null);

  return (
    <>
      <PageHead title="Nhập thủ tục từ tệp" />
      <UnitSwitcher />
      <CatalogTabs unit={unit} />
      <form
        className="c-card c-stack"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (!file) return setResult({ ok: false, message: 'Vui lòng chọn tệp .json, .csv hoặc .xlsx.', report: null });
          setBusy(true);
          setResult(null);
          try {
            const report = await importProcedures(file, { ...(decision.trim() ? { decision: decision.trim() } : {}), ...(decidedOn ? { decidedOn } : {}) }, unit);
            invalidateQueries('console/catalog');
            setResult({ ok: true, message: 'Đã nhập xong.', report });
          } catch (error) {
            if (error instanceof ImportRefused) setResult({ ok: false, message: `${error.message} Không có thủ tục nào được ghi.`, report: error.report });
            else setResult({ ok: false, message: error instanceof ApiError ? error.message : 'Chưa nhập được.', report: null });
          } finally {
            setBusy(false);
          }
        }}
      >
        <p>
          Tệp <strong>.json</strong> theo cấu trúc CSDL quốc gia về TTHC, hoặc bảng <strong>.csv</strong>/<strong>.xlsx</strong>. Mọi dòng được kiểm tra
          trước; chỉ cần một dòng sai là không ghi gì và bạn nhận báo cáo từng dòng để sửa.
        </p>
        <FilePicker
          label="Tệp thủ tục"
          accept=".json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          file={file}
          onChange={setFile}
          hint="Tệp .json, .csv hoặc .xlsx, tối đa 10 MB."
        />
        <p className="c-row c-row--wrap">
          <span>Chưa có bảng? Tải tệp mẫu có sẵn các cột:</span>
          <a className="c-btn c-btn--small" href={apiPath(['console', 'catalog', 'import-template', 'csv'])} download="mau-nhap-thu-tuc.csv">
            Tải mẫu CSV
          </a>
          <a className="c-btn c-btn--small" href={apiPath(['console', 'catalog', 'import-template', 'xlsx'])} download="mau-nhap-thu-tuc.xlsx">
            Tải mẫu XLSX
          </a>
        </p>
        <div className="c-grid-2">
          <TextField label="Quyết định công bố (không bắt buộc)" value={decision} onChange={setDecision} maxLength={500} />
          <DayInput label="Ngày quyết định" value={decidedOn} onChange={setDecidedOn} />
        </div>
        <div>
          <button type="submit" className="c-btn c-btn--primary" disabled={busy}>
            {busy ? 'Đang nhập…' : 'Nhập thủ tục'}
          </button>
        </div>
      </form>
      {result && <Notice kind={result.ok ? 'success' : 'error'}>{result.message}</Notice>}
      {result?.report && <Report report={result.report} />}
    </>
  );
}
