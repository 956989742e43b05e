import { sql } from 'kysely';
import type { GuideDetailT } from '@cchc/shared/api/catalog';
import type { ProcedureStatus, RevisionAction } from '../../db/schema.ts';
import type { ProcedureInput } from '@cchc/shared/api/procedure-content';
import type { Executor } from '../../db/executor.ts';

/** The list columns of every procedure still in force, for the unit's search index. */
export function listProcedureSummaries(db: Executor, unitId: number) {
  return db
    .selectFrom('procedures')
    .select(['code', 'name', 'field', 'online_level', 'summary'])
    // Who it is for and its conditions: searched too ("hộ nghèo"), never listed.
    .select(sql<string>`coalesce(detail->>'subjects', '') || ' ' || coalesce(detail->>'conditions', '')`.as('search_extra'))
    .where('unit_id', '=', unitId)
    .where('status', '!=', 'repealed')
    .execute();
}

export function findProcedure(db: Executor, unitId: number, code: string) {
  return db
    .selectFrom('procedures')
    .select(['id', 'code', 'name', 'field', 'online_level', 'summary', 'detail', 'status'])
    .where('unit_id', '=', unitId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export type ProcedureRow = NonNullable<Awaited<ReturnType<typeof findProcedure>>>;

export function listRevisions(db: Executor, procedureId: number) {
  return db
    .selectFrom('procedure_revisions')
    .select(['action', 'decision', 'decided_on', 'recorded_at'])
    .where('procedure_id', '=', procedureId)
    .orderBy('id')
    .execute();
}

export async function insertProcedure(db: Executor, unitId: number, p: ProcedureInput): Promise<number> {
  const row = await db
    .insertInto('procedures')
    .values({
      unit_id: unitId,
      code: p.code,
      name: p.name,
      field: p.field,
      online_level: p.onlineLevel,
      summary: p.summary,
      detail: JSON.stringify(p.content),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateProcedure(
  db: Executor,
  id: number,
  p: ProcedureInput,
  status: ProcedureStatus,
): Promise<void> {
  await db
    .updateTable('procedures')
    .set({
      name: p.name,
      field: p.field,
      online_level: p.onlineLevel,
      summary: p.summary,
      detail: JSON.stringify(p.content),
      status,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

export async function setProcedureStatus(db: Executor, id: number, status: ProcedureStatus): Promise<void> {
  await db.updateTable('procedures').set({ status, updated_at: new Date() }).where('id', '=', id).execute();
}

export interface NewRevision {
  unitId: number;
  procedureId: number;
  action: RevisionAction;
  decision: string;
  decidedOn: string | null;
  snapshot: ProcedureInput;
}

export async function insertRevision(db: Executor, r: NewRevision): Promise<void> {
  await db
    .insertInto('procedure_revisions')
    .values({
      unit_id: r.unitId,
      procedure_id: r.procedureId,
      action: r.action,
      decision: r.decision,
      decided_on: r.decidedOn,
      snapshot: JSON.stringify(r.snapshot),
    })
    .execute();
}

export function listHotlines(db: Executor, unitId: number) {
  return db
    .selectFrom('hotlines')
    .select(['name', 'phone', 'purpose', 'hours', 'is_demo'])
    .where('unit_id', '=', unitId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export function listGuides(db: Executor, unitId: number) {
  return db
    .selectFrom('guides')
    .select(['slug', 'title', 'summary', 'steps', 'links'])
    .where('unit_id', '=', unitId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export interface NewHotline {
  name: string;
  phone: string;
  purpose: string;
  hours: string;
  isDemo: boolean;
}

export async function replaceHotlines(db: Executor, unitId: number, hotlines: NewHotline[]): Promise<void> {
  await db.deleteFrom('hotlines').where('unit_id', '=', unitId).execute();
  if (hotlines.length === 0) return;
  await db
    .insertInto('hotlines')
    .values(hotlines.map((h, position) => ({ unit_id: unitId, name: h.name, phone: h.phone, purpose: h.purpose, hours: h.hours, is_demo: h.isDemo, position })))
    .execute();
}

export async function replaceGuides(db: Executor, unitId: number, guides: GuideDetailT[]): Promise<void> {
  await db.deleteFrom('guides').where('unit_id', '=', unitId).execute();
  if (guides.length === 0) return;
  await db
    .insertInto('guides')
    .values(
      guides.map((g, position) => ({
        unit_id: unitId,
        slug: g.slug,
        title: g.title,
        summary: g.summary,
        steps: JSON.stringify(g.steps),
        links: JSON.stringify(g.links),
        position,
      })),
    )
    .execute();
}
