import type { ReactNode } from 'react';
import type { ApiError } from '../../lib/api-client.ts';

export function Loading({ label = 'Đang tải…' }: { label?: string }) {
  return (
    <div className="c-state" role="status" aria-live="polite">
      <span className="c-spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function LoadError({ error, onRetry }: { error: ApiError | undefined | null; onRetry?: () => void }) {
  return (
    <div className="c-state c-state--error" role="alert">
      <p>{error?.message ?? 'Đã có lỗi xảy ra.'}</p>
      {onRetry && (
        <button type="button" className="c-btn" onClick={onRetry}>
          Thử lại
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="c-state c-state--empty">{children}</div>;
}

/** A message after a write: green when it worked, red when it did not. */
export function Notice({ kind, children }: { kind: 'success' | 'error'; children: ReactNode }) {
  return (
    <p className={`c-notice c-notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}
