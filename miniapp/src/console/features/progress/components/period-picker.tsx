import type { Period } from '@cchc/shared/plan/periods';
import type { PeriodicityT } from '@cchc/shared/plan/vocabulary';
import { SelectField } from '../../../../ui/index.ts';
import { PERIOD_KINDS, choiceOf, periodsOfYear, switchKind, switchYear, yearOptions } from '../lib/period-choice.ts';

/** Tháng / quý / 6 tháng / năm, then the year, then which one of the year. */
export function PeriodPicker({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const choice = choiceOf(period);
  const inYear = periodsOfYear(choice.kind, choice.year);
  return (
    <div className="c-filters c-period-picker" role="group" aria-label="Chọn kỳ">
      <SelectField label="Theo" value={choice.kind} onChange={(kind) => onChange(switchKind(period, kind as PeriodicityT))}>
        {PERIOD_KINDS.map((k) => (
          <option key={k.kind} value={k.kind}>
            {k.label}
          </option>
        ))}
      </SelectField>
      <SelectField label="Năm" value={String(choice.year)} onChange={(year) => onChange(switchYear(period, Number(year)))}>
        {yearOptions(choice.year).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </SelectField>
      {choice.kind !== 'year' && (
        <SelectField label="Kỳ" value={period.key} onChange={(key) => onChange(inYear.find((p) => p.key === key) ?? period)}>
          {inYear.map((p) => (
            <option key={p.key} value={p.key}>
              {p.label.charAt(0).toUpperCase() + p.label.slice(1)}
            </option>
          ))}
        </SelectField>
      )}
    </div>
  );
}
