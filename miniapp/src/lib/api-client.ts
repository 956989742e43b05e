/**
 * The one HTTP client of the Mini App: JSON in, JSON out, one error type with a message a citizen can read.
 *
 * In a browser the API is on the same origin as the app. Inside Zalo the app is served from Zalo's CDN, so
 * the build must set VITE_API_BASE_URL to the server's https origin (whitelisted in the Mini App settings).
 */

export const NETWORK_ERROR_MESSAGE = 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.';
const TIMEOUT_MESSAGE = 'Máy chủ phản hồi quá lâu. Vui lòng thử lại.';
const TIMEOUT_MS = 20_000;

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(message: string, code: string, status: number) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }
}

export type QueryParams = Record<string, string | number | undefined | null>;

const baseUrl = (import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/+$/, '');

/** Builds "/api/v1/…?a=1" from path segments (each one URL-encoded) and query parameters. */
export function apiPath(segments: readonly string[], query?: QueryParams): string {
  const path = '/api/v1/' + segments.map((s) => encodeURIComponent(s)).join('/');
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

function messageForStatus(status: number): string {
  if (status === 404) return 'Không tìm thấy nội dung bạn cần. Có thể nội dung đã được gỡ bỏ.';
  if (status === 429) return 'Bạn thao tác hơi nhanh. Vui lòng đợi một lát rồi thử lại.';
  if (status >= 500) return 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau ít phút.';
  return 'Yêu cầu chưa thực hiện được. Vui lòng thử lại.';
}

function isErrorBody(body: unknown): body is { error: { code: string; message: string } } {
  if (typeof body !== 'object' || body === null) return false;
  const error = (body as { error?: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/** GET a JSON resource. Rejects with ApiError (or the caller's AbortError when `signal` aborts). */
export async function apiGet<T>(path: string, options: { signal?: AbortSignal } = {}): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, TIMEOUT_MS);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);

  let response: Response;
  try {
    response = await fetch(baseUrl + path, {
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timedOut) throw new ApiError(TIMEOUT_MESSAGE, 'NETWORK', 0);
    throw new ApiError(NETWORK_ERROR_MESSAGE, 'NETWORK', 0);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }

  let body: unknown = undefined;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }

  if (!response.ok) {
    if (isErrorBody(body)) throw new ApiError(body.error.message, body.error.code, response.status);
    throw new ApiError(messageForStatus(response.status), 'HTTP_' + response.status, response.status);
  }
  if (body === undefined) {
    throw new ApiError('Máy chủ trả về dữ liệu không đọc được. Vui lòng thử lại.', 'BAD_RESPONSE', response.status);
  }
  return body as T;
}
