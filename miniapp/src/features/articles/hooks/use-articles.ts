import { useQuery } from '../../../lib/use-query.ts';
import { getArticle, getArticles } from '../api/articles.ts';

export function useArticles(unit: string, limit: number) {
  return useQuery(`articles/${unit}/${limit}`, (signal) => getArticles(unit, limit, 0, signal));
}

export function useArticle(unit: string, id: string) {
  return useQuery(`article/${unit}/${id}`, (signal) => getArticle(unit, id, signal));
}
