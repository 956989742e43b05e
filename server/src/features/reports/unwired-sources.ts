import type { PaknFiguresT } from '@cchc/shared/api/figures';
import type { ReportSources } from './report-sources.ts';

/**
 * Until the composition root wires plans, progress, activities, articles and PAKN
 * figures in, the report has nothing to draw from: no plan, no counts, no PAKN. It then
 * says so plainly ("Chưa có kế hoạch…") rather than failing.
 */
export const unwiredReportSources: ReportSources = {
  counts: [],
  highlights: { highlights: async () => [] },
  plans: { planFor: async () => null },
  progress: {
    unit: async () => {
      throw new Error('progress is not wired');
    },
  },
  pakn: { figures: async (_ids, from, to): Promise<PaknFiguresT> => emptyFigures(from, to) },
};

export function emptyFigures(from: string, to: string): PaknFiguresT {
  return { from, to, received: 0, answered: 0, answeredOnTime: 0, overdue: 0, open: 0, rejected: 0, medianWorkingDays: null, rated: 0, satisfied: 0, satisfiedShare: null, byTopic: [], byField: [], byUnit: [], byMonth: [] };
}
