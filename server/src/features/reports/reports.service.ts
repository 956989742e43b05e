import type { Kysely } from 'kysely';
import type { ReportT, ReportTextsBodyT, ReportTextsT } from '@cchc/shared/api/reports';
import { vietnamDay } from '@cchc/shared/plan/periods';
import type { DB } from '../../db/schema.ts';
import { ConflictError } from '../../lib/domain-errors.ts';
import { buildReport } from './report-model.ts';
import { reportPeriod } from './report-period.ts';
import type { ReportSources } from './report-sources.ts';
import { findTexts, insertTexts, updateTexts, type StoredTexts } from './reports.repository.ts';

export interface ReportUnit {
  id: number;
  slug: string;
  name: string;
}

const EMPTY_TEXTS = { direction: '', shortcomings: '', nextSteps: '', number: '', signerTitle: '', signerName: '' };

function textsOut(stored: StoredTexts | null): ReportTextsT {
  if (!stored) return { ...EMPTY_TEXTS, version: 0, updatedAt: null };
  return { ...stored, updatedAt: stored.updatedAt.toISOString() };
}

const stale = () =>
  new ConflictError('CONFLICT', 'Nội dung báo cáo vừa được người khác lưu. Vui lòng tải lại trang để xem bản mới rồi sửa tiếp.');

/**
 * The periodic report of a unit: drawn from the other features' ports at each request
 * (nothing is copied), with the texts the unit's officers wrote for the period.
 */
export class ReportsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly sources: ReportSources,
  ) {}

  /** `covered`: the units whose counts and PAKN the report adds up (a city: its communes). */
  async report(unit: ReportUnit, covered: number[], periodKey: string, today = vietnamDay(new Date())): Promise<ReportT> {
    const period = reportPeriod(periodKey);
    const ids = covered.length > 0 ? covered : [unit.id];
    const [plan, rows, highlights, pakn, stored, sipas] = await Promise.all([
      this.sources.plans.planFor(unit.id, period),
      Promise.all(this.sources.counts.map((s) => s.counts(ids, period.from, period.to))),
      this.sources.highlights.highlights(unit.id, period.from, period.to),
      this.sources.pakn.figures(ids, period.from, period.to),
      findTexts(this.db, unit.id, period.key),
      this.sources.satisfaction ? this.sources.satisfaction.figures(unit.id, ids, period.from, period.to) : Promise.resolve(null),
    ]);
    const progress = plan ? await this.sources.progress.unit(unit.id, period.key, today) : null;
    return buildReport({
      unit: { slug: unit.slug, name: unit.name },
      period,
      today,
      plan,
      counts: rows.flat(),
      highlights,
      progress,
      pakn,
      sipas,
      texts: textsOut(stored),
    });
  }

  async texts(unit: ReportUnit, periodKey: string): Promise<ReportTextsT> {
    const period = reportPeriod(periodKey);
    return textsOut(await findTexts(this.db, unit.id, period.key));
  }

  /** Saves over the version read (0 when never saved); a stale version is a conflict, never a lost write. */
  async saveTexts(unit: ReportUnit, periodKey: string, body: ReportTextsBodyT, officerId: number): Promise<ReportTextsT> {
    const period = reportPeriod(periodKey);
    const { version, ...texts } = body;
    const clean = Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, v.normalize('NFC').replace(/\r\n/g, '\n').trim()])) as typeof texts;
    const saved = version === 0 ? await insertTexts(this.db, unit.id, period.key, clean, officerId) : await updateTexts(this.db, unit.id, period.key, clean, version, officerId);
    if (!saved) throw stale();
    return textsOut(saved);
  }
}
