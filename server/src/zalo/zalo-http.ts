import { ZaloApiError } from './zalo-errors.ts';

const TIMEOUT_MS = 5000;

/**
 * One call to a Zalo API: JSON back, `error != 0` (HTTP 200) and HTTP or network failures
 * turned into ZaloApiError. Nothing of the request (tokens, users' data) goes into the error.
 */
export async function callZalo<T>(api: string, url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new ZaloApiError(0, error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'network error', api);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ZaloApiError(0, `HTTP ${response.status}, not JSON`, api);
  }
  const error = (body as { error?: unknown }).error;
  if (typeof error === 'number' && error !== 0) {
    const b = body as { message?: unknown; error_name?: unknown; error_description?: unknown };
    const message = [b.message, b.error_name, b.error_description].find((m) => typeof m === 'string') as string | undefined;
    throw new ZaloApiError(error, message ?? 'error', api);
  }
  if (!response.ok) throw new ZaloApiError(0, `HTTP ${response.status}`, api);
  return body as T;
}
