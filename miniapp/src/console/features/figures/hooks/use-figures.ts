import { useQuery } from '../../../../lib/use-query.ts';
import { getFigures } from '../api/figures.ts';

export const useFigures = (unit: string, period: string) =>
  useQuery(`console/figures/${unit}/${period}`, (s) => getFigures(unit, period, s), { keepPrevious: true });
