/** The only reader and writer of `plans`, `plan_tasks` and `plan_targets`. */
import { sql } from 'kysely';
import type { PlanInputT } from '@cchc/shared/api/plans';
import type { Executor } from '../../db/executor.ts';

const PLAN_LOCK_SPACE = 8010;

export interface PlanRow {
  id: number;
  unit_id: number;
  number: string;
  signed_on: string | null;
  title: string;
  legal_basis: string[];
  starts_on: string;
  ends_on: string;
  version: number;
  updated_at: Date;
}

const PLAN_COLUMNS = ['id', 'unit_id', 'number', 'signed_on', 'title', 'legal_basis', 'starts_on', 'ends_on', 'version', 'updated_at'] as const;

/** Serialises plan writes of one unit (overlap checks) until the transaction ends, across processes. */
export async function lockUnitPlans(tx: Executor, unitId: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(${PLAN_LOCK_SPACE}::int, ${unitId}::int)`.execute(tx);
}

export async function listPlans(db: Executor, unitIds: number[]): Promise<(PlanRow & { task_count: number; target_count: number })[]> {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('plans')
    .select(PLAN_COLUMNS)
    .select([
      (eb) => eb.selectFrom('plan_tasks').whereRef('plan_tasks.plan_id', '=', 'plans.id').select(sql<number>`count(*)::int`.as('c')).as('task_count'),
      (eb) => eb.selectFrom('plan_targets').whereRef('plan_targets.plan_id', '=', 'plans.id').select(sql<number>`count(*)::int`.as('c')).as('target_count'),
    ])
    .where('unit_id', 'in', unitIds)
    .orderBy('starts_on', 'desc')
    .execute() as Promise<(PlanRow & { task_count: number; target_count: number })[]>;
}

export async function findPlan(db: Executor, unitId: number, planId: number): Promise<PlanRow | undefined> {
  return db.selectFrom('plans').select(PLAN_COLUMNS).where('unit_id', '=', unitId).where('id', '=', planId).executeTakeFirst();
}

/** Plans of the unit whose span overlaps [from, to], except one. */
export async function overlapping(db: Executor, unitId: number, from: string, to: string, exceptId: number | null): Promise<PlanRow[]> {
  return db
    .selectFrom('plans')
    .select(PLAN_COLUMNS)
    .where('unit_id', '=', unitId)
    .where('starts_on', '<=', to)
    .where('ends_on', '>=', from)
    .$if(exceptId !== null, (qb) => qb.where('id', '<>', exceptId!))
    .orderBy('starts_on')
    .execute();
}

/** Plans of these units overlapping [from, to] (progress, the city view). */
export async function plansOverlapping(db: Executor, unitIds: number[], from: string, to: string): Promise<PlanRow[]> {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('plans')
    .select(PLAN_COLUMNS)
    .where('unit_id', 'in', unitIds)
    .where('starts_on', '<=', to)
    .where('ends_on', '>=', from)
    .orderBy('unit_id')
    .orderBy('starts_on')
    .execute();
}

export async function tasksOf(db: Executor, planIds: number[]) {
  if (planIds.length === 0) return [];
  return db.selectFrom('plan_tasks').selectAll().where('plan_id', 'in', planIds).orderBy('plan_id').orderBy('position').execute();
}

/** How many tasks each plan has (a plan without tasks is absent). */
export async function taskCounts(db: Executor, planIds: number[]): Promise<Map<number, number>> {
  if (planIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('plan_tasks')
    .select(['plan_id', sql<number>`count(*)::int`.as('n')])
    .where('plan_id', 'in', planIds)
    .groupBy('plan_id')
    .execute();
  return new Map(rows.map((r) => [r.plan_id, r.n]));
}

export async function targetsOf(db: Executor, planIds: number[]) {
  if (planIds.length === 0) return [];
  return db.selectFrom('plan_targets').selectAll().where('plan_id', 'in', planIds).orderBy('plan_id').orderBy('position').execute();
}

export async function insertPlan(tx: Executor, unitId: number, input: PlanInputT): Promise<number> {
  const row = await tx
    .insertInto('plans')
    .values({
      unit_id: unitId,
      number: input.number,
      signed_on: input.signedOn,
      title: input.title,
      legal_basis: JSON.stringify(input.legalBasis),
      starts_on: input.from,
      ends_on: input.to,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Updates the header only when the version still matches; false when someone saved in between. */
export async function updatePlanHeader(tx: Executor, unitId: number, planId: number, version: number, input: PlanInputT): Promise<boolean> {
  const result = await tx
    .updateTable('plans')
    .set({
      number: input.number,
      signed_on: input.signedOn,
      title: input.title,
      legal_basis: JSON.stringify(input.legalBasis),
      starts_on: input.from,
      ends_on: input.to,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('unit_id', '=', unitId)
    .where('id', '=', planId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceContent(tx: Executor, planId: number, input: PlanInputT): Promise<void> {
  await tx.deleteFrom('plan_targets').where('plan_id', '=', planId).execute();
  await tx.deleteFrom('plan_tasks').where('plan_id', '=', planId).execute();
  if (input.tasks.length > 0) {
    await tx
      .insertInto('plan_tasks')
      .values(input.tasks.map((t, position) => ({ plan_id: planId, position, content: t.content, lead: t.lead, partners: t.partners, timeframe: t.timeframe, product: t.product })))
      .execute();
  }
  if (input.targets.length > 0) {
    await tx
      .insertInto('plan_targets')
      .values(
        input.targets.map((t, position) => ({
          plan_id: planId,
          position,
          label: t.label,
          channel: t.channel,
          kind: t.kind,
          minimum: t.minimum,
          periodicity: t.periodicity,
          office: t.office,
          task_position: t.taskIndex,
        })),
      )
      .execute();
  }
}

export async function deletePlan(tx: Executor, unitId: number, planId: number): Promise<boolean> {
  const result = await tx.deleteFrom('plans').where('unit_id', '=', unitId).where('id', '=', planId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Whether a plan with this title and span already exists for the unit (idempotent demo seeding). */
export async function hasPlanStarting(db: Executor, unitId: number, from: string): Promise<boolean> {
  return (await db.selectFrom('plans').select('id').where('unit_id', '=', unitId).where('starts_on', '=', from).executeTakeFirst()) !== undefined;
}
