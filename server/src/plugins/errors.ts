import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error.ts';
import { isInvalidInput, scrubDatabaseError } from '../lib/database-errors.ts';
import { describeValidation, frameworkMessage } from './validation-messages.ts';

const GENERIC_FAILURE = 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.';
const INVALID_VALUE = 'Dữ liệu gửi lên có giá trị không hợp lệ. Vui lòng kiểm tra lại.';
const DATABASE_DOWN = 'Hệ thống đang tạm ngừng kết nối dữ liệu. Vui lòng thử lại sau ít phút.';

/** Answers every error as { error: { code, message } } in Vietnamese; a 5xx never shows internals. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      return reply.code(error.statusCode).headers(error.headers).send({ error: { code: error.code, message: error.message } });
    }
    if (error.validation) {
      return reply.code(400).send({
        error: { code: 'VALIDATION_FAILED', message: describeValidation(error.validation, error.validationContext ?? '') },
      });
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return reply.code(429).send({ error: { code: 'RATE_LIMITED', message: error.message } });
    }
    if (status === 413) {
      return reply.code(413).send({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'Dữ liệu gửi lên quá lớn.' } });
    }
    if (status === 415) {
      return reply.code(415).send({
        error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Định dạng dữ liệu không được hỗ trợ. Vui lòng gửi JSON.' },
      });
    }
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ error: { code: 'VALIDATION_FAILED', message: frameworkMessage(error) } });
    }
    // Database errors quote the failed statement's values (a citizen's phone, address): never logged.
    scrubDatabaseError(error);
    if (isInvalidInput(error)) {
      // The message quotes the refused value: only the code is logged.
      request.log.warn({ code: (error as { code?: string }).code }, 'invalid input reached the database');
      return reply.code(400).send({ error: { code: 'VALIDATION_FAILED', message: INVALID_VALUE } });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return reply.code(503).header('retry-after', '5').send({ error: { code: 'SERVICE_UNAVAILABLE', message: DATABASE_DOWN } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({ error: { code: 'INTERNAL', message: GENERIC_FAILURE } });
  });
});

const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08001', '08003']);

export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  if (e?.code && CONNECTION_ERRORS.has(e.code)) return true;
  // pg's own words for a connection that died under a query or a rollback.
  return /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED|is not queryable/i.test(e?.message ?? '');
}
