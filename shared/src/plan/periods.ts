/**
 * Reporting periods as people name them ("2026-03", "2026-Q1", "2026-H1", "2026") and
 * their Viet Nam calendar days. Days are 'YYYY-MM-DD' strings in Asia/Ho_Chi_Minh; an
 * instant belongs to the day it is in Viet Nam (23:30 on 31/3 there is still March).
 */
import type { PeriodicityT } from './vocabulary.ts';

export interface Period {
  key: string;
  kind: PeriodicityT;
  year: number;
  /** First and last day, inclusive. */
  from: string;
  to: string;
  /** Vietnamese name: "tháng 3/2026", "quý I/2026", "6 tháng đầu năm 2026", "năm 2026". */
  label: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function span(year: number, firstMonth: number, months: number): { from: string; to: string } {
  const lastMonth = firstMonth + months - 1;
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay(year, lastMonth))}` };
}

export function monthPeriod(year: number, month: number): Period {
  return { key: `${year}-${pad(month)}`, kind: 'month', year, ...span(year, month, 1), label: `tháng ${month}/${year}` };
}
export function quarterPeriod(year: number, quarter: number): Period {
  return { key: `${year}-Q${quarter}`, kind: 'quarter', year, ...span(year, quarter * 3 - 2, 3), label: `quý ${ROMAN[quarter - 1]}/${year}` };
}
export function halfPeriod(year: number, half: number): Period {
  const label = half === 1 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
  return { key: `${year}-H${half}`, kind: 'half', year, ...span(year, half * 6 - 5, 6), label };
}
export function yearPeriod(year: number): Period {
  return { key: String(year), kind: 'year', year, ...span(year, 1, 12), label: `năm ${year}` };
}

/** "2026", "2026-H1", "2026-Q3", "2026-07" → the period, or null when it is not one. */
export function parsePeriod(key: string): Period | null {
  const m = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  if (m[2]) return halfPeriod(year, Number(m[2]));
  if (m[3]) return quarterPeriod(year, Number(m[3]));
  if (m[4]) return monthPeriod(year, Number(m[4]));
  return yearPeriod(year);
}

/** The periods of one kind that overlap an inclusive range of days, in order. */
export function periodsIn(kind: PeriodicityT, fromDay: string, toDay: string): Period[] {
  const out: Period[] = [];
  const fy = Number(fromDay.slice(0, 4));
  const ty = Number(toDay.slice(0, 4));
  for (let y = fy; y <= ty; y++) {
    const make = { month: (i: number) => monthPeriod(y, i), quarter: (i: number) => quarterPeriod(y, i), half: (i: number) => halfPeriod(y, i), year: () => yearPeriod(y) }[kind];
    const count = { month: 12, quarter: 4, half: 2, year: 1 }[kind];
    for (let i = 1; i <= count; i++) {
      const p = make(i);
      if (p.to >= fromDay && p.from <= toDay) out.push(p);
    }
  }
  return out;
}

/** The period of a kind that contains a day. */
export function periodOf(kind: PeriodicityT, day: string): Period {
  return periodsIn(kind, day, day)[0];
}

const VN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Viet Nam calendar day of an instant: 'YYYY-MM-DD'. */
export function vietnamDay(instant: Date): string {
  return VN_DAY.format(instant);
}

/** Calendar days from `day` to `until`, inclusive of both ends (1 when equal, 0 when past). */
export function daysLeft(day: string, until: string): number {
  const ms = Date.parse(`${until}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`);
  return Math.max(0, Math.round(ms / 86_400_000) + 1);
}
