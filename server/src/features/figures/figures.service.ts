import type { Kysely } from 'kysely';
import type { PaknFiguresT } from '@cchc/shared/api/figures';
import { vietnamDay } from '@cchc/shared/plan/periods';
import type { DB } from '../../db/schema.ts';
import { histogramMedian, slicesOf } from './figure-range.ts';
import * as repo from './figures.repository.ts';
import type { FiguresNames } from './figures-names.ts';

type Bucket = PaknFiguresT['byTopic'][number];

interface Tally {
  received: number;
  answered: number;
  answeredOnTime: number;
  overdue: number;
}

const empty = (): Tally => ({ received: 0, answered: 0, answeredOnTime: 0, overdue: 0 });

/**
 * PAKN figures of a set of units over a range of received days: read from the summary the
 * database keeps (never a count over the PAKN themselves), named through the rules feature
 * (topics, lĩnh vực) and the units directory.
 */
export class PaknFiguresService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly names: FiguresNames,
  ) {}

  async figures(unitIds: number[], fromDay: string, toDay: string, today: string = vietnamDay(new Date())): Promise<PaknFiguresT> {
    const slices = slicesOf(fromDay, toDay);
    // Three reads at once, each one statement over its own summary table.
    const [counts, openNotDue, histogram] = await Promise.all([
      repo.counts(this.db, unitIds, slices),
      repo.openNotDue(this.db, unitIds, { from: fromDay, to: toDay }, today),
      repo.durations(this.db, unitIds, slices),
    ]);
    const notDue = new Map(openNotDue.map((r) => [`${r.dim}:${r.key}`, Number(r.n)]));
    // Overdue: answered after the due day, or still open with the due day passed (open − not yet due).
    const tally = (r: repo.CountsRow): Tally => ({
      received: Number(r.received),
      answered: Number(r.answered),
      answeredOnTime: Number(r.answered_on_time),
      overdue: Number(r.answered_late) + Number(r.open) - (notDue.get(`${r.dim}:${r.key}`) ?? 0),
    });
    const of = (dim: repo.CountsRow['dim']) => counts.filter((r) => r.dim === dim && Number(r.received) > 0);
    const total = counts.find((r) => r.dim === 'all');

    const topicIds = of('topic').map((r) => Number(r.key));
    const fieldIds = of('field').map((r) => Number(r.key)).filter((id) => id !== 0);
    const [topics, fields] = await Promise.all([this.names.topicNames(topicIds), this.names.fieldNames(fieldIds)]);
    // Topics and lĩnh vực are lists per unit: a city's figures add up the entries of the same name.
    const merge = (rows: repo.CountsRow[], nameOf: (id: number) => { key: string; name: string }): Bucket[] => {
      const byKey = new Map<string, Bucket>();
      for (const r of rows) {
        const { key, name } = nameOf(Number(r.key));
        const b = byKey.get(key) ?? { name, ...empty() };
        add(b, tally(r));
        byKey.set(key, b);
      }
      return [...byKey.values()].sort((a, b) => b.received - a.received || a.name.localeCompare(b.name, 'vi'));
    };

    const byUnit = [] as PaknFiguresT['byUnit'];
    const unitRows = new Map(of('unit').map((r) => [Number(r.key), r]));
    for (const id of unitIds) {
      const unit = await this.names.unit(id);
      const r = unitRows.get(id);
      byUnit.push({ slug: unit?.slug ?? String(id), name: unit?.name ?? String(id), ...(r ? tally(r) : empty()) });
    }
    byUnit.sort((a, b) => b.overdue - a.overdue || b.received - a.received || a.name.localeCompare(b.name, 'vi'));

    const months = new Map(of('month').map((r) => [r.key!, tally(r)]));
    const byMonth = monthsOf(fromDay, toDay).map((month) => {
      const t = months.get(month) ?? empty();
      return { month, received: t.received, answeredOnTime: t.answeredOnTime, overdue: t.overdue };
    });

    const t = total ? tally(total) : empty();
    const rated = Number(total?.rated ?? 0);
    const satisfied = Number(total?.satisfied ?? 0);
    return {
      from: fromDay,
      to: toDay,
      received: t.received,
      answered: t.answered,
      answeredOnTime: t.answeredOnTime,
      overdue: t.overdue,
      open: Number(total?.open ?? 0),
      rejected: Number(total?.rejected ?? 0),
      medianWorkingDays: histogramMedian(histogram.map((h) => ({ value: Number(h.value), n: Number(h.n) }))),
      rated,
      satisfied,
      satisfiedShare: rated > 0 ? satisfied / rated : null,
      byTopic: merge(of('topic'), (id) => topics.get(id) ?? { key: `#${id}`, name: `Chủ đề #${id}` }),
      byField: merge(of('field'), (id) => (id === 0 ? { key: '', name: 'Chưa phân loại' } : fields.get(id) ?? { key: `#${id}`, name: `Lĩnh vực #${id}` })),
      byUnit,
      byMonth,
    };
  }
}

function add(b: Tally, t: Tally): void {
  b.received += t.received;
  b.answered += t.answered;
  b.answeredOnTime += t.answeredOnTime;
  b.overdue += t.overdue;
}

/** 'YYYY-MM' of every month the range touches. */
function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > last) break;
    out.push(key);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}
