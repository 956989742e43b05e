import type { FastifyError, FastifyInstance } from 'fastify';
import { DomainError, RateLimitedError } from '../../lib/domain-errors.ts';
import { isInvalidInput, scrubDatabaseError } from '../../lib/database-errors.ts';
import { isDatabaseUnavailable, statusOf } from '../../plugins/errors.ts';
import { describeValidation } from '../../plugins/validation-messages.ts';

export const open311Error = (status: number, description: string) => [{ code: status, description }];

/**
 * Errors inside the Open311 scope answer as the specification wants,
 * [{ "code": <HTTP status>, "description": "..." }], in Vietnamese; the rest of the
 * API keeps its own format (this plugin is encapsulated).
 */
export function useOpen311Errors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | DomainError, request, reply) => {
    if (error instanceof DomainError) {
      const headers: Record<string, string> = error instanceof RateLimitedError ? { 'retry-after': String(error.retryAfterSeconds) } : {};
      return reply.code(statusOf(error)).headers(headers).send(open311Error(statusOf(error), error.message));
    }
    if (error.validation) {
      return reply.code(400).send(open311Error(400, describeValidation(error.validation, error.validationContext ?? '')));
    }
    const status = error.statusCode ?? 500;
    if (status === 429) return reply.code(429).send(open311Error(429, error.message));
    if (status === 413) return reply.code(413).send(open311Error(413, 'Dữ liệu gửi lên quá lớn.'));
    if (status === 415) {
      return reply.code(415).send(open311Error(415, 'Định dạng dữ liệu không được hỗ trợ: gửi application/x-www-form-urlencoded hoặc JSON.'));
    }
    if (status >= 400 && status < 500) return reply.code(status).send(open311Error(status, 'Yêu cầu không hợp lệ. Vui lòng kiểm tra lại dữ liệu gửi lên.'));
    scrubDatabaseError(error);
    if (isInvalidInput(error)) {
      // The message quotes the refused value: only the code is logged.
      request.log.warn({ code: (error as { code?: string }).code }, 'invalid input reached the database');
      return reply.code(400).send(open311Error(400, 'Dữ liệu gửi lên có giá trị không hợp lệ. Vui lòng kiểm tra lại.'));
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return reply.code(503).header('retry-after', '5').send(open311Error(503, 'Hệ thống đang tạm ngừng kết nối dữ liệu. Vui lòng thử lại sau ít phút.'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send(open311Error(500, 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.'));
  });

  app.setNotFoundHandler({ preHandler: app.rateLimit({ max: 120, timeWindow: '1 minute' }) }, (request, reply) => {
    if (/\.xml(\?|$)/.test(request.url)) {
      return reply.code(400).send(open311Error(400, 'Chỉ hỗ trợ định dạng JSON: dùng đường dẫn kết thúc bằng .json.'));
    }
    return reply.code(404).send(open311Error(404, 'Không có địa chỉ Open311 này. Các địa chỉ: services.json, services/{service_code}.json, requests.json, requests/{service_request_id}.json.'));
  });
}
