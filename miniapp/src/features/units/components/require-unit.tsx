import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useCurrentUnit } from '../hooks/use-current-unit.ts';

/** Renders its children once a unit is chosen; sends a first-time visitor to the picker, then back here. */
export function RequireUnit({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const { unit } = useCurrentUnit();
  const location = useLocation();
  if (unit === undefined) return <>{fallback}</>;
  if (unit === null) {
    const next = location.pathname + location.search;
    const to = next === '/' ? '/units' : `/units?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }
  return <>{children}</>;
}
