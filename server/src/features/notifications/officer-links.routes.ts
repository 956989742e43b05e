import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody } from '@cchc/shared/api/common';
import { ZaloLinkCode, ZaloLinkStatus } from '@cchc/shared/api/zalo-link';
import { InvalidInputError } from '../../lib/domain-errors.ts';
import type { OfficerLinksService } from './officer-links.service.ts';

const TAGS = ['Zalo'];
const ERRORS = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

/** The signed-in officer's own Zalo link. */
export const officerLinksRoutes: FastifyPluginAsyncTypebox<{ links: OfficerLinksService; available: boolean }> = async (app, { links, available }) => {
  const officer = app.requireOfficer();

  app.get('/api/v1/console/me/zalo-link', {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Tài khoản Zalo đã liên kết để nhận thông báo', response: { 200: ZaloLinkStatus, ...ERRORS } },
  }, async (request) => ({ ...(await links.status(request.officer!.id)), available }));

  app.post('/api/v1/console/me/zalo-link', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Lấy mã liên kết Zalo',
      description: 'Gửi tin nhắn "LK <mã>" đến Zalo OA trong 10 phút để liên kết. Một mã mới thay mã cũ.',
      response: { 201: ZaloLinkCode, ...ERRORS },
    },
  }, async (request, reply) => {
    if (!available) throw new InvalidInputError('VALIDATION_FAILED', 'Hệ thống chưa kết nối Zalo OA nên chưa liên kết được. Vui lòng liên hệ quản trị hệ thống.');
    const issued = await links.issueCode(request.officer!.id);
    return reply.code(201).send({ code: issued.code, command: issued.command, expiresAt: issued.expiresAt.toISOString() });
  });

  app.delete('/api/v1/console/me/zalo-link', {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Bỏ liên kết Zalo', response: { 204: { type: 'null' }, ...ERRORS } },
  }, async (request, reply) => {
    await links.unlink(request.officer!.id);
    return reply.code(204).send();
  });
};
