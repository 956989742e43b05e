import type { Period } from '@cchc/shared/plan/periods';
import { SelectField } from '../../../../ui/index.ts';
import {
  REPORT_KINDS,
  capitalize,
  reportPeriodsOfYear,
  reportYearOptions,
  switchReportKind,
  switchReportYear,
  type ReportKind,
} from '../lib/report-period.ts';

/** Quý / 6 tháng / năm, then the year, then which one of the year. */
export function ReportPeriodPicker({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const kind = period.kind as ReportKind;
  const inYear = reportPeriodsOfYear(kind, period.year);
  return (
    <div className="c-filters c-report-picker" role="group" aria-label="Chọn kỳ báo cáo">
      <SelectField label="Loại báo cáo" value={kind} onChange={(next) => onChange(switchReportKind(period, next as ReportKind))}>
        {REPORT_KINDS.map((k) => (
          <option key={k.kind} value={k.kind}>
            {k.label}
          </option>
        ))}
      </SelectField>
      <SelectField label="Năm" value={String(period.year)} onChange={(year) => onChange(switchReportYear(period, Number(year)))}>
        {reportYearOptions(period.year).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </SelectField>
      {kind !== 'year' && (
        <SelectField label="Kỳ" value={period.key} onChange={(key) => onChange(inYear.find((p) => p.key === key) ?? period)}>
          {inYear.map((p) => (
            <option key={p.key} value={p.key}>
              {capitalize(p.label)}
            </option>
          ))}
        </SelectField>
      )}
    </div>
  );
}
