/** The constraint a unique violation (23505) hit, on pg and PGlite alike; null for any other error. */
export function uniqueViolation(error: unknown): string | null {
  const e = error as { code?: string; constraint?: string; message?: string };
  if (e?.code !== '23505') return null;
  return e.constraint ?? /constraint "([^"]+)"/.exec(e.message ?? '')?.[1] ?? null;
}

/**
 * Database errors carry the values of the failed statement: PGlite adds `params`,
 * and PostgreSQL's `detail` quotes the failing row ("Failing row contains (...)").
 * Either may hold a citizen's name, phone or address; they are removed before the
 * error can reach a log line.
 */
export function scrubDatabaseError(error: unknown): void {
  if (typeof error !== 'object' || error === null) return;
  const e = error as Record<string, unknown>;
  for (const field of ['params', 'parameters', 'detail', 'where', 'internalQuery']) {
    if (field in e) delete e[field];
  }
  if (e.cause) scrubDatabaseError(e.cause);
}

/**
 * PostgreSQL's "bad value" errors: invalid text for a type (22P02), a byte sequence
 * it cannot store such as NUL (22021), a number out of the column's range (22003),
 * a bad date or time (22007, 22008). Input should never get this far — schemas
 * refuse it at the edge — so the error handlers use this only as a safety net.
 */
const INVALID_INPUT = new Set(['22P02', '22021', '22003', '22007', '22008']);

export function isInvalidInput(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && INVALID_INPUT.has(code);
}
