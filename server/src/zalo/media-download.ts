import { ZaloApiError } from './zalo-errors.ts';

const TIMEOUT_MS = 10_000;

/** Downloads a photo a user sent to the OA (Zalo's CDN link), refusing anything over `maxBytes`. */
export async function downloadMedia(url: string, maxBytes: number): Promise<Buffer> {
  if (!/^https?:\/\//i.test(url)) throw new ZaloApiError(-1, 'not an http(s) link', 'media.download');
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
  } catch {
    throw new ZaloApiError(0, 'network error', 'media.download');
  }
  if (!response.ok || !response.body) throw new ZaloApiError(response.status >= 500 ? 0 : -1, `HTTP ${response.status}`, 'media.download');
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) throw new ZaloApiError(-1, 'too large', 'media.download');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.length;
    if (size > maxBytes) throw new ZaloApiError(-1, 'too large', 'media.download');
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
