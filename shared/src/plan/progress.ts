/**
 * Progress of a plan's counted targets, pure: given the targets, the plan's span, the
 * counted facts (CountRowT, every source together, one unit's rows) and today, what is
 * done against what is required in each of the target's own periods.
 *
 * Definitions (the console shows them in these words):
 * - For a requested period P and a target of periodicity k, the target's periods are the
 *   k-periods that overlap P ∩ the plan's span: a monthly target asked for a quarter → its
 *   3 months; asked for a month → that month; a yearly target asked for a month → its year.
 * - Each such period is counted over its days inside the plan's span (its window); a period
 *   only partly inside the plan (a year target on a half-year plan) still requires the
 *   minimum as written, and closes when the window closes (the plan's last day).
 * - done: the sum of `count` of the rows on the target's channel and kind in the window;
 *   a target of kind `luot_tham_du` (people attending) sums the `attendees` of every row on
 *   its channel instead.
 * - Days are Viet Nam calendar days (rows carry them already): an activity at 23:30 on
 *   31/3 in Viet Nam counts in March. Counting is by calendar day, not by working day: a
 *   month with Tết (14–22/2/2026) has the same minimum and as many days left as the
 *   calendar says; the plans set their minimums per month, not per working day.
 * - status: upcoming before the window opens; met once done ≥ required (even early);
 *   missed when the window has closed below; ongoing otherwise (open, below).
 * - atRisk: ongoing, with few days left (≤ 7 for a month, ≤ 15 for a quarter, ≤ 30 for a
 *   half-year or a year) and a short pace: at the rate so far, the window would close below
 *   the minimum (nothing done yet is always short).
 */
import type { CityProgressRowT, PeriodInfoT, TargetProgressT } from '../api/plans.ts';
import { daysLeft, periodsIn, type Period } from './periods.ts';
import type { ChannelT, CountRowT, KindT, PeriodicityT } from './vocabulary.ts';

export interface ProgressTarget {
  id: number;
  label: string;
  channel: ChannelT;
  kind: KindT;
  office: string;
  minimum: number;
  periodicity: PeriodicityT;
}

export interface Span {
  from: string;
  to: string;
}

export const RISK_DAYS: Record<PeriodicityT, number> = { month: 7, quarter: 15, half: 30, year: 30 };

const maxDay = (a: string, b: string) => (a > b ? a : b);
const minDay = (a: string, b: string) => (a < b ? a : b);

export const periodInfo = (p: Period): PeriodInfoT => ({ key: p.key, kind: p.kind, label: p.label, from: p.from, to: p.to });

/** The target's own periods inside a requested period and the plan's span (empty when they do not meet). */
export function targetPeriods(periodicity: PeriodicityT, requested: Span, plan: Span): Period[] {
  const from = maxDay(requested.from, plan.from);
  const to = minDay(requested.to, plan.to);
  if (from > to) return [];
  return periodsIn(periodicity, from, to);
}

/** What counts for a target over an inclusive range of days. */
export function tally(rows: readonly CountRowT[], channel: ChannelT, kind: KindT, from: string, to: string): number {
  let done = 0;
  for (const r of rows) {
    if (r.channel !== channel || r.day < from || r.day > to) continue;
    if (kind === 'luot_tham_du') done += r.attendees;
    else if (r.kind === kind) done += r.count;
  }
  return done;
}

/** One target in one of its periods (`info`: the period's description, shared by every target of it). */
export function progressIn(target: ProgressTarget, plan: Span, period: Period, rows: readonly CountRowT[], today: string, info: PeriodInfoT = periodInfo(period)): TargetProgressT {
  const from = maxDay(period.from, plan.from);
  const to = minDay(period.to, plan.to);
  const done = tally(rows, target.channel, target.kind, from, to);
  const required = target.minimum;
  let status: TargetProgressT['status'];
  let left: number;
  let atRisk = false;
  if (today < from) {
    status = done >= required ? 'met' : 'upcoming';
    left = daysLeft(from, to);
  } else if (done >= required) {
    status = 'met';
    left = today > to ? 0 : daysLeft(today, to);
  } else if (today > to) {
    status = 'missed';
    left = 0;
  } else {
    status = 'ongoing';
    left = daysLeft(today, to);
    const total = daysLeft(from, to);
    const elapsed = total - left + 1; // today included
    const projected = (done / elapsed) * total;
    atRisk = left <= RISK_DAYS[target.periodicity] && projected < required;
  }
  return { targetId: target.id, label: target.label, channel: target.channel, kind: target.kind, office: target.office, periodicity: target.periodicity, period: info, done, required, status, daysLeft: left, atRisk };
}

/** Every target in each of its periods inside the requested one, in target order then period order. */
export function progressFor(targets: readonly ProgressTarget[], plan: Span, requested: Span, rows: readonly CountRowT[], today: string): TargetProgressT[] {
  // Rows grouped once by channel (and kind), so each target scans only its own.
  const byChannel = new Map<string, CountRowT[]>();
  const byKind = new Map<string, CountRowT[]>();
  for (const r of rows) {
    (byChannel.get(r.channel) ?? byChannel.set(r.channel, []).get(r.channel)!).push(r);
    const key = `${r.channel}|${r.kind}`;
    (byKind.get(key) ?? byKind.set(key, []).get(key)!).push(r);
  }
  // The periods (and their descriptions, one object each) are the same for every target of a periodicity.
  const periods = new Map<PeriodicityT, { period: Period; info: PeriodInfoT }[]>();
  const out: TargetProgressT[] = [];
  for (const t of targets) {
    const own = (t.kind === 'luot_tham_du' ? byChannel.get(t.channel) : byKind.get(`${t.channel}|${t.kind}`)) ?? [];
    let list = periods.get(t.periodicity);
    if (!list) periods.set(t.periodicity, (list = targetPeriods(t.periodicity, requested, plan).map((period) => ({ period, info: periodInfo(period) }))));
    for (const p of list) out.push(progressIn(t, plan, p.period, own, today, p.info));
  }
  return out;
}

export function summarize(items: readonly TargetProgressT[]) {
  const summary = { met: 0, missed: 0, ongoing: 0, upcoming: 0, atRisk: 0 };
  for (const i of items) {
    summary[i.status]++;
    if (i.atRisk) summary.atRisk++;
  }
  return summary;
}

/** Share of targets met or on track (ongoing and not at risk, or not begun); null without targets. */
export function score(items: readonly TargetProgressT[]): number | null {
  if (items.length === 0) return null;
  const fine = items.filter((i) => i.status === 'met' || i.status === 'upcoming' || (i.status === 'ongoing' && !i.atRisk)).length;
  return Math.round((fine / items.length) * 1000) / 1000;
}

/** The city's order: communes with a plan first, the most missed + at risk first, then the lowest score; no plan last. */
export function byWhoIsBehind(compareNames: (a: string, b: string) => number) {
  return (a: CityProgressRowT, b: CityProgressRowT): number =>
    Number(b.hasPlan) - Number(a.hasPlan) ||
    b.missed + b.atRisk - (a.missed + a.atRisk) ||
    (a.score ?? 1) - (b.score ?? 1) ||
    compareNames(a.unit.name, b.unit.name);
}
