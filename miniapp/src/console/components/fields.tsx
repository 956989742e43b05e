import { useEffect, useId, useState, type ReactNode } from 'react';

/** Labelled inputs for the console: plain elements, one look. */

type Common = { label: ReactNode; hint?: ReactNode; error?: string | null; className?: string };

function Shell({ id, label, hint, error, className, children }: Common & { id: string; children: ReactNode }) {
  return (
    <div className={['c-field', error ? 'c-field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="c-field__label" htmlFor={id}>
        {label}
      </label>
      {children}
      {hint && <p className="c-field__hint">{hint}</p>}
      {error && (
        <p className="c-field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function Input({
  label,
  hint,
  error,
  className,
  value,
  onChange,
  ...rest
}: Common & { value: string; onChange: (value: string) => void } & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const id = useId();
  return (
    <Shell id={id} label={label} hint={hint} error={error} className={className}>
      <input id={id} className="c-input" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} {...rest} />
    </Shell>
  );
}

export function TextArea({
  label,
  hint,
  error,
  className,
  value,
  onChange,
  ...rest
}: Common & { value: string; onChange: (value: string) => void } & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'>) {
  const id = useId();
  return (
    <Shell id={id} label={label} hint={hint} error={error} className={className}>
      <textarea id={id} className="c-input c-textarea" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} {...rest} />
    </Shell>
  );
}

export function Select({
  label,
  hint,
  error,
  className,
  value,
  onChange,
  children,
  ...rest
}: Common & { value: string; onChange: (value: string) => void; children: ReactNode } & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>) {
  const id = useId();
  return (
    <Shell id={id} label={label} hint={hint} error={error} className={className}>
      <select id={id} className="c-input c-select" value={value} onChange={(e) => onChange(e.target.value)} {...rest}>
        {children}
      </select>
    </Shell>
  );
}

export function Checkbox({ label, checked, onChange, hint }: { label: ReactNode; checked: boolean; onChange: (checked: boolean) => void; hint?: ReactNode }) {
  const id = useId();
  return (
    <div className="c-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <div className="c-check__text">
        <label htmlFor={id}>{label}</label>
        {hint && (
          <span className="c-check__hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
      </div>
    </div>
  );
}

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
      className={className ? `c-input c-day ${className}` : 'c-input c-day'}
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
        {invalid && <span className="c-field__error">Ngày theo dạng dd/mm/yyyy</span>}
      </span>
    );
  }
  return (
    <Shell id={id} label={label} hint={hint} error={invalid ? 'Ngày theo dạng dd/mm/yyyy, ví dụ 02/09/2026.' : null}>
      {input}
    </Shell>
  );
}
