import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

/**
 * Labelled form fields shared by the Mini App and the console: a visible label, a hint and an error read
 * out with the field (aria-describedby), an optional counter; the error on its own line under the field.
 * Plain elements styled in ui.css; each front end sets the sizes (--ui-* variables).
 */

type FieldProps = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Adds "(không bắt buộc)" after the label. */
  optional?: boolean;
  className?: string;
};

export function fieldDescribedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The frame of every field: label, hint, the control, then the error and the counter. */
export function FormField({ id, label, hint, error, optional, counter, className, children }: FieldProps & { id: string; counter?: ReactNode; children: ReactNode }) {
  return (
    <div className={['ui-field', error ? 'ui-field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="ui-field__label" htmlFor={id}>
        {label}
        {optional && <span className="ui-field__optional"> (không bắt buộc)</span>}
      </label>
      {hint && (
        <p className="ui-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p className="ui-field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      {counter}
    </div>
  );
}

/** A field's error shown without a FormField (under a group of controls). */
export function FieldError({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <p className="ui-field__error" id={id} role="alert">
      {children}
    </p>
  );
}

type ValueProps = { value: string; onChange: (value: string) => void };

export function TextField({
  label,
  hint,
  error,
  optional,
  className,
  value,
  onChange,
  type = 'text',
  ...rest
}: FieldProps & ValueProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const id = useId();
  return (
    <FormField id={id} label={label} hint={hint} error={error} optional={optional} className={className}>
      <input
        id={id}
        className="ui-input"
        type={type}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
        {...rest}
      />
    </FormField>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  optional,
  className,
  value,
  onChange,
  maxLength,
  minLength,
  rows = 6,
  showCount = false,
  ...rest
}: FieldProps &
  ValueProps & {
    /** Show "n/max ký tự" under the field (needs maxLength). */
    showCount?: boolean;
    /** Only for the counter's "(cần ít nhất n)". */
    minLength?: number;
  } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'minLength'>) {
  const id = useId();
  const length = value.trim().length;
  const counter =
    showCount && maxLength !== undefined ? (
      <span className={length > maxLength ? 'ui-field__counter ui-field__counter--over' : 'ui-field__counter'} aria-live="polite">
        {length.toLocaleString('vi-VN')}/{maxLength.toLocaleString('vi-VN')} ký tự
        {minLength && length < minLength ? ` (cần ít nhất ${minLength})` : ''}
      </span>
    ) : undefined;
  return (
    <FormField id={id} label={label} hint={hint} error={error} optional={optional} counter={counter} className={className}>
      <textarea
        id={id}
        className="ui-input ui-textarea"
        value={value}
        rows={rows}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
        {...rest}
      />
    </FormField>
  );
}

export function SelectField({
  label,
  hint,
  error,
  optional,
  className,
  value,
  onChange,
  children,
  ...rest
}: FieldProps & ValueProps & { children: ReactNode } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>) {
  const id = useId();
  return (
    <FormField id={id} label={label} hint={hint} error={error} optional={optional} className={className}>
      <select
        id={id}
        className="ui-input ui-select"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
        {...rest}
      >
        {children}
      </select>
    </FormField>
  );
}

export function CheckboxField({ label, hint, checked, onChange }: { label: ReactNode; hint?: ReactNode; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="ui-check">
      <input id={id} type="checkbox" className="ui-check__box" checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <div className="ui-check__text">
        <label htmlFor={id} className="ui-check__label">
          {label}
        </label>
        {hint && (
          <p className="ui-check__hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
