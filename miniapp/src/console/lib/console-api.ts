import { ApiError, apiRequest, type RequestOptions } from '../../lib/api-client.ts';

/**
 * The console's calls go through the one API client, plus what an officer's session needs: the CSRF token
 * (from GET /api/v1/console/me) on every write, and a 401 anywhere sends the officer back to the login.
 */

let csrfToken: string | null = null;
const unauthorizedListeners = new Set<() => void>();

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export async function consoleRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers = { ...options.headers };
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  try {
    return await apiRequest<T>(path, { ...options, headers });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) unauthorizedListeners.forEach((listener) => listener());
    throw error;
  }
}

export const consoleGet = <T,>(path: string, signal?: AbortSignal) => consoleRequest<T>(path, { signal });
