import type { ReportDueRuleInputT, ReportTextsInputT } from '@cchc/shared/api/reports';
import type { Executor } from '../../db/executor.ts';

export interface StoredTexts extends ReportTextsInputT {
  version: number;
  updatedAt: Date;
}

const TEXT_COLUMNS = ['direction', 'shortcomings', 'next_steps', 'number', 'signer_title', 'signer_name', 'version', 'updated_at'] as const;

function toTexts(r: { direction: string; shortcomings: string; next_steps: string; number: string; signer_title: string; signer_name: string; version: number; updated_at: Date }): StoredTexts {
  return { direction: r.direction, shortcomings: r.shortcomings, nextSteps: r.next_steps, number: r.number, signerTitle: r.signer_title, signerName: r.signer_name, version: r.version, updatedAt: r.updated_at };
}

export async function findTexts(db: Executor, unitId: number, periodKey: string): Promise<StoredTexts | null> {
  const row = await db.selectFrom('report_texts').select(TEXT_COLUMNS).where('unit_id', '=', unitId).where('period_key', '=', periodKey).executeTakeFirst();
  return row ? toTexts(row) : null;
}

const columns = (t: ReportTextsInputT) => ({
  direction: t.direction,
  shortcomings: t.shortcomings,
  next_steps: t.nextSteps,
  number: t.number,
  signer_title: t.signerTitle,
  signer_name: t.signerName,
});

/** The first save of a period's texts; null when someone saved first. */
export async function insertTexts(db: Executor, unitId: number, periodKey: string, t: ReportTextsInputT, officerId: number): Promise<StoredTexts | null> {
  const row = await db
    .insertInto('report_texts')
    .values({ unit_id: unitId, period_key: periodKey, ...columns(t), updated_by: officerId })
    .onConflict((oc) => oc.columns(['unit_id', 'period_key']).doNothing())
    .returning(TEXT_COLUMNS)
    .executeTakeFirst();
  return row ? toTexts(row) : null;
}

/** Saves over the version read; null when it is stale. */
export async function updateTexts(db: Executor, unitId: number, periodKey: string, t: ReportTextsInputT, version: number, officerId: number): Promise<StoredTexts | null> {
  const row = await db
    .updateTable('report_texts')
    .set((eb) => ({ ...columns(t), updated_by: officerId, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('unit_id', '=', unitId)
    .where('period_key', '=', periodKey)
    .where('version', '=', version)
    .returning(TEXT_COLUMNS)
    .executeTakeFirst();
  return row ? toTexts(row) : null;
}

export interface StoredDueRule extends ReportDueRuleInputT {
  version: number;
}

export async function findDueRule(db: Executor, cityUnitId: number): Promise<StoredDueRule | null> {
  const row = await db.selectFrom('report_due_settings').select(['day_of_month', 'month_rule', 'version']).where('city_unit_id', '=', cityUnitId).executeTakeFirst();
  return row ? { dayOfMonth: row.day_of_month, monthRule: row.month_rule, version: row.version } : null;
}

export async function insertDueRule(db: Executor, cityUnitId: number, rule: ReportDueRuleInputT, officerId: number): Promise<StoredDueRule | null> {
  const row = await db
    .insertInto('report_due_settings')
    .values({ city_unit_id: cityUnitId, day_of_month: rule.dayOfMonth, month_rule: rule.monthRule, updated_by: officerId })
    .onConflict((oc) => oc.column('city_unit_id').doNothing())
    .returning(['day_of_month', 'month_rule', 'version'])
    .executeTakeFirst();
  return row ? { dayOfMonth: row.day_of_month, monthRule: row.month_rule, version: row.version } : null;
}

export async function updateDueRule(db: Executor, cityUnitId: number, rule: ReportDueRuleInputT, version: number, officerId: number): Promise<StoredDueRule | null> {
  const row = await db
    .updateTable('report_due_settings')
    .set((eb) => ({ day_of_month: rule.dayOfMonth, month_rule: rule.monthRule, updated_by: officerId, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('city_unit_id', '=', cityUnitId)
    .where('version', '=', version)
    .returning(['day_of_month', 'month_rule', 'version'])
    .executeTakeFirst();
  return row ? { dayOfMonth: row.day_of_month, monthRule: row.month_rule, version: row.version } : null;
}
