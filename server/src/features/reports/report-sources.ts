import type { PaknFiguresT } from '@cchc/shared/api/figures';
import type { PlanT, UnitProgressT } from '@cchc/shared/api/plans';
import type { SatisfactionFiguresT } from '@cchc/shared/api/satisfaction';
import type { Period } from '@cchc/shared/plan/periods';
import type { ChannelT, CountSource, KindT } from '@cchc/shared/plan/vocabulary';

/**
 * Exactly what the report calls in other features (the composition root wires them):
 * the count sources (activities, articles), the activities' highlights, the plan of the
 * period, progress against its targets and the PAKN figures.
 */
export interface ReportSources {
  counts: CountSource[];
  highlights: {
    highlights(unitId: number, fromDay: string, toDay: string): Promise<{ day: string; channel: ChannelT; kind: KindT; title: string; count: number; attendees: number }[]>;
  };
  plans: { planFor(unitId: number, period: Period): Promise<PlanT | null> };
  progress: { unit(unitId: number, periodKey: string, today?: string): Promise<UnitProgressT> };
  pakn: { figures(unitIds: number[], fromDay: string, toDay: string): Promise<PaknFiguresT> };
  /** The satisfaction survey's figures (issue 10); absent: the report says there are none. */
  satisfaction?: { figures(unitId: number, coveredIds: number[], fromDay: string, toDay: string): Promise<SatisfactionFiguresT> };
}
