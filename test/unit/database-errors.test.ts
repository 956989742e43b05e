import { describe, expect, it } from 'vitest';
import { scrubDatabaseError, uniqueViolation } from '../../server/src/lib/database-errors.ts';

describe('database errors', () => {
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
