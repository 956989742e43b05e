import { useEffect, useId, useState, type ReactNode } from 'react';
import { FormField } from '../../ui/index.ts';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function toText(iso: string): string {
  const m = ISO_DAY.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** "d/m/yyyy" → "yyyy-mm-dd", or null when it is not a real day. */
export function parseDay(text: string): string | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A day typed as dd/mm/yyyy whatever the browser's language (a native date input follows the browser's
 * locale and may show mm/dd/yyyy). `value` and `onChange` use YYYY-MM-DD; '' when empty.
 */
export function DayInput({
  label,
  value,
  onChange,
  hint,
  className,
  disabled,
  'aria-label': ariaLabel,
}: {
  label?: ReactNode;
  value: string;
  onChange: (iso: string) => void;
  hint?: ReactNode;
  className?: string;
  disabled?: boolean;
  'aria-label'?: string;
}) {
  const id = useId();
  const [text, setText] = useState(toText(value));
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    if (parseDay(text) !== value && !(value === '' && text.trim() === '')) {
      setText(toText(value));
      setInvalid(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const input = (
    <input
      id={id}
      className={className ? `ui-input c-day ${className}` : 'ui-input c-day'}
      inputMode="numeric"
      placeholder="dd/mm/yyyy"
      maxLength={10}
      value={text}
      disabled={disabled}
      aria-label={label ? undefined : ariaLabel}
      aria-invalid={invalid || undefined}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        if (next.trim() === '') {
          setInvalid(false);
          onChange('');
          return;
        }
        const iso = parseDay(next);
        setInvalid(iso === null && next.trim().length >= 8);
        if (iso) onChange(iso);
      }}
      onBlur={() => setInvalid(text.trim() !== '' && parseDay(text) === null)}
    />
  );
  if (!label) {
    return (
      <span className="c-day-wrap">
        {input}
        {invalid && <span className="ui-field__error">Ngày theo dạng dd/mm/yyyy</span>}
      </span>
    );
  }
  return (
    <FormField id={id} label={label} hint={hint} error={invalid ? 'Ngày theo dạng dd/mm/yyyy, ví dụ 02/09/2026.' : null}>
      {input}
    </FormField>
  );
}
