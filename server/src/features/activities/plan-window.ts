/**
 * What the activities feature asks of the plans feature: which plan of a unit covers a
 * day. The composition root hands in the plans service (or, until it exists, another
 * honest source of plan spans).
 */
export interface PlanWindow {
  coveringPlan(unitId: number, day: string): Promise<{ id: number; from: string; to: string } | null>;
}

/**
 * Until the plans feature is wired in the composition root: every day lies in its
 * calendar year's window. Replace with the plans service (its coveringPlan) at merge.
 */
export const calendarYearWindow: PlanWindow = {
  async coveringPlan(_unitId, day) {
    const year = Number(day.slice(0, 4));
    return { id: year, from: `${year}-01-01`, to: `${year}-12-31` };
  },
};
