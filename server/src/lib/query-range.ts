/** The days a figures query asks for (the PAKN figures, the satisfaction indices): one reading, one set of messages. */
import { parsePeriod } from '@cchc/shared/plan/periods';
import { InvalidInputError } from './domain-errors.ts';

/** At most this many days in one request (a few years of figures). */
const MAX_DAYS = 3 * 366;

const invalid = (message: string) => new InvalidInputError('VALIDATION_FAILED', message);

function isDay(day: string): boolean {
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === day;
}

/** The days the query asks for: a named period, or from/to. */
export function rangeOf(query: { period?: string; from?: string; to?: string }): { from: string; to: string } {
  if (query.period !== undefined) {
    if (query.from !== undefined || query.to !== undefined) throw invalid('Chọn kỳ (period) hoặc khoảng ngày (from, to), không chọn cả hai.');
    const period = parsePeriod(query.period);
    if (!period) throw invalid('Kỳ không hợp lệ. Ví dụ: 2026, 2026-H1, 2026-Q1, 2026-03.');
    return { from: period.from, to: period.to };
  }
  if (query.from === undefined || query.to === undefined) throw invalid('Vui lòng chọn kỳ (period) hoặc cả ngày bắt đầu và ngày kết thúc (from, to).');
  if (!isDay(query.from) || !isDay(query.to)) throw invalid('Ngày không hợp lệ. Viết theo dạng YYYY-MM-DD.');
  if (query.from > query.to) throw invalid('Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.');
  if ((Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 > MAX_DAYS) throw invalid('Khoảng ngày quá dài: tối đa 3 năm.');
  return { from: query.from, to: query.to };
}
