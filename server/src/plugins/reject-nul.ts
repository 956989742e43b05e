import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { InvalidInputError } from '../lib/domain-errors.ts';
import { holdsNul } from '../lib/holds-nul.ts';

const PLACES = [
  ['params', 'Đường dẫn'],
  ['query', 'Tham số'],
  ['body', 'Dữ liệu gửi lên'],
] as const;

/**
 * PostgreSQL text cannot hold U+0000 (22021): a NUL byte in a path, a query or a JSON
 * body is refused at the edge, before any schema, service or query sees it.
 */
export const rejectNulPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    for (const [part, place] of PLACES) {
      if (holdsNul(request[part])) {
        throw new InvalidInputError('VALIDATION_FAILED', `${place} có ký tự rỗng (NUL) không được phép. Vui lòng xóa ký tự đó rồi gửi lại.`);
      }
    }
  });
});
