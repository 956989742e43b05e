import type { OfficerRoleT } from '@cchc/shared/api/console';
import type { FeedbackStatusT } from '@cchc/shared/api/feedback';

export interface Viewer {
  role: OfficerRoleT;
  unitId: number;
}

export interface IdentityFacts {
  hideIdentity: boolean;
  status: FeedbackStatusT;
  unitId: number;
  transferredFromUnitId: number | null;
}

/**
 * A citizen may ask that handling units not see who they are (as Hue-S does). Only
 * the receiving desk sees the contact: the unit that received it, while it is still
 * new (before classification, assignment or transfer). The city administrator, who
 * answers for the whole system, always sees it.
 */
export function seesIdentity(viewer: Viewer, item: IdentityFacts): boolean {
  if (!item.hideIdentity || viewer.role === 'city_admin') return true;
  return item.status === 'moi' && item.transferredFromUnitId === null && viewer.unitId === item.unitId;
}
