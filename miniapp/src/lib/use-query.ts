import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api-client.ts';

/**
 * A small data-loading hook: loading / error / success, a reload for the "Thử lại" button, and an in-memory
 * cache so going back to a screen shows it at once.
 */

const TTL_MS = 5 * 60 * 1000;
const MAX_ENTRIES = 200;
const cache = new Map<string, { data: unknown; at: number }>();

function cached<T>(key: string | null): T | undefined {
  if (key === null) return undefined;
  const hit = cache.get(key);
  if (!hit) return undefined;
  if (Date.now() - hit.at > TTL_MS) {
    cache.delete(key);
    return undefined;
  }
  return hit.data as T;
}

function remember(key: string, data: unknown): void {
  cache.delete(key);
  cache.set(key, { data, at: Date.now() });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
}

/** Forgets cached data whose key starts with `prefix` (after a write changed it); the next render refetches. */
export function invalidateQueries(prefix: string): void {
  for (const key of [...cache.keys()]) if (key.startsWith(prefix)) cache.delete(key);
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('Đã có lỗi khi hiển thị dữ liệu. Vui lòng thử lại.', 'CLIENT', 0);
}

export type QueryResult<T> = {
  status: 'idle' | 'loading' | 'error' | 'success';
  /** The data of the current key, or of the previous key while the new one loads (keepPrevious). */
  data: T | undefined;
  error: ApiError | undefined;
  /** True while a request is in flight (also when previous data is still shown). */
  isFetching: boolean;
  reload: () => void;
};

export function useQuery<T>(
  key: string | null,
  fetcher: (signal: AbortSignal) => Promise<T>,
  options: { keepPrevious?: boolean } = {},
): QueryResult<T> {
  const initial = cached<T>(key);
  const [state, setState] = useState<{ key: string | null; data: T | undefined; error: ApiError | undefined; fetching: boolean }>(
    { key, data: initial, error: undefined, fetching: key !== null && initial === undefined },
  );
  const [attempt, setAttempt] = useState(0);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;

  useEffect(() => {
    if (key === null) {
      setState({ key, data: undefined, error: undefined, fetching: false });
      return;
    }
    const hit = cached<T>(key);
    if (hit !== undefined) {
      setState({ key, data: hit, error: undefined, fetching: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({
      key,
      data: options.keepPrevious ? previous.data : undefined,
      error: undefined,
      fetching: true,
    }));
    fetcherRef.current(controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        remember(key, data);
        setState({ key, data, error: undefined, fetching: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ key, data: undefined, error: toApiError(error), fetching: false });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  const reload = useCallback(() => {
    if (key !== null) cache.delete(key);
    setAttempt((n) => n + 1);
  }, [key]);

  if (key === null) return { status: 'idle', data: undefined, error: undefined, isFetching: false, reload };
  if (state.key === key) {
    if (state.error) return { status: 'error', data: undefined, error: state.error, isFetching: false, reload };
    if (state.fetching) {
      return { status: 'loading', data: options.keepPrevious ? state.data : undefined, error: undefined, isFetching: true, reload };
    }
    return { status: 'success', data: state.data, error: undefined, isFetching: false, reload };
  }
  // Rendered after the key changed and before the effect ran: the state still describes the old key.
  const hit = cached<T>(key);
  if (hit !== undefined) return { status: 'success', data: hit, error: undefined, isFetching: false, reload };
  return { status: 'loading', data: options.keepPrevious ? state.data : undefined, error: undefined, isFetching: true, reload };
}
