import type { Kysely } from 'kysely';
import type { PaknFiguresT } from '@cchc/shared/api/figures';
import {
  SIPAS_FACTORS,
  type CriterionFigureT,
  type FactorFigureT,
  type GranularityT,
  type GroupFigureT,
  type PublicSatisfactionT,
  type SatisfactionFiguresT,
  type SurveyCommentListT,
  type TrendPointT,
} from '@cchc/shared/api/satisfaction';
import { vietnamDay } from '@cchc/shared/plan/periods';
import type { DB } from '../../db/schema.ts';
import { NotFoundError } from '../../lib/domain-errors.ts';
import { slicesOf } from '../figures/figure-range.ts';
import { unitSettings } from '../units/unit-settings.service.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import { addTo, emptyHistogram, indexOf, merge, ratios766, type Histogram } from './indices.ts';
import type { QuestionSetsService } from './question-sets.service.ts';
import * as repo from './satisfaction.repository.ts';

/**
 * N for the survey of procedures: the one-stop desk's dossiers are counted by the national
 * system, not here, so a documented proxy stands for them: 300 dossiers a month per commune
 * (the order of what a commune's bộ phận một cửa receives), pro rata over the range's days.
 * Factor 5 (PAKN) takes the unit's PAKN received in the range instead.
 */
export const DOSSIERS_PER_COMMUNE_MONTH = 300;
export const POPULATION_NOTE =
  `N (tổng thể) của yếu tố 5 là số PAKN tiếp nhận trong kỳ; của các yếu tố khác và chỉ số chung là số hồ sơ ước tính ${DOSSIERS_PER_COMMUNE_MONTH} hồ sơ/tháng mỗi xã, phường (chưa nối số liệu hệ thống một cửa). `
  + 'Cỡ mẫu cần: n = N/(1+N·e²), e = 5%; chỉ số có mẫu nhỏ hơn được đánh dấu.';

/** What the service reads of other features, handed in by the composition root. */
export interface SatisfactionSources {
  pakn: { figures(unitIds: number[], from: string, to: string, today?: string): Promise<PaknFiguresT> };
  ratings: { unsatisfiedNotOverdue(unitIds: number[], from: string, to: string, today: string): Promise<number> };
  /** Name and lĩnh vực of a unit's procedures, by code (the catalog). */
  procedures(unitSlug: string): Promise<Map<string, { name: string; field: string }>>;
}

export interface CoveredUnit {
  id: number;
  slug: string;
  name: string;
  /** 'city' for a city (its figures are its communes'); other kinds read their own rows. */
  kind?: string;
}

const daysIn = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
const dossierProxy = (communes: number, days: number) => Math.round((DOSSIERS_PER_COMMUNE_MONTH * communes * days) / 30.4375);

function periodKey(month: string, granularity: GranularityT): string {
  if (granularity === 'year') return month.slice(0, 4);
  if (granularity === 'quarter') return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
  return month;
}

/** Satisfaction figures: the console's, the public ones of a publishing commune, and the report's. */
export class SatisfactionService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly units: UnitDirectory,
    private readonly sets: QuestionSetsService,
    private readonly sources: SatisfactionSources,
  ) {}

  async published(unitId: number): Promise<boolean> {
    return (await unitSettings.publishSatisfaction(this.db, unitId)) ?? false;
  }

  async setPublished(unit: { id: number; slug: string }, publish: boolean): Promise<{ publish: boolean }> {
    await unitSettings.setPublishSatisfaction(this.db, unit.id, publish);
    return { publish: await this.published(unit.id) };
  }

  /** The public figures of a commune that publishes them: no comment, nothing personal. */
  async publicFigures(unitSlug: string, from: string, to: string): Promise<PublicSatisfactionT> {
    const unit = await this.units.get(unitSlug);
    if (!(await this.published(unit.id))) {
      throw new NotFoundError('NOT_FOUND', `${unit.summary.name} chưa công khai chỉ số hài lòng. Vui lòng xem lại sau hoặc hỏi trực tiếp bộ phận một cửa.`);
    }
    const f = await this.figures({ id: unit.id, slug: unit.slug, name: unit.summary.name, kind: unit.summary.kind }, [{ id: unit.id, slug: unit.slug, name: unit.summary.name }], from, to, 'month');
    return { unit: f.unit, from: f.from, to: f.to, responses: f.responses, overall: f.overall, factors: f.factors, ratios: f.ratios };
  }

  /** Every figure of a unit (or of the communes a city covers) over a range of days. */
  async figures(unit: CoveredUnit, covered: CoveredUnit[], from: string, to: string, granularity: GranularityT, today = vietnamDay(new Date())): Promise<SatisfactionFiguresT> {
    const city = await this.sets.cityOf(unit.slug);
    const { set: current } = await this.sets.current(city.id);
    const codes = await repo.questionCodes(this.db, city.id);
    const overallCodes = codes.filter((c) => c.kind === 'overall').map((c) => c.code);
    const indexCodes = codes.filter((c) => c.kind !== 'criterion').map((c) => c.code);
    const byCode = new Map(codes.map((c) => [c.code, c]));
    const unitIds = covered.map((u) => u.id);
    const [rows, pakn, unsatisfied, published] = await Promise.all([
      // A city reads the rows rolled up under it (its communes are exactly what it covers).
      repo.counts(this.db, { city: unit.kind === 'city' ? unit.id : null, unitIds }, slicesOf(from, to), { overall: overallCodes, index: indexCodes }),
      this.sources.pakn.figures(unitIds, from, to, today),
      this.sources.ratings.unsatisfiedNotOverdue(unitIds, from, to, today),
      this.published(unit.id),
    ]);

    const communes = covered.length;
    const dossiers = dossierProxy(communes, daysIn(from, to));
    const all = new Map<string, Histogram>();
    const procedures = new Map<string, Histogram>();
    const perUnit = new Map<number, Histogram>();
    const perMonth = new Map<string, Map<string, Histogram>>();
    const responsesByMonth = new Map<string, number>();
    const expectations = new Map<string, number>();
    let responses = 0;
    const at = <K>(m: Map<K, Histogram>, k: K) => m.get(k) ?? m.set(k, emptyHistogram()).get(k)!;
    for (const r of rows) {
      if (r.g === 'all') {
        if (r.dim === 'q') addTo(at(all, r.key), r.value, r.n);
        else if (r.dim === 'p') addTo(at(procedures, r.key), r.value, r.n);
        else if (r.dim === 'r') responses += r.n;
        else expectations.set(r.key, (expectations.get(r.key) ?? 0) + r.n);
      } else if (r.g === 'unit' && r.dim === 'q') addTo(at(perUnit, r.unit_id!), r.value, r.n);
      else if (r.g === 'month') {
        if (r.dim === 'r') responsesByMonth.set(r.month!, (responsesByMonth.get(r.month!) ?? 0) + r.n);
        else if (r.dim === 'q') addTo(at(perMonth.get(r.month!) ?? perMonth.set(r.month!, new Map()).get(r.month!)!, r.key), r.value, r.n);
      }
    }

    const merged = (source: Map<string, Histogram>, pick: (c: { kind: string; factor: number | null }) => boolean) => {
      const h = emptyHistogram();
      for (const [code, hist] of source) {
        const c = byCode.get(code);
        if (c && pick(c)) merge(h, hist);
      }
      return h;
    };
    const factorsOf = (source: Map<string, Histogram>, paknReceived: number, tthc: number): FactorFigureT[] =>
      SIPAS_FACTORS.map((f) => ({
        factor: f.factor,
        name: f.name,
        ...indexOf(merged(source, (c) => c.kind === 'satisfaction' && c.factor === f.factor), f.factor === 5 ? paknReceived : tthc),
      }));
    const overallHist = merged(all, (c) => c.kind === 'overall');

    const criteria: CriterionFigureT[] = codes.filter((c) => c.kind === 'criterion').map((c) => {
      const fig = indexOf(all.get(c.code) ?? emptyHistogram(), null);
      return { code: c.code, factor: c.factor, text: c.text, n: fig.n, mean: fig.mean, share: fig.share };
    }).sort((a, b) => (a.mean ?? 99) - (b.mean ?? 99) || a.code.localeCompare(b.code));

    const unitPopulation = dossierProxy(1, daysIn(from, to));
    const byUnit: GroupFigureT[] = covered.map((u) => ({ key: u.slug, name: u.name, ...indexOf(perUnit.get(u.id) ?? emptyHistogram(), unitPopulation) }));

    const names = await this.procedureNames(covered, [...procedures.keys()].filter((k) => k !== ''));
    const byProcedure: GroupFigureT[] = [...procedures].map(([code, h]) => ({
      key: code, name: code === '' ? 'Không ghi thủ tục' : names.get(code)?.name ?? code, ...indexOf(h, null),
    })).sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
    const fields = new Map<string, Histogram>();
    for (const [code, h] of procedures) merge(at(fields, code === '' ? '' : names.get(code)?.field ?? ''), h);
    const byField: GroupFigureT[] = [...fields].map(([field, h]) => ({ key: field, name: field === '' ? 'Không rõ lĩnh vực' : field, ...indexOf(h, null) }))
      .sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));

    // Trend: the months of the range grouped by the granularity.
    const trendHists = new Map<string, { months: Map<string, Histogram>; responses: number; paknReceived: number; days: number }>();
    for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = nextMonth(m)) {
      const key = periodKey(m, granularity);
      const point = trendHists.get(key) ?? trendHists.set(key, { months: new Map(), responses: 0, paknReceived: 0, days: 0 }).get(key)!;
      for (const [code, h] of perMonth.get(m) ?? []) merge(at(point.months, code), h);
      point.responses += responsesByMonth.get(m) ?? 0;
      point.paknReceived += pakn.byMonth.find((b) => b.month === m)?.received ?? 0;
      const first = m === from.slice(0, 7) ? from : `${m}-01`;
      const last = m === to.slice(0, 7) ? to : monthEnd(m);
      point.days += daysIn(first, last);
    }
    const trend: TrendPointT[] = [...trendHists].map(([period, p]) => {
      const tthc = dossierProxy(communes, p.days);
      return {
        period,
        responses: p.responses,
        overall: indexOf(merged(p.months, (c) => c.kind === 'overall'), tthc),
        factors: factorsOf(p.months, p.paknReceived, tthc),
      };
    });

    const expectationText = new Map(current.expectations.map((e) => [e.code, e.text]));
    return {
      unit: { slug: unit.slug, name: unit.name },
      from,
      to,
      granularity,
      responses,
      published,
      overall: indexOf(overallHist, dossiers),
      factors: factorsOf(all, pakn.received, dossiers),
      ratios: ratios766({ received: pakn.received, rejected: pakn.rejected, answeredOnTime: pakn.answeredOnTime, overdue: pakn.overdue, unsatisfiedNotOverdue: unsatisfied }, overallHist),
      criteria,
      weakest: criteria.filter((c) => c.n > 0).slice(0, 3),
      expectations: [...expectations].map(([code, count]) => ({ code, text: expectationText.get(code) ?? code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
      byUnit,
      byProcedure,
      byField,
      trend,
      populationNote: POPULATION_NOTE,
    };
  }

  /** The comments of the range, newest first (console only: they may hold personal data). */
  async comments(covered: CoveredUnit[], from: string, to: string, limit: number, offset: number): Promise<SurveyCommentListT> {
    const { rows, total } = await repo.comments(this.db, covered.map((u) => u.id), { from, to }, limit, offset);
    const unitOf = new Map(covered.map((u) => [u.id, u]));
    return {
      total,
      items: rows.map((r) => ({
        id: r.id,
        receivedAt: r.received_at.toISOString(),
        unit: { slug: unitOf.get(r.unit_id)?.slug ?? '', name: unitOf.get(r.unit_id)?.name ?? '' },
        comment: r.comment,
        overall: r.overall,
        procedureCode: r.procedure_code,
        feedbackCode: r.feedback_code,
        desk: r.desk,
        questionSetVersion: r.version,
      })),
    };
  }

  /** Names and lĩnh vực of the codes, from the covered units' catalogs (a code is national: the first found). */
  private async procedureNames(covered: CoveredUnit[], codes: string[]): Promise<Map<string, { name: string; field: string }>> {
    const out = new Map<string, { name: string; field: string }>();
    if (codes.length === 0) return out;
    for (const u of covered) {
      const catalog = await this.sources.procedures(u.slug);
      for (const code of codes) if (!out.has(code) && catalog.has(code)) out.set(code, catalog.get(code)!);
      if (out.size === codes.length) break;
    }
    return out;
  }
}

function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function monthEnd(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
