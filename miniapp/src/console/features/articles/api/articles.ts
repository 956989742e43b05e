import type { ArticleInputT, ArticleMediaT, ConsoleArticlePageT, ConsoleArticleT } from '@cchc/shared/api/articles';
import { apiPath } from '../../../../lib/api-client.ts';
import { consoleGet, consoleRequest } from '../../../lib/console-api.ts';

const base = (unit: string, ...rest: string[]) => apiPath(['console', 'units', unit, 'articles', ...rest]);

export const listArticles = (unit: string, signal?: AbortSignal) => consoleGet<ConsoleArticlePageT>(apiPath(['console', 'units', unit, 'articles'], { limit: 100 }), signal);
export const getArticle = (unit: string, id: string, signal?: AbortSignal) => consoleGet<ConsoleArticleT>(base(unit, id), signal);
export const createArticle = (unit: string, body: ArticleInputT) => consoleRequest<ConsoleArticleT>(base(unit), { method: 'POST', body });
export const saveArticle = (unit: string, id: number, body: ArticleInputT & { version: number }) => consoleRequest<ConsoleArticleT>(base(unit, String(id)), { method: 'PUT', body });
export const publishArticle = (unit: string, id: number, version: number, publishedOn?: string) =>
  consoleRequest<ConsoleArticleT>(base(unit, String(id), 'publish'), { method: 'POST', body: { version, ...(publishedOn ? { publishedOn } : {}) } });
export const unpublishArticle = (unit: string, id: number, version: number) => consoleRequest<ConsoleArticleT>(base(unit, String(id), 'unpublish'), { method: 'POST', body: { version } });
export const uploadArticleMedia = (unit: string, file: File) => {
  const form = new FormData();
  form.append('file', file);
  return consoleRequest<ArticleMediaT>(apiPath(['console', 'units', unit, 'article-media']), { method: 'POST', body: form });
};
