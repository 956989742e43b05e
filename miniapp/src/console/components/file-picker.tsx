import { useId, useRef } from 'react';

/**
 * A file input in Vietnamese: the browser's own button ("Choose File / No file chosen", in the browser's
 * language) is hidden; a "Chọn tệp" button opens it and the chosen file's name is shown beside it.
 */
export function FilePicker({ label, accept, file, onChange, hint }: {
  label: string;
  accept: string;
  file: File | null;
  onChange: (file: File | null) => void;
  hint?: string;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="ui-field">
      <label className="ui-field__label" htmlFor={id}>
        {label}
      </label>
      <div className="c-file-picker" data-testid="file-picker">
        <input
          ref={input}
          id={id}
          className="c-file-picker__input"
          type="file"
          accept={accept}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.target.files?.[0] ?? null)}
        />
        <button type="button" className="c-btn" onClick={() => input.current?.click()}>
          Chọn tệp…
        </button>
        <span className={file ? 'c-file-picker__name' : 'c-file-picker__name c-muted'} aria-live="polite">
          {file ? file.name : 'Chưa chọn tệp nào'}
        </span>
      </div>
      {hint && (
        <p className="ui-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
