import { vietnamDay } from '@cchc/shared/plan/periods';
import { InvalidInputError } from '../../lib/domain-errors.ts';
import { rangeOf } from '../../lib/query-range.ts';

const invalid = (message: string) => new InvalidInputError('VALIDATION_FAILED', message);

/** The public figures' days: from/to (both), or the 12 months up to today. */
export function publicRange(query: { from?: string; to?: string }, today = vietnamDay(new Date())): { from: string; to: string } {
  if (query.from === undefined && query.to === undefined) {
    const start = new Date(Date.parse(`${today}T00:00:00Z`));
    start.setUTCFullYear(start.getUTCFullYear() - 1);
    start.setUTCDate(start.getUTCDate() + 1);
    return { from: start.toISOString().slice(0, 10), to: today };
  }
  if (query.from === undefined || query.to === undefined) throw invalid('Vui lòng chọn cả ngày bắt đầu và ngày kết thúc (from, to), hoặc bỏ cả hai để xem 12 tháng gần nhất.');
  return rangeOf({ from: query.from, to: query.to });
}

/** The console's days: a period (2026, 2026-Q1, 2026-03), from/to, or the 12 months up to today. */
export function consoleRange(query: { period?: string; from?: string; to?: string }, today = vietnamDay(new Date())): { from: string; to: string } {
  if (query.period === undefined && query.from === undefined && query.to === undefined) return publicRange({}, today);
  return rangeOf(query);
}
