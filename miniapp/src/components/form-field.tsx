import { useId, type ReactNode } from 'react';

/**
 * Large form fields with a visible label, a hint and an error read out with the field (aria-describedby).
 * Plain elements, styled in app.css: predictable on every phone, text ≥ 18px so iOS does not zoom.
 */

type FieldShellProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  optional?: boolean;
  counter?: ReactNode;
  children: ReactNode;
};

function FieldShell({ id, label, hint, error, optional, counter, children }: FieldShellProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> (không bắt buộc)</span>}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {(counter || error) && (
        <div className="field__foot">
          {error ? (
            <p className="field__error" id={`${id}-error`} role="alert">
              {error}
            </p>
          ) : (
            <span />
          )}
          {counter}
        </div>
      )}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

type TextFieldProps = {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
  optional?: boolean;
  type?: 'text' | 'tel' | 'password' | 'search';
  inputMode?: 'text' | 'tel' | 'numeric';
  autoComplete?: string;
  maxLength?: number;
  placeholder?: string;
  name?: string;
  autoFocus?: boolean;
};

export function TextField({ label, value, onChange, hint, error, optional, type = 'text', ...rest }: TextFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        id={id}
        className="field__input"
        type={type}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
        {...rest}
      />
    </FieldShell>
  );
}

type TextAreaFieldProps = {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
  optional?: boolean;
  maxLength: number;
  minLength?: number;
  rows?: number;
  placeholder?: string;
  showCount?: boolean;
};

export function TextAreaField({ label, value, onChange, hint, error, optional, maxLength, minLength, rows = 6, placeholder, showCount = true }: TextAreaFieldProps) {
  const id = useId();
  const length = value.trim().length;
  const counter = showCount ? (
    <span className={length > maxLength ? 'field__counter field__counter--over' : 'field__counter'} aria-live="polite">
      {length.toLocaleString('vi-VN')}/{maxLength.toLocaleString('vi-VN')} ký tự
      {minLength && length < minLength ? ` (cần ít nhất ${minLength})` : ''}
    </span>
  ) : undefined;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional} counter={counter}>
      <textarea
        id={id}
        className="field__input field__textarea"
        value={value}
        rows={rows}
        placeholder={placeholder}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}

export function CheckboxField({ label, hint, checked, onChange }: { label: ReactNode; hint?: ReactNode; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="check-field">
      <input id={id} type="checkbox" className="check-field__box" checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <div className="check-field__text">
        <label htmlFor={id} className="check-field__label">
          {label}
        </label>
        {hint && (
          <p className="check-field__hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
