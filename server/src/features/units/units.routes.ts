import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody, ListOf } from '@cchc/shared/api/common';
import { UnitDetail, UnitParams, UnitSummary } from '@cchc/shared/api/units';
import type { UnitDirectory } from './units.service.ts';

export const unitsRoutes: FastifyPluginAsyncTypebox<{ units: UnitDirectory }> = async (app, { units }) => {
  app.get('/api/v1/units', {
    schema: { tags: ['Đơn vị'], summary: 'Các đơn vị hành chính', response: { 200: ListOf(UnitSummary) } },
  }, async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return { items: await units.list() };
  });

  app.get('/api/v1/units/:unit', {
    schema: {
      tags: ['Đơn vị'],
      summary: 'Một đơn vị: địa chỉ, giờ làm việc',
      params: UnitParams,
      response: { 200: UnitDetail, 404: ErrorBody },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return (await units.get(request.params.unit)).detail;
  });
};
