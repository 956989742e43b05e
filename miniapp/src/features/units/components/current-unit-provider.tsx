import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isInZalo, storage } from '../../../lib/zalo.ts';
import { CurrentUnitContext, type CurrentUnit } from '../hooks/use-current-unit.ts';

const STORAGE_KEY = 'cchc.unit.v1';

function parse(value: string | null): CurrentUnit | null {
  if (!value) return null;
  try {
    const data = JSON.parse(value) as Partial<CurrentUnit>;
    if (typeof data.slug === 'string' && data.slug && typeof data.name === 'string') {
      return { slug: data.slug, name: data.name };
    }
  } catch {
    // a damaged value means "not chosen yet"
  }
  return null;
}

export function CurrentUnitProvider({ children }: { children: ReactNode }) {
  const [unit, setUnit] = useState<CurrentUnit | null | undefined>(
    // Outside Zalo localStorage is the whole truth; inside Zalo, native storage is read before deciding.
    () => parse(storage.peek(STORAGE_KEY)) ?? (isInZalo() ? undefined : null),
  );

  useEffect(() => {
    if (unit !== undefined) return;
    let cancelled = false;
    storage.get(STORAGE_KEY).then(
      (value) => !cancelled && setUnit(parse(value)),
      () => !cancelled && setUnit(null),
    );
    return () => {
      cancelled = true;
    };
  }, [unit]);

  const choose = useCallback((next: CurrentUnit) => {
    setUnit(next);
    void storage.set(STORAGE_KEY, JSON.stringify(next));
  }, []);

  const value = useMemo(() => ({ unit, choose }), [unit, choose]);
  return <CurrentUnitContext.Provider value={value}>{children}</CurrentUnitContext.Provider>;
}
