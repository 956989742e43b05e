import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  RateLimitedError,
  TooLargeError,
  UnauthenticatedError,
  UnsupportedMediaError,
} from '../../../../server/src/lib/domain-errors.ts';
import { errorsPlugin, useErrorHandler } from '../../../../server/src/plugins/errors.ts';

async function answer(error: Error, variant?: Parameters<typeof useErrorHandler>[1]) {
  const app = Fastify({ logger: false });
  if (variant) useErrorHandler(app, variant);
  else await app.register(errorsPlugin);
  app.get('/x', async () => {
    throw error;
  });
  const res = await app.inject({ method: 'GET', url: '/x' });
  await app.close();
  return res;
}

describe('domain errors → HTTP (the one status table)', () => {
  it.each([
    [new InvalidInputError('VALIDATION_FAILED', 'a'), 400],
    [new UnauthenticatedError('UNAUTHENTICATED', 'a'), 401],
    [new ForbiddenError('FORBIDDEN', 'a'), 403],
    [new NotFoundError('TOPIC_NOT_FOUND', 'a'), 404],
    [new ConflictError('INVALID_TRANSITION', 'a'), 409],
    [new TooLargeError('PAYLOAD_TOO_LARGE', 'a'), 413],
    [new UnsupportedMediaError('UNSUPPORTED_MEDIA_TYPE', 'a'), 415],
  ])('%s answers %i with the contract body', async (error, status) => {
    const res = await answer(error);
    expect(res.statusCode).toBe(status);
    expect(res.json()).toEqual({ error: { code: error.code, message: 'a' } });
  });

  it('a rate-limited error carries Retry-After', async () => {
    const res = await answer(new RateLimitedError('RATE_LIMITED', 'chậm lại', 90));
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBe('90');
  });

  it('a protocol variant formats the same problem with its own body', async () => {
    const res = await answer(new NotFoundError('FEEDBACK_NOT_FOUND', 'không có'), (p) => [{ code: p.status, description: p.message }]);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual([{ code: 404, description: 'không có' }]);
  });

  it('an unexpected error answers 500 without internals', async () => {
    const res = await answer(new Error('secret internals 0912345678'));
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('0912345678');
    expect(res.json().error.code).toBe('INTERNAL');
  });
});
