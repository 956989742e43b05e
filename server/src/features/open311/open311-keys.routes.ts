import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CreateOpen311KeyBody, IssuedOpen311Key, Open311Key, Open311KeyList, Open311KeyParams } from '@cchc/shared/api/console-admin';
import { ErrorBody } from '@cchc/shared/api/common';
import type { Open311KeysService } from './open311-keys.service.ts';

const TAGS = ['Open311'];
const ERRORS = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** The city administrator's Open311 keys in the console. Each write is logged with who did it, never the key. */
export const open311KeysRoutes: FastifyPluginAsyncTypebox<{ keys: Open311KeysService }> = async (app, { keys }) => {
  const cityAdmin = app.requireOfficer(['city_admin']);

  app.get('/api/v1/console/open311-keys', {
    preHandler: cityAdmin,
    schema: { tags: TAGS, summary: 'Khóa Open311 của các hệ thống thành phố', response: { 200: Open311KeyList, ...ERRORS } },
  }, async () => ({ items: await keys.list() }));

  app.post('/api/v1/console/open311-keys', {
    preHandler: cityAdmin,
    schema: {
      tags: TAGS,
      summary: 'Cấp khóa Open311',
      description: 'Khóa chỉ có trong câu trả lời này (máy chủ chỉ lưu mã băm) và dùng được ngay. Không ghi unit: gửi được đến mọi đơn vị.',
      body: CreateOpen311KeyBody,
      response: { 201: IssuedOpen311Key, ...ERRORS },
    },
  }, async (request, reply) => {
    const issued = await keys.issue(request.body);
    request.log.info({ audit: { actor: request.officer!.username, action: 'open311_key.issue', target: issued.key.id, unit: issued.key.unit?.slug ?? null } }, 'console administration');
    return reply.code(201).send(issued);
  });

  app.delete('/api/v1/console/open311-keys/:id', {
    preHandler: cityAdmin,
    schema: {
      tags: TAGS,
      summary: 'Thu hồi khóa Open311',
      description: 'Khóa thôi dùng được ngay; khóa vẫn được giữ trong danh sách để biết phản ánh nào đã gửi qua nó.',
      params: Open311KeyParams,
      response: { 200: Open311Key, ...ERRORS },
    },
  }, async (request) => {
    const revoked = await keys.revoke(request.params.id);
    request.log.info({ audit: { actor: request.officer!.username, action: 'open311_key.revoke', target: revoked.id } }, 'console administration');
    return revoked;
  });
};
