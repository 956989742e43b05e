import type { CityProgressRowT, CityProgressT, TargetProgressT, UnitProgressT } from '@cchc/shared/api/plans';
import type { ProgressSeriesT, ProgressWarningsT } from '@cchc/shared/api/progress';
import { countSpans } from '@cchc/shared/plan/count-spans';
import { parsePeriod, periodOf, vietnamDay, type Period } from '@cchc/shared/plan/periods';
import { byWhoIsBehind, periodInfo, progressFor, score, summarize } from '@cchc/shared/plan/progress';
import type { ChannelT, CountRowT, CountSource, KindT } from '@cchc/shared/plan/vocabulary';
import { compareVietnamese } from '@cchc/shared/text/collate';
import { InvalidInputError } from '../../lib/domain-errors.ts';
import type { ProgressPlans } from './progress-plans.ts';
import type { ProgressUnits } from './progress-units.ts';

export const badPeriod = (key: string) =>
  new InvalidInputError('VALIDATION_FAILED', `Kỳ "${key.slice(0, 20)}" không hợp lệ. Hãy chọn năm (2026), 6 tháng (2026-H1), quý (2026-Q1) hoặc tháng (2026-03).`);

/** Done versus required for every target and period, a unit's and the city's, from every CountSource. */
export class ProgressService {
  constructor(
    private readonly plans: ProgressPlans,
    private readonly sources: CountSource[],
    private readonly units: ProgressUnits,
  ) {}

  period(key: string): Period {
    const period = parsePeriod(key);
    if (!period) throw badPeriod(key);
    return period;
  }

  /**
   * Every source's rows of the units over [from, to], per unit: summed per span, cut at every
   * month and at the plans' bounds (count-spans.ts), so each target's window is whole spans.
   */
  private async counts(unitIds: number[], from: string, to: string, plans: readonly { from: string; to: string }[]): Promise<Map<number, CountRowT[]>> {
    const byUnit = new Map<number, CountRowT[]>();
    const spans = countSpans(from, to, plans);
    const all = await Promise.all(this.sources.map((s) => s.counts(unitIds, from, to, spans)));
    for (const rows of all) for (const r of rows) {
      let list = byUnit.get(r.unitId);
      if (!list) byUnit.set(r.unitId, (list = []));
      list.push(r);
    }
    return byUnit;
  }

  /** Each unit's target progress for the period, and its latest overlapping plan. */
  private async perUnit(unitIds: number[], period: Period, today: string) {
    const plans = await this.plans.targetsFor(unitIds, period.from, period.to);
    const from = plans.reduce((d, p) => (p.plan.from < d ? p.plan.from : d), period.from);
    const to = plans.reduce((d, p) => (p.plan.to > d ? p.plan.to : d), period.to);
    const rows = plans.length > 0 ? await this.counts([...new Set(plans.map((p) => p.unitId))], from, to, plans.map((p) => p.plan)) : new Map<number, CountRowT[]>();
    const out = new Map<number, { plan: (typeof plans)[number]['plan']; targets: TargetProgressT[] }>();
    for (const p of plans) {
      const items = progressFor(p.targets, p.plan, period, rows.get(p.unitId) ?? [], today);
      const prev = out.get(p.unitId);
      out.set(p.unitId, { plan: p.plan, targets: [...(prev?.targets ?? []), ...items] });
    }
    return out;
  }

  async unit(unitId: number, periodKey: string, today = vietnamDay(new Date())): Promise<UnitProgressT> {
    const period = this.period(periodKey);
    const unit = await this.units.byId(unitId);
    const found = (await this.perUnit([unitId], period, today)).get(unitId);
    const targets = found?.targets ?? [];
    return { unit: { slug: unit?.slug ?? '', name: unit?.summary.name ?? '' }, period: periodInfo(period), plan: found?.plan ?? null, targets, summary: summarize(targets) };
  }

  async city(cityUnitId: number, periodKey: string, today = vietnamDay(new Date())): Promise<CityProgressT> {
    const period = this.period(periodKey);
    const communes = await this.communesOf(cityUnitId);
    const found = await this.perUnit(communes.map((c) => c.id), period, today);
    const items: CityProgressRowT[] = communes.map((c) => {
      const f = found.get(c.id);
      const targets = f?.targets ?? [];
      const s = summarize(targets);
      return { unit: { slug: c.slug, name: c.name }, hasPlan: f !== undefined, met: s.met, missed: s.missed, ongoing: s.ongoing, atRisk: s.atRisk, score: f ? score(targets) : null, targetCount: targets.length };
    });
    return { period: periodInfo(period), items: items.sort(byWhoIsBehind(compareVietnamese)) };
  }

  /** Targets at risk today in each of their current periods, for a unit or (a city) its communes. */
  async warnings(unitId: number, today = vietnamDay(new Date())): Promise<ProgressWarningsT> {
    const unit = await this.units.byId(unitId);
    const covered = unit?.summary.kind === 'city' ? await this.communesOf(unitId) : [{ id: unitId, slug: unit?.slug ?? '', name: unit?.summary.name ?? '' }];
    const names = new Map(covered.map((c) => [c.id, { slug: c.slug, name: c.name }]));
    const day = { from: today, to: today };
    const plans = await this.plans.targetsFor(covered.map((c) => c.id), today, today);
    if (plans.length === 0) return { today, items: [] };
    const from = periodOf('year', today).from;
    const rows = await this.counts([...new Set(plans.map((p) => p.unitId))], from < plans[0].plan.from ? from : plans[0].plan.from, periodOf('year', today).to, plans.map((p) => p.plan));
    const items = plans.flatMap((p) =>
      progressFor(p.targets, p.plan, day, rows.get(p.unitId) ?? [], today)
        .filter((t) => t.atRisk)
        .map((t) => ({ unit: names.get(p.unitId)!, ...t })),
    );
    return { today, items: items.sort((a, b) => a.daysLeft - b.daysLeft || b.required - b.done - (a.required - a.done)) };
  }

  /** Monthly sums per channel and kind, for the dashboard's charts. */
  async series(unitIds: number[], fromDay: string, toDay: string): Promise<ProgressSeriesT['items']> {
    const sums = new Map<string, { month: string; channel: ChannelT; kind: KindT; count: number }>();
    for (const rows of (await this.counts(unitIds, fromDay, toDay, [])).values()) {
      for (const r of rows) {
        const key = `${r.day.slice(0, 7)}|${r.channel}|${r.kind}`;
        const s = sums.get(key);
        if (s) s.count += r.count;
        else sums.set(key, { month: r.day.slice(0, 7), channel: r.channel, kind: r.kind, count: r.count });
      }
    }
    return [...sums.values()].sort((a, b) => a.month.localeCompare(b.month) || a.channel.localeCompare(b.channel) || a.kind.localeCompare(b.kind));
  }

  private async communesOf(cityUnitId: number): Promise<{ id: number; slug: string; name: string }[]> {
    const city = await this.units.byId(cityUnitId);
    if (!city) return [];
    const all = await this.units.list();
    const out: { id: number; slug: string; name: string }[] = [];
    for (const s of all) {
      if (s.parentSlug !== city.slug) continue;
      out.push({ id: (await this.units.get(s.slug)).id, slug: s.slug, name: s.name });
    }
    return out;
  }
}
