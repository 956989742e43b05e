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
