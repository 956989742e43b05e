/**
 * The one HTTP client of the Mini App: JSON in, JSON out, one error type with a message a citizen can read.
 *
 * In a browser the API is on the same origin as the app. Inside Zalo the app is served from Zalo's CDN, so
 * the build must set VITE_API_BASE_URL to the server's https origin (whitelisted in the Mini App settings).
 */

import { forgetZaloAccessToken, getZaloAccessToken } from './zalo.ts';

export const NETWORK_ERROR_MESSAGE = 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.';
const TIMEOUT_MESSAGE = 'Máy chủ phản hồi quá lâu. Vui lòng thử lại.';
const TIMEOUT_MS = 20_000;

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  /** The whole error body, for answers that carry more than {error} (e.g. an import's per-row report). */
  readonly body: unknown;

  constructor(message: string, code: string, status: number, body?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.body = body;
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

/** An absolute URL for a path the API returned (photo URLs) or built with apiPath. */
export function apiUrl(path: string): string {
  return /^https?:\/\//i.test(path) ? path : baseUrl + path;
}

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON, or as multipart when it is a FormData. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

/**
 * Inside Zalo, the citizen API is told who the citizen is by their Zalo access token (Bearer); the console
 * (cookies) and a plain browser (device id only) send none.
 */
async function identityHeaders(path: string): Promise<Record<string, string>> {
  if (!path.startsWith('/api/v1/') || path.startsWith('/api/v1/console/')) return {};
  const token = await getZaloAccessToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** A refused Zalo token is not reused: the next request asks Zalo for a fresh one. */
function noteRefusal(status: number, headers: Record<string, string>): void {
  if (status === 401 && headers.Authorization) forgetZaloAccessToken();
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return null;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function failure(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) return new ApiError(body.error.message, body.error.code, status, body);
  return new ApiError(messageForStatus(status), 'HTTP_' + status, status);
}

/**
 * Any API call: JSON (or FormData) in, JSON out; a 204 resolves to null. Rejects with ApiError (or the caller's
 * AbortError when `signal` aborts). Same-origin cookies go along (the officers' console session).
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, TIMEOUT_MS);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);

  const headers: Record<string, string> = { Accept: 'application/json', ...(await identityHeaders(path)), ...options.headers };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(baseUrl + path, { method: options.method ?? 'GET', headers, body, signal: controller.signal });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timedOut) throw new ApiError(TIMEOUT_MESSAGE, 'NETWORK', 0);
    throw new ApiError(NETWORK_ERROR_MESSAGE, 'NETWORK', 0);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }

  const data = await readBody(response);
  noteRefusal(response.status, headers);
  if (!response.ok) throw failure(response.status, data);
  if (data === undefined) {
    throw new ApiError('Máy chủ trả về dữ liệu không đọc được. Vui lòng thử lại.', 'BAD_RESPONSE', response.status);
  }
  return data as T;
}

/** GET a JSON resource. Rejects with ApiError (or the caller's AbortError when `signal` aborts). */
export function apiGet<T>(path: string, options: { signal?: AbortSignal; headers?: Record<string, string> } = {}): Promise<T> {
  return apiRequest<T>(path, { signal: options.signal, headers: options.headers });
}

/**
 * Uploads one file as multipart (field "file") with progress (fetch cannot report upload progress, so this
 * one call uses XMLHttpRequest). Same error type and messages as apiRequest.
 */
export async function apiUpload<T>(
  path: string,
  file: Blob,
  options: { fileName?: string; headers?: Record<string, string>; signal?: AbortSignal; onProgress?: (fraction: number) => void; timeoutMs?: number } = {},
): Promise<T> {
  const headers = { ...(await identityHeaders(path)), ...options.headers };
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', baseUrl + path);
    xhr.timeout = options.timeoutMs ?? 120_000;
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      noteRefusal(xhr.status, headers);
      let data: unknown = undefined;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        data = undefined;
      }
      if (xhr.status < 200 || xhr.status >= 300) {
        if (xhr.status === 413 && !isErrorBody(data)) {
          reject(new ApiError('Tệp quá lớn. Vui lòng chọn tệp nhỏ hơn.', 'PAYLOAD_TOO_LARGE', 413));
        } else reject(failure(xhr.status, data));
        return;
      }
      if (data === undefined) {
        reject(new ApiError('Máy chủ trả về dữ liệu không đọc được. Vui lòng thử lại.', 'BAD_RESPONSE', xhr.status));
        return;
      }
      resolve(data as T);
    };
    xhr.onerror = () => reject(new ApiError(NETWORK_ERROR_MESSAGE, 'NETWORK', 0));
    xhr.ontimeout = () => reject(new ApiError(TIMEOUT_MESSAGE, 'NETWORK', 0));
    xhr.onabort = () => reject(new DOMException('Đã huỷ', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file, options.fileName ?? (file instanceof File ? file.name : 'file'));
    xhr.send(form);
  });
}
