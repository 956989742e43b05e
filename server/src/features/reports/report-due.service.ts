import type { Kysely } from 'kysely';
import type { ReportDueRuleBodyT, ReportDueRuleInputT, ReportDueRuleT, UpcomingReportsT } from '@cchc/shared/api/reports';
import { daysLeft, halfPeriod, quarterPeriod, vietnamDay, yearPeriod, type Period } from '@cchc/shared/plan/periods';
import type { DB } from '../../db/schema.ts';
import { ConflictError, InvalidInputError } from '../../lib/domain-errors.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import { findDueRule, insertDueRule, updateDueRule } from './reports.repository.ts';
import { count2 } from './report-wording.ts';

/** Seed 000: "Báo cáo … gửi trước ngày 05 của tháng cuối kỳ". */
export const DEFAULT_DUE_RULE: ReportDueRuleInputT = { dayOfMonth: 5, monthRule: 'last_month' };
/** The dashboard reminds this many days ahead. */
export const REMIND_DAYS = 15;

const pad = (n: number) => String(n).padStart(2, '0');

/** The day a period's report must be sent before. */
export function dueBefore(period: Period, rule: ReportDueRuleInputT): string {
  let year = Number(period.to.slice(0, 4));
  let month = Number(period.to.slice(5, 7));
  if (rule.monthRule === 'next_month') {
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return `${year}-${pad(month)}-${pad(rule.dayOfMonth)}`;
}

const previousDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export function describeRule(rule: ReportDueRuleInputT): string {
  return `Gửi báo cáo trước ngày ${count2(rule.dayOfMonth)} của ${rule.monthRule === 'last_month' ? 'tháng cuối kỳ' : 'tháng đầu tiên sau kỳ'} báo cáo.`;
}

/** The next report due of each kind (quarter, half-year, year), soonest first. */
export function upcomingReports(today: string, rule: ReportDueRuleInputT): UpcomingReportsT {
  const year = Number(today.slice(0, 4));
  const candidates: Period[] = [];
  for (const y of [year - 1, year, year + 1]) {
    for (let q = 1; q <= 4; q++) candidates.push(quarterPeriod(y, q));
    for (let h = 1; h <= 2; h++) candidates.push(halfPeriod(y, h));
    candidates.push(yearPeriod(y));
  }
  const items = [];
  for (const kind of ['quarter', 'half', 'year'] as const) {
    const next = candidates
      .filter((p) => p.kind === kind)
      .map((p) => ({ p, due: dueBefore(p, rule) }))
      .filter((x) => x.due > today)
      .sort((a, b) => (a.due < b.due ? -1 : 1))[0];
    const left = daysLeft(today, previousDay(next.due));
    items.push({ period: { key: next.p.key, kind: next.p.kind, label: next.p.label, from: next.p.from, to: next.p.to }, dueBefore: next.due, daysLeft: left, remind: left <= REMIND_DAYS });
  }
  items.sort((a, b) => (a.dueBefore < b.dueBefore ? -1 : a.dueBefore > b.dueBefore ? 1 : 0));
  return { today, items };
}

/** The province's rule for when periodic reports are due, and the reports due next. */
export class ReportDueService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly units: UnitDirectory,
  ) {}

  async rule(city: { id: number; slug: string; name: string; kind: string }): Promise<ReportDueRuleT> {
    const stored = await findDueRule(this.db, this.cityOnly(city).id);
    const rule = stored ?? { ...DEFAULT_DUE_RULE, version: 0 };
    return { unit: { slug: city.slug, name: city.name }, dayOfMonth: rule.dayOfMonth, monthRule: rule.monthRule, version: rule.version, isDefault: !stored, description: describeRule(rule) };
  }

  /** The rule a unit works to: its own for a city, its city's for a commune (read-only there). */
  async ruleOf(unit: { id: number; slug: string; name: string; kind: string }): Promise<ReportDueRuleT> {
    if (unit.kind === 'city') return this.rule(unit);
    const own = await this.units.get(unit.slug);
    if (!own.summary.parentSlug) return this.rule(unit);
    const city = await this.units.get(own.summary.parentSlug);
    return this.rule({ id: city.id, slug: city.slug, name: city.summary.name, kind: city.summary.kind });
  }

  async saveRule(city: { id: number; slug: string; name: string; kind: string }, body: ReportDueRuleBodyT, officerId: number): Promise<ReportDueRuleT> {
    const { version, ...rule } = body;
    const id = this.cityOnly(city).id;
    const saved = version === 0 ? await insertDueRule(this.db, id, rule, officerId) : await updateDueRule(this.db, id, rule, version, officerId);
    if (!saved) throw new ConflictError('CONFLICT', 'Hạn gửi báo cáo vừa được người khác thay đổi. Vui lòng tải lại trang rồi lưu lại.');
    return { unit: { slug: city.slug, name: city.name }, ...saved, isDefault: false, description: describeRule(saved) };
  }

  /** The next reports a unit owes, by its province's rule. */
  async upcoming(unit: { id: number; slug: string; kind: string }, today = vietnamDay(new Date())): Promise<UpcomingReportsT> {
    const cityId = await this.cityIdOf(unit);
    const stored = cityId === null ? null : await findDueRule(this.db, cityId);
    return upcomingReports(today, stored ?? DEFAULT_DUE_RULE);
  }

  private cityOnly<T extends { kind: string }>(unit: T): T {
    if (unit.kind !== 'city') throw new InvalidInputError('VALIDATION_FAILED', 'Hạn gửi báo cáo được đặt cho cả tỉnh, thành phố. Vui lòng chọn đơn vị cấp thành phố.');
    return unit;
  }

  private async cityIdOf(unit: { id: number; slug: string; kind: string }): Promise<number | null> {
    if (unit.kind === 'city') return unit.id;
    const own = await this.units.get(unit.slug);
    if (!own.summary.parentSlug) return null;
    return (await this.units.get(own.summary.parentSlug)).id;
  }
}
