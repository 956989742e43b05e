import { createContext, useContext, type ReactNode } from 'react';

/**
 * Loading, empty and error states shared by the Mini App and the console.
 * Plain React + the classes in ui.css (no zmp-ui: the console does not load it).
 */

/** What the kit needs of an API error (the client's ApiError fits). */
export type StateError = { message?: string; code?: string; status?: number };

/**
 * What a front end adds to every error state, provided once around its routes: an icon above the message,
 * actions under "Thử lại" (links back to a safe page, …).
 */
export type StatesConfig = { errorIcon?: ReactNode; errorActions?: (error: StateError | undefined | null) => ReactNode };
export const StatesConfigContext = createContext<StatesConfig>({});

export function Spinner() {
  return <span className="ui-spinner" aria-hidden="true" />;
}

export function LoadingState({ label = 'Đang tải…' }: { label?: string }) {
  return (
    <div className="ui-state ui-state--loading" role="status" aria-live="polite">
      <Spinner />
      <p>{label}</p>
    </div>
  );
}

/**
 * Whether trying again can help: the network or the server failed (or was busy). A 404 or a refused request
 * answers the same the second time, so those get no "Thử lại", only the ways out.
 */
export function canRetry(error: StateError | undefined | null): boolean {
  const status = error?.status;
  if (status === undefined || status === 0) return true;
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

export function ErrorState({
  error,
  onRetry,
  icon,
  children,
}: {
  error: StateError | undefined | null;
  onRetry?: () => void;
  /** Shown above the message. */
  icon?: ReactNode;
  /** Actions after "Thử lại" (in addition to those from StatesConfigContext). */
  children?: ReactNode;
}) {
  const config = useContext(StatesConfigContext);
  return (
    <div className="ui-state ui-state--error" role="alert">
      {icon ?? config.errorIcon}
      <p>{error?.message ?? 'Đã có lỗi xảy ra. Vui lòng thử lại.'}</p>
      {onRetry && canRetry(error) && (
        <button type="button" className="ui-button ui-button--primary" onClick={onRetry}>
          Thử lại
        </button>
      )}
      {config.errorActions?.(error)}
      {children}
    </div>
  );
}

export function EmptyState({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={className ? `ui-state ui-state--empty ${className}` : 'ui-state ui-state--empty'}>{children}</div>;
}
