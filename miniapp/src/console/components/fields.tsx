import { useId, type ReactNode } from 'react';

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
