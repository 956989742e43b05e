import type { Kysely } from 'kysely';
import type {
  FieldCountT,
  GuideDetailT,
  GuideSummaryT,
  HotlineT,
  ProcedureDetailT,
  ProcedureListT,
  ProcedureSummaryT,
  ReferralRulesFileT,
  ReferralT,
} from '@cchc/shared/api/catalog';
import { isHttpUrl } from '@cchc/shared/api/common';
import { answerSearch } from '@cchc/shared/search/answer';
import { ReferralMatcher, sameName, type ReferralRule } from '@cchc/shared/search/referrals';
import { SearchIndex } from '@cchc/shared/search/search-index';
import { compareVietnamese } from '@cchc/shared/text/collate';
import { cleanText, foldForSearch } from '@cchc/shared/text/normalize';
import type { DB } from '../../db/schema.ts';
import { guideNotFound, procedureNotFound } from '../../lib/domain-errors.ts';
import { unitSettings } from '../units/unit-settings.service.ts';
import type { Unit, UnitDirectory } from '../units/units.service.ts';
import * as repo from './catalog.repository.ts';

const MAX_CACHED_DETAILS = 20_000;
/** A referral rule with the number to call resolved from the unit's (or its province's) hotlines. */
type ResolvedReferral = ReferralRule & { answer: ReferralT };

interface SearchResult {
  items: ProcedureSummaryT[];
  referrals: ReferralT[];
}

interface Snapshot {
  unitId: number;
  version: number;
  checkedAt: number;
  /** In force, ordered by lĩnh vực then name. */
  procedures: ProcedureSummaryT[];
  byCode: Map<string, ProcedureSummaryT>;
  index: SearchIndex;
  referrals: ReferralMatcher<ResolvedReferral>;
  /** Citizens ask the same few things: recent answers are kept per catalog version. */
  searches: Map<string, SearchResult>;
  fields: FieldCountT[];
  hotlines: HotlineT[];
  guides: GuideDetailT[];
}

export interface CatalogSearchOptions {
  /** Province slug → what another agency handles (REFERRALS_FILE). */
  referrals?: ReferralRulesFileT;
  /** Answers kept per unit; 0: none. */
  searchCacheSize?: number;
}

export interface ProcedureQuery {
  q?: string;
  field?: string;
  limit?: number;
  offset?: number;
}

/** A catalog answer plus the version it was read at, for ETags. */
export interface Versioned<T> {
  version: string;
  body: T;
}

/**
 * The public catalog of each unit, read from the database and kept in memory:
 * it changes a few times a month and is read on every screen of the Mini App.
 * Search runs on an in-memory index built from the same rows.
 */
export class CatalogService {
  private readonly snapshots = new Map<number, Snapshot>();
  private readonly loading = new Map<number, Promise<Snapshot>>();
  private readonly details = new Map<string, { version: number; body: ProcedureDetailT }>();

  /**
   * @param refreshMs how long this process trusts its copy of a unit's catalog before
   * asking the database for the version (changes made by another process show after this).
   */
  constructor(
    private readonly db: Kysely<DB>,
    private readonly units: UnitDirectory,
    private readonly refreshMs: number,
    private readonly options: CatalogSearchOptions = {},
  ) {}

  async listProcedures(unitSlug: string, query: ProcedureQuery): Promise<Versioned<ProcedureListT>> {
    const snap = await this.snapshot(await this.units.get(unitSlug));
    const q = cleanText(query.q ?? '');
    const field = foldForSearch(query.field ?? '');
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 20;
    if (q !== '' && field === '' && (this.options.searchCacheSize ?? 2000) === 0) {
      // No answer cache: only the page is ranked in full and looked up.
      const answer = answerSearch(snap.index, snap.referrals, q, { offset, limit });
      const items = answer.hits.map((hit) => snap.byCode.get(hit.key)!);
      const referrals = answer.referrals.map((r) => r.answer);
      return versioned(snap, { items, total: answer.total, referrals });
    }
    const found = q === '' ? { items: snap.procedures, referrals: [] } : this.search(snap, q);
    let matches = found.items;
    if (field !== '') matches = matches.filter((p) => foldForSearch(p.field) === field);
    return versioned(snap, { items: matches.slice(offset, offset + limit), total: matches.length, referrals: found.referrals });
  }

  private search(snap: Snapshot, q: string): SearchResult {
    const size = this.options.searchCacheSize ?? 2000;
    const key = q.toLowerCase();
    const cached = size > 0 ? snap.searches.get(key) : undefined;
    if (cached) return cached;
    const answer = answerSearch(snap.index, snap.referrals, q);
    const found = { items: answer.hits.map((hit) => snap.byCode.get(hit.key)!), referrals: answer.referrals.map((r) => r.answer) };
    if (size === 0) return found;
    if (snap.searches.size >= size) snap.searches.delete(snap.searches.keys().next().value!);
    snap.searches.set(key, found);
    return found;
  }

  /** Name and lĩnh vực of each of the unit's procedures, by code (the satisfaction figures by procedure and lĩnh vực). */
  async procedureIndex(unitSlug: string): Promise<Map<string, { name: string; field: string }>> {
    const snap = await this.snapshot(await this.units.get(unitSlug));
    return new Map([...snap.byCode].map(([code, p]) => [code, { name: p.name, field: p.field }]));
  }

  async listFields(unitSlug: string): Promise<Versioned<{ items: FieldCountT[] }>> {
    const snap = await this.snapshot(await this.units.get(unitSlug));
    return versioned(snap, { items: snap.fields });
  }

  async getProcedure(unitSlug: string, code: string): Promise<Versioned<ProcedureDetailT>> {
    const unit = await this.units.get(unitSlug);
    const snap = await this.snapshot(unit);
    const key = `${unit.id}:${code}`;
    const cached = this.details.get(key);
    if (cached && cached.version === snap.version) return versioned(snap, cached.body);

    const row = await repo.findProcedure(this.db, unit.id, code);
    if (!row) throw procedureNotFound();
    const revisions = await repo.listRevisions(this.db, row.id);
    const body = toDetail(row, revisions);
    if (this.details.size >= MAX_CACHED_DETAILS) this.details.delete(this.details.keys().next().value!);
    this.details.set(key, { version: snap.version, body });
    return versioned(snap, body);
  }

  async listHotlines(unitSlug: string): Promise<Versioned<{ items: HotlineT[] }>> {
    const snap = await this.snapshot(await this.units.get(unitSlug));
    return versioned(snap, { items: snap.hotlines });
  }

  async listGuides(unitSlug: string): Promise<Versioned<{ items: GuideSummaryT[] }>> {
    const snap = await this.snapshot(await this.units.get(unitSlug));
    return versioned(snap, { items: snap.guides.map(({ slug, title, summary }) => ({ slug, title, summary })) });
  }

  async getGuide(unitSlug: string, slug: string): Promise<Versioned<GuideDetailT>> {
    const snap = await this.snapshot(await this.units.get(unitSlug));
    const guide = snap.guides.find((g) => g.slug === slug);
    if (!guide) throw guideNotFound();
    return versioned(snap, guide);
  }

  /** Drops this process's copy of a unit's catalog after a change. */
  invalidate(unitId: number): void {
    this.snapshots.delete(unitId);
  }

  private async snapshot(unit: Unit): Promise<Snapshot> {
    const current = this.snapshots.get(unit.id);
    if (current && Date.now() - current.checkedAt < this.refreshMs) return current;
    let pending = this.loading.get(unit.id);
    if (!pending) {
      pending = this.refresh(unit, current).finally(() => this.loading.delete(unit.id));
      this.loading.set(unit.id, pending);
    }
    return pending;
  }

  private async refresh(unit: Unit, current: Snapshot | undefined): Promise<Snapshot> {
    const unitId = unit.id;
    const version = (await unitSettings.catalogVersion(this.db, unitId)) ?? 0;
    if (current && current.version === version) {
      current.checkedAt = Date.now();
      return current;
    }
    const provinceSlug = unit.summary.parentSlug ?? unit.slug;
    const [rows, hotlines, guides, provinceHotlines] = await Promise.all([
      repo.listProcedureSummaries(this.db, unitId),
      repo.listHotlines(this.db, unitId),
      repo.listGuides(this.db, unitId),
      unit.summary.parentSlug ? this.units.get(unit.summary.parentSlug).then((p) => repo.listHotlines(this.db, p.id), () => []) : Promise.resolve([]),
    ]);
    const extraOf = new Map(rows.map((r) => [r.code, r.search_extra]));
    const procedures = rows
      .map((r) => ({ code: r.code, name: r.name, field: r.field, onlineLevel: r.online_level, summary: r.summary }))
      .sort((a, b) => compareVietnamese(a.field, b.field) || compareVietnamese(a.name, b.name));
    const snap: Snapshot = {
      unitId,
      version,
      checkedAt: Date.now(),
      procedures,
      byCode: new Map(procedures.map((p) => [p.code, p])),
      index: new SearchIndex(procedures.map((p) => ({ key: p.code, name: p.name, field: p.field, summary: p.summary, extra: extraOf.get(p.code) }))),
      referrals: new ReferralMatcher(resolveReferrals(this.options.referrals?.[provinceSlug] ?? [], [...hotlines, ...provinceHotlines])),
      searches: new Map(),
      fields: countFields(procedures),
      hotlines: hotlines.map((h) => ({ name: h.name, phone: h.phone, purpose: h.purpose, hours: h.hours, isDemo: h.is_demo })),
      guides: guides.map((g) => ({ slug: g.slug, title: g.title, summary: g.summary, steps: g.steps, links: g.links.filter((l) => isHttpUrl(l.url)) })),
    };
    this.snapshots.set(unitId, snap);
    return snap;
  }
}

/** Each rule with the number to call: the unit's own hotline of that name first, then the province's. */
function resolveReferrals(rules: ReferralRule[], hotlines: { name: string; phone: string }[]): ResolvedReferral[] {
  return rules.map((rule) => {
    const hotline = rule.hotline ? hotlines.find((h) => sameName(h.name, rule.hotline!)) : undefined;
    return {
      ...rule,
      answer: { agency: rule.agency, reason: rule.reason, phone: hotline?.phone ?? rule.phone ?? null, url: rule.url ?? null },
    };
  });
}

function versioned<T>(snap: Snapshot, body: T): Versioned<T> {
  return { version: `${snap.unitId}.${snap.version}`, body };
}

function countFields(procedures: ProcedureSummaryT[]): FieldCountT[] {
  const counts = new Map<string, number>();
  for (const p of procedures) counts.set(p.field, (counts.get(p.field) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => compareVietnamese(a.name, b.name));
}

function toDetail(row: repo.ProcedureRow, revisions: Awaited<ReturnType<typeof repo.listRevisions>>): ProcedureDetailT {
  const d = row.detail;
  return {
    code: row.code,
    name: row.name,
    field: row.field,
    level: d.level,
    onlineLevel: row.online_level,
    summary: row.summary,
    steps: d.steps,
    channels: d.channels,
    documentCases: d.documentCases,
    subjects: d.subjects,
    agency: d.agency,
    result: d.result,
    conditions: d.conditions,
    legalBasis: d.legalBasis,
    onlineUrl: isHttpUrl(d.onlineUrl) ? d.onlineUrl : null,
    sourceUrl: isHttpUrl(d.sourceUrl) ? d.sourceUrl : null,
    status: row.status,
    history: revisions.map((r) => ({
      action: r.action,
      decision: r.decision,
      decidedOn: r.decided_on,
      recordedAt: r.recorded_at.toISOString(),
    })),
  };
}
