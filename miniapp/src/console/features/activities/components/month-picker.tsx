import { SelectField } from '../../../../ui/index.ts';
import { yearOptions } from '../../progress/lib/period-choice.ts';

/** Tháng and năm as two selects ("YYYY-MM" in and out). */
export function MonthPicker({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const [year, m] = month.split('-');
  return (
    <div className="c-filters c-period-picker" role="group" aria-label="Chọn tháng">
      <SelectField label="Tháng" value={String(Number(m))} onChange={(next) => onChange(`${year}-${next.padStart(2, '0')}`)}>
        {Array.from({ length: 12 }, (_, i) => (
          <option key={i + 1} value={String(i + 1)}>
            Tháng {i + 1}
          </option>
        ))}
      </SelectField>
      <SelectField label="Năm" value={year!} onChange={(next) => onChange(`${next}-${m}`)}>
        {yearOptions(Number(year)).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
