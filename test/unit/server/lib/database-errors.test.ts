import { describe, expect, it } from 'vitest';
import { isInvalidInput, scrubDatabaseError, uniqueViolation } from '../../../../server/src/lib/database-errors.ts';
import { isDatabaseUnavailable } from '../../../../server/src/plugins/errors.ts';

describe('database errors', () => {
  it('tell a bad value (invalid text, NUL, out of range, bad date) from a fault, for the 400 safety net', () => {
    for (const code of ['22P02', '22021', '22003', '22007', '22008']) expect(isInvalidInput({ code })).toBe(true);
    for (const code of ['23505', '42P01', '57P01', undefined]) expect(isInvalidInput({ code })).toBe(false);
    expect(isInvalidInput(null)).toBe(false);
  });

  it('name the unique constraint that was hit, on pg and PGlite', () => {
    expect(uniqueViolation({ code: '23505', constraint: 'feedback_code_key' })).toBe('feedback_code_key');
    expect(uniqueViolation({ code: '23505', message: 'duplicate key value violates unique constraint "feedback_idempotency_key"' })).toBe('feedback_idempotency_key');
    expect(uniqueViolation({ code: '23514', constraint: 'x' })).toBeNull();
    expect(uniqueViolation(new Error('boom'))).toBeNull();
  });

  it('lose the statement values before they can be logged', () => {
    const error = Object.assign(new Error('new row violates check constraint'), {
      code: '23514',
      detail: 'Failing row contains (1, Nguyễn Văn A, 0912345678)',
      params: ['Nguyễn Văn A', '0912345678'],
      cause: { detail: 'Failing row contains (0912345678)' },
    });
    scrubDatabaseError(error);
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain('0912345678');
    expect(error.code).toBe('23514');
  });
});

describe('a database that went away', () => {
  it.each([
    ['refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['terminated', new Error('Connection terminated unexpectedly')],
    ['a broken client at rollback', new Error('Client has encountered a connection error and is not queryable')],
    ['shutting down', Object.assign(new Error('the database system is shutting down'), { code: '57P03' })],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
  ])('is recognised when %s (→ 503)', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('is not confused with a query error', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key value'), { code: '23505' }))).toBe(false);
  });
});
