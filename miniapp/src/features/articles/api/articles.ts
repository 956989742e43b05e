import type { ArticleDetailT, ArticleFeedPageT } from '@cchc/shared/api/articles';
import { apiGet, apiPath, apiRequest } from '../../../lib/api-client.ts';
import { deviceHeaders } from '../../../lib/device-id.ts';

export function getArticles(unit: string, limit: number, offset: number, signal?: AbortSignal) {
  return apiGet<ArticleFeedPageT>(apiPath(['units', unit, 'articles'], { limit, offset }), { signal });
}

export function getArticle(unit: string, id: string, signal?: AbortSignal) {
  return apiGet<ArticleDetailT>(apiPath(['units', unit, 'articles', id]), { signal });
}

/** Tells the server this device read (or shared) the article; counted once a day, without identity. Failures are ignored. */
export async function countReader(unit: string, id: number, kind: 'views' | 'shares'): Promise<void> {
  try {
    await apiRequest(apiPath(['units', unit, 'articles', String(id), kind]), { method: 'POST', headers: await deviceHeaders() });
  } catch {
    // A reader count that did not reach the server is not worth bothering the reader about.
  }
}
