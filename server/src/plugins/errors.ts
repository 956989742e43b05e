import type { FastifyError, FastifyInstance } from 'fastify';
import type { ErrorCode } from '@cchc/shared/api/errors';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error.ts';
import { isInvalidInput, scrubDatabaseError } from '../lib/database-errors.ts';
import { ErrorFormats } from './error-formats.ts';
import { describeValidation, frameworkMessage, isMalformedForm, MALFORMED_FORM_MESSAGE } from './validation-messages.ts';

const GENERIC_FAILURE = 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.';
const INVALID_VALUE = 'Dữ liệu gửi lên có giá trị không hợp lệ. Vui lòng kiểm tra lại.';
const DATABASE_DOWN = 'Hệ thống đang tạm ngừng kết nối dữ liệu. Vui lòng thử lại sau ít phút.';

/** Answers every error as { error: { code, message } } in Vietnamese; a 5xx never shows internals. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  const formats = new ErrorFormats();
  app.decorate('addErrorFormat', (prefix: string, format: Parameters<ErrorFormats['add']>[1]) => formats.add(prefix, format));
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const send = (status: number, code: ErrorCode, message: string) => formats.send(request, reply, status, code, message);
    if (error instanceof AppError) {
      reply.headers(error.headers);
      return send(error.statusCode, error.code, error.message);
    }
    if (error.validation) {
      return send(400, 'VALIDATION_FAILED', describeValidation(error.validation, error.validationContext ?? ''));
    }
    if (isMalformedForm(error)) {
      return send(400, 'VALIDATION_FAILED', MALFORMED_FORM_MESSAGE);
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return send(429, 'RATE_LIMITED', error.message);
    }
    if (status === 413) {
      return send(413, 'PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn.');
    }
    if (status === 415) {
      return send(415, 'UNSUPPORTED_MEDIA_TYPE', 'Định dạng dữ liệu không được hỗ trợ. Vui lòng gửi JSON.');
    }
    if (status >= 400 && status < 500) {
      return send(status, 'VALIDATION_FAILED', frameworkMessage(error));
    }
    // Database errors quote the failed statement's values (a citizen's phone, address): never logged.
    scrubDatabaseError(error);
    if (isInvalidInput(error)) {
      // The message quotes the refused value: only the code is logged.
      request.log.warn({ code: (error as { code?: string }).code }, 'invalid input reached the database');
      return send(400, 'VALIDATION_FAILED', INVALID_VALUE);
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      reply.header('retry-after', '5');
      return send(503, 'SERVICE_UNAVAILABLE', DATABASE_DOWN);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(500, 'INTERNAL', GENERIC_FAILURE);
  });
});

const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08001', '08003']);

export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  if (e?.code && CONNECTION_ERRORS.has(e.code)) return true;
  // pg's own words for a connection that died under a query or a rollback.
  return /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED|is not queryable/i.test(e?.message ?? '');
}
