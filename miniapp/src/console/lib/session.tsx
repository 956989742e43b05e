import type { MeT } from '@cchc/shared/api/console';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, apiPath } from '../../lib/api-client.ts';
import { invalidateQueries } from '../../lib/use-query.ts';
import { consoleGet, consoleRequest, onUnauthorized, setCsrfToken } from './console-api.ts';

type SessionState = {
  /** undefined while asking the server; null when nobody is logged in. */
  me: MeT | null | undefined;
  error: ApiError | null;
  /** True right after "Đăng xuất" (the login screen says so). */
  loggedOut: boolean;
  login: (username: string, password: string) => Promise<void>;
  /** Ends this session, or with everywhere every session of the officer ("Đăng xuất mọi thiết bị"). */
  logout: (options?: { everywhere?: boolean }) => Promise<void>;
  retry: () => void;
};

const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession must be used inside <SessionProvider>');
  return state;
}

/** The logged-in officer; every other screen can rely on it being there. */
export function useMe(): MeT {
  const { me } = useSession();
  if (!me) throw new Error('useMe needs a logged-in officer');
  return me;
}

export const canApprove = (me: MeT) => me.role === 'leader' || me.role === 'unit_admin';
export const canEditSettings = (me: MeT) => me.role !== 'officer';
export const canManageAccounts = (me: MeT) => me.role === 'unit_admin' || me.role === 'city_admin';
export const canManageOpen311Keys = (me: MeT) => me.role === 'city_admin';

async function fetchMe(): Promise<MeT | null> {
  try {
    return await consoleGet<MeT>(apiPath(['console', 'me']));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<MeT | null | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [loggedOut, setLoggedOut] = useState(false);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    fetchMe().then(
      (value) => {
        if (cancelled) return;
        setCsrfToken(value?.csrfToken ?? null);
        setMe(value);
      },
      (caught: unknown) => {
        if (cancelled) return;
        setError(caught instanceof ApiError ? caught : new ApiError('Không tải được thông tin đăng nhập.', 'CLIENT', 0));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  useEffect(
    () =>
      onUnauthorized(() => {
        setCsrfToken(null);
        invalidateQueries('');
        setMe(null);
      }),
    [],
  );

  const login = useCallback(async (username: string, password: string) => {
    await consoleRequest<null>(apiPath(['console', 'session']), { method: 'POST', body: { username, password } });
    const value = await fetchMe();
    if (!value) throw new ApiError('Đăng nhập chưa thành công. Vui lòng thử lại.', 'UNAUTHENTICATED', 401);
    invalidateQueries('');
    setCsrfToken(value.csrfToken);
    setLoggedOut(false);
    setMe(value);
  }, []);

  const logout = useCallback(async (options?: { everywhere?: boolean }) => {
    try {
      await consoleRequest<null>(apiPath(['console', options?.everywhere ? 'sessions' : 'session']), { method: 'DELETE' });
    } finally {
      invalidateQueries('');
      setCsrfToken(null);
      setLoggedOut(true);
      setMe(null);
    }
  }, []);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const value = useMemo(() => ({ me, error, loggedOut, login, logout, retry }), [me, error, loggedOut, login, logout, retry]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
