import { useQuery } from '../../../../lib/use-query.ts';
import { getComments, getPublication, getQuestionSet, getSatisfaction, listQuestionSets } from '../api/satisfaction.ts';
import type { SatisfactionQuery } from '../lib/satisfaction-query.ts';

export const useSatisfaction = (unit: string, q: SatisfactionQuery) =>
  useQuery(`console/satisfaction/${unit}/${q.period}`, (s) => getSatisfaction(unit, q, s), { keepPrevious: true });

export const useSurveyComments = (unit: string, range: { from: string; to: string } | null, limit: number, offset: number) =>
  useQuery(range ? `console/satisfaction-comments/${unit}/${range.from}/${range.to}/${limit}/${offset}` : null, (s) => getComments(unit, range!, limit, offset, s), {
    keepPrevious: true,
  });

export const usePublication = (unit: string, enabled: boolean) =>
  useQuery(enabled ? `console/satisfaction-publication/${unit}` : null, (s) => getPublication(unit, s));

export const useQuestionSets = () => useQuery('console/question-sets', (s) => listQuestionSets(s));

export const useQuestionSet = (id: number) => useQuery(`console/question-sets/${id}`, (s) => getQuestionSet(id, s));
