import type { ErrorCode } from '@cchc/shared/api/errors';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError, type DomainErrorKind, RateLimitedError, UnavailableError } from '../lib/domain-errors.ts';
import { isInvalidInput, scrubDatabaseError } from '../lib/database-errors.ts';
import { describeValidation, frameworkMessage, isMalformedForm, MALFORMED_FORM_MESSAGE } from './validation-messages.ts';

const GENERIC_FAILURE = 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.';
const INVALID_VALUE = 'Dữ liệu gửi lên có giá trị không hợp lệ. Vui lòng kiểm tra lại.';
const DATABASE_DOWN = 'Hệ thống đang tạm ngừng kết nối dữ liệu. Vui lòng thử lại sau ít phút.';

/** The one table from what went wrong to an HTTP status. */
export const STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  'unsupported-media': 415,
  'rate-limited': 429,
  unavailable: 503,
};

/** An error as the one handler understood it: the status, the code, a Vietnamese message, extra headers. */
export interface Problem {
  status: number;
  code: ErrorCode;
  message: string;
  headers: Record<string, string>;
}

/**
 * How a protocol writes a problem's body: the contract's { error } or, as a variant,
 * Open311's list (in XML or JSON by the request's suffix: a variant may set the reply's
 * content type). The one seam for body formats: a scope installs its variant with
 * useErrorHandler(scope, body); the status, code and message come from toProblem alone.
 */
export type ProblemBody = (problem: Problem, request: FastifyRequest, reply: FastifyReply) => unknown;

export const contractBody: ProblemBody = (p) => ({ error: { code: p.code, message: p.message } });

/** The HTTP status a domain error answers with. */
export const statusOf = (error: DomainError): number => STATUS_OF_KIND[error.kind];

/**
 * Turns any thrown error into a Problem: domain errors by the status table, Fastify's
 * validation and framework errors, database errors (scrubbed: their messages quote values
 * such as a citizen's phone, so only the code is logged) and, last, a 500 without internals.
 */
export function toProblem(error: FastifyError | DomainError, request: FastifyRequest): Problem {
  if (error instanceof DomainError) {
    const headers: Record<string, string> =
      error instanceof RateLimitedError || error instanceof UnavailableError ? { 'retry-after': String(error.retryAfterSeconds) } : {};
    return { status: statusOf(error), code: error.code, message: error.message, headers };
  }
  const plain = (status: number, code: ErrorCode, message: string): Problem => ({ status, code, message, headers: {} });
  if (error.validation) return plain(400, 'VALIDATION_FAILED', describeValidation(error.validation, error.validationContext ?? ''));
  // A malformed or truncated multipart body: the client's fault, in every format.
  if (isMalformedForm(error)) return plain(400, 'VALIDATION_FAILED', MALFORMED_FORM_MESSAGE);
  const status = error.statusCode ?? 500;
  if (status === 429) return plain(429, 'RATE_LIMITED', error.message);
  if (status === 413) return plain(413, 'PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn.');
  if (status === 415) return plain(415, 'UNSUPPORTED_MEDIA_TYPE', 'Định dạng dữ liệu không được hỗ trợ. Vui lòng gửi JSON.');
  if (status >= 400 && status < 500) return plain(status, 'VALIDATION_FAILED', frameworkMessage(error));
  scrubDatabaseError(error);
  if (isInvalidInput(error)) {
    // The message quotes the refused value: only the code is logged.
    request.log.warn({ code: (error as { code?: string }).code }, 'invalid input reached the database');
    return plain(400, 'VALIDATION_FAILED', INVALID_VALUE);
  }
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'database unavailable');
    return { status: 503, code: 'SERVICE_UNAVAILABLE', message: DATABASE_DOWN, headers: { 'retry-after': '5' } };
  }
  request.log.error({ err: error }, 'unhandled error');
  return plain(500, 'INTERNAL', GENERIC_FAILURE);
}

/** Installs the one error handler on a scope, writing bodies with `body` (the contract's by default). */
export function useErrorHandler(app: FastifyInstance, body: ProblemBody = contractBody): void {
  app.setErrorHandler((error: FastifyError | DomainError, request: FastifyRequest, reply: FastifyReply) => {
    const problem = toProblem(error, request);
    reply.code(problem.status).headers(problem.headers);
    return reply.send(body(problem, request, reply));
  });
}

/** Answers every error as { error: { code, message } } in Vietnamese; a 5xx never shows internals. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  useErrorHandler(app);
});

const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08001', '08003']);

export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  if (e?.code && CONNECTION_ERRORS.has(e.code)) return true;
  // pg's own words for a connection that died under a query or a rollback.
  return /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED|is not queryable/i.test(e?.message ?? '');
}
