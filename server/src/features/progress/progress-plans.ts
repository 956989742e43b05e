/** What progress calls of the plans feature (PlansService implements it). */
import type { PlanSummaryT, PlanTargetT } from '@cchc/shared/api/plans';

export interface ProgressPlans {
  targetsFor(unitIds: number[], from: string, to: string): Promise<{ unitId: number; plan: PlanSummaryT; targets: PlanTargetT[] }[]>;
}
