import type { Kysely } from 'kysely';
import type { PlanInputT, PlanSummaryT, PlanT, PlanTargetT, PlanTaskT } from '@cchc/shared/api/plans';
import type { Period } from '@cchc/shared/plan/periods';
import type { DB } from '../../db/schema.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import { createPlan, planNotFound, removePlan, savePlan } from './plan-writes.ts';
import * as repo from './plans.repository.ts';

/** The unit a plan call acts on (unitFor's answer, or just the id and names). */
export interface PlanUnit {
  id: number;
  slug: string;
  name: string;
}

/** A plan's targets with the plan they belong to, for progress over many units. */
export interface UnitPlanTargets {
  unitId: number;
  plan: PlanSummaryT;
  targets: PlanTargetT[];
}

type TaskRow = Awaited<ReturnType<typeof repo.tasksOf>>[number];
type TargetRow = Awaited<ReturnType<typeof repo.targetsOf>>[number];

const toTask = (t: TaskRow): PlanTaskT => ({ id: t.id, position: t.position, content: t.content, lead: t.lead, partners: t.partners, timeframe: t.timeframe, product: t.product });
const toTarget = (t: TargetRow): PlanTargetT => ({
  id: t.id,
  position: t.position,
  label: t.label,
  channel: t.channel,
  kind: t.kind,
  minimum: t.minimum,
  periodicity: t.periodicity,
  office: t.office,
  taskIndex: t.task_position,
});
const toSummary = (p: repo.PlanRow, taskCount: number, targetCount: number): PlanSummaryT => ({
  id: p.id,
  number: p.number,
  title: p.title,
  from: p.starts_on,
  to: p.ends_on,
  taskCount,
  targetCount,
});

/**
 * Communication plans of a unit: list, read, create, save with a version, delete; and the
 * ports other features call (coveringPlan, planFor, targetsFor). Access (unitFor) is the
 * route's; every query here is scoped by the unit id it is given.
 */
export class PlansService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly units: UnitDirectory,
  ) {}

  async list(unit: PlanUnit): Promise<{ items: PlanSummaryT[] }> {
    const rows = await repo.listPlans(this.db, [unit.id]);
    return { items: rows.map((p) => toSummary(p, p.task_count, p.target_count)) };
  }

  async get(unit: PlanUnit, planId: number): Promise<PlanT> {
    const row = await repo.findPlan(this.db, unit.id, planId);
    if (!row) throw planNotFound();
    return this.full(row, unit);
  }

  async create(unit: PlanUnit, input: PlanInputT): Promise<PlanT> {
    return this.get(unit, await createPlan(this.db, unit.id, input));
  }

  async save(unit: PlanUnit, planId: number, input: PlanInputT & { version: number }): Promise<PlanT> {
    const { version, ...plan } = input;
    await savePlan(this.db, unit.id, planId, version, plan);
    return this.get(unit, planId);
  }

  async remove(unit: PlanUnit, planId: number): Promise<void> {
    await removePlan(this.db, unit.id, planId);
  }

  /** The plan whose span contains the day (activities refuse a day outside every plan). */
  async coveringPlan(unitId: number, day: string): Promise<{ id: number; from: string; to: string } | null> {
    const [row] = await repo.overlapping(this.db, unitId, day, day, null);
    return row ? { id: row.id, from: row.starts_on, to: row.ends_on } : null;
  }

  /** The plan overlapping the period (the latest starting one if several), with tasks and targets. */
  async planFor(unitId: number, period: Pick<Period, 'from' | 'to'>): Promise<PlanT | null> {
    const rows = await repo.overlapping(this.db, unitId, period.from, period.to, null);
    const row = rows.at(-1);
    if (!row) return null;
    const unit = await this.units.byId(unitId);
    return this.full(row, { slug: unit?.slug ?? '', name: unit?.summary.name ?? '' });
  }

  /** Every plan of these units overlapping [from, to], with their targets, in three queries. */
  async targetsFor(unitIds: number[], from: string, to: string): Promise<UnitPlanTargets[]> {
    const plans = await repo.plansOverlapping(this.db, unitIds, from, to);
    const ids = plans.map((p) => p.id);
    // The summary needs only how many tasks a plan has; targets are grouped once (a city has thousands).
    const [taskCounts, targets] = await Promise.all([repo.taskCounts(this.db, ids), repo.targetsOf(this.db, ids)]);
    const byPlan = new Map<number, (typeof targets)[number][]>();
    for (const t of targets) (byPlan.get(t.plan_id) ?? byPlan.set(t.plan_id, []).get(t.plan_id)!).push(t);
    return plans.map((p) => {
      const own = byPlan.get(p.id) ?? [];
      return { unitId: p.unit_id, plan: toSummary(p, taskCounts.get(p.id) ?? 0, own.length), targets: own.map(toTarget) };
    });
  }

  private async full(row: repo.PlanRow, unit: { slug: string; name: string }): Promise<PlanT> {
    const [tasks, targets] = await Promise.all([repo.tasksOf(this.db, [row.id]), repo.targetsOf(this.db, [row.id])]);
    return {
      id: row.id,
      unit: { slug: unit.slug, name: unit.name },
      number: row.number,
      signedOn: row.signed_on,
      title: row.title,
      legalBasis: row.legal_basis,
      from: row.starts_on,
      to: row.ends_on,
      tasks: tasks.map(toTask),
      targets: targets.map(toTarget),
      version: row.version,
      updatedAt: row.updated_at.toISOString(),
    };
  }
}
