import { useQuery } from '../../../lib/use-query.ts';
import { getCurrentSurvey, getPublicSatisfaction } from '../api/surveys.ts';

export function useCurrentSurvey(unit: string | null) {
  return useQuery(unit ? `survey-current/${unit}` : null, (signal) => getCurrentSurvey(unit!, signal));
}

export function usePublicSatisfaction(unit: string) {
  return useQuery(`satisfaction-public/${unit}`, (signal) => getPublicSatisfaction(unit, signal));
}
