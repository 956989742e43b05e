import { reportFileUrl } from '../api/reports.ts';

/** Links to the Word file (Nghị định 30/2020 layout) and the spreadsheet of the figures. */
export function ReportDownloads({ unit, period }: { unit: string; period: string }) {
  return (
    <div className="c-row c-row--wrap" role="group" aria-label="Tải báo cáo">
      <a className="c-btn c-btn--primary" href={reportFileUrl(unit, period, 'docx')} download data-testid="download-docx">
        Tải bản Word (.docx)
      </a>
      <a className="c-btn" href={reportFileUrl(unit, period, 'xlsx')} download data-testid="download-xlsx">
        Tải bảng số liệu Excel (.xlsx)
      </a>
    </div>
  );
}
