import type { ReactNode } from 'react';

/** A message after a write: green when it worked, red when it did not. */
export function Notice({ kind, children }: { kind: 'success' | 'error'; children: ReactNode }) {
  return (
    <p className={`c-notice c-notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}
