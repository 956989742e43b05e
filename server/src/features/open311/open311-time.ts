import { InvalidInputError } from '../../lib/domain-errors.ts';

const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** An instant as W3C/ISO 8601 in Vietnam's time: "2026-11-25T22:38:05+07:00". */
export function vietnamIso(at: Date): string {
  return `${new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** The end of a calendar day in Vietnam: when a "due on this day" expires. */
export function endOfVietnamDay(day: string): string {
  return `${day}T23:59:59+07:00`;
}

/**
 * A start_date/end_date filter. A bare date is a day in Vietnam: its first instant
 * for a start, its last for an end.
 */
export function parseFilterDate(value: string, name: 'start_date' | 'end_date'): Date {
  const text = value.trim();
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T${name === 'start_date' ? '00:00:00.000' : '23:59:59.999'}+07:00` : text;
  const at = /^\d{4}-\d{2}-\d{2}T/.test(iso) ? new Date(iso) : new Date(Number.NaN);
  if (Number.isNaN(at.getTime())) {
    throw new InvalidInputError('VALIDATION_FAILED', `${name} không đúng định dạng ISO 8601 (ví dụ 2026-11-01T00:00:00+07:00).`);
  }
  return at;
}
