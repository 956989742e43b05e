import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  Activity,
  ActivityInput,
  ActivityList,
  ActivityListQuery,
  ActivityParams,
  ActivityUpdate,
  Batch,
  BatchBody,
  BatchMonth,
  BatchParams,
  UnitParams,
} from '@cchc/shared/api/activities';
import { ErrorBody } from '@cchc/shared/api/common';
import { unitFor } from '../units/unit-access.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import type { ActivitiesService } from './activities.service.ts';
import { evidenceRoutes } from './evidence.routes.ts';

export interface ActivitiesRoutesOptions {
  activities: ActivitiesService;
  units: UnitDirectory;
}

const TAGS = ['Hoạt động tuyên truyền'];
const ERRORS = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const NOTE = 'Cán bộ của đơn vị xem và ghi; cán bộ thành phố xem mọi đơn vị của thành phố.';
export const evidenceBase = (slug: string) => `/api/v1/console/units/${slug}/activities`;

/** Activities of the communication plan: list, log one, edit with its version, delete, and an office's monthly batch. */
export const activitiesRoutes: FastifyPluginAsyncTypebox<ActivitiesRoutesOptions> = async (app, { activities, units }) => {
  const officer = app.requireOfficer();
  const base = '/api/v1/console/units/:unit/activities';

  app.get(base, {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Danh sách hoạt động (lọc theo kỳ, kênh, loại)', description: NOTE, params: UnitParams, querystring: ActivityListQuery, response: { 200: ActivityList, ...ERRORS } },
  }, async (request) => {
    const unit = await unitFor(request, units, request.params.unit, 'read');
    return activities.list(unit.id, request.query, evidenceBase(unit.slug));
  });

  app.post(base, {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Ghi một hoạt động',
      description: 'Ngày theo giờ Việt Nam, không ở tương lai và thuộc một kế hoạch của đơn vị. count mặc định 1.',
      params: UnitParams,
      body: ActivityInput,
      response: { 201: Activity, ...ERRORS },
    },
  }, async (request, reply) => {
    const unit = await unitFor(request, units, request.params.unit, 'write');
    return reply.code(201).send(await activities.create(unit.id, request.officer!.id, request.body, evidenceBase(unit.slug)));
  });

  app.get(`${base}/batches/:month`, {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Các báo cáo tháng của các cơ quan, đơn vị', description: NOTE, params: BatchParams, response: { 200: BatchMonth, ...ERRORS } },
  }, async (request) => {
    const unit = await unitFor(request, units, request.params.unit, 'read');
    return activities.batches(unit.id, request.params.month, evidenceBase(unit.slug));
  });

  app.put(`${base}/batches/:month`, {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Gửi (hoặc gửi lại) báo cáo tháng của một cơ quan',
      description: 'Gửi lại cùng tháng và cùng cơ quan thì thay thế báo cáo cũ, không cộng dồn. Dòng có count 0 và không có người tham dự được bỏ qua.',
      params: BatchParams,
      body: BatchBody,
      response: { 200: Batch, ...ERRORS },
    },
  }, async (request) => {
    const unit = await unitFor(request, units, request.params.unit, 'write');
    return activities.putBatch(unit.id, request.officer!.id, request.params.month, request.body, evidenceBase(unit.slug));
  });

  app.get(`${base}/:id`, {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Một hoạt động', description: NOTE, params: ActivityParams, response: { 200: Activity, ...ERRORS } },
  }, async (request) => {
    const unit = await unitFor(request, units, request.params.unit, 'read');
    return activities.get(unit.id, request.params.id, evidenceBase(unit.slug));
  });

  app.put(`${base}/:id`, {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Sửa một hoạt động',
      description: 'Kèm version đã đọc; nếu người khác vừa sửa thì trả 409.',
      params: ActivityParams,
      body: ActivityUpdate,
      response: { 200: Activity, 409: ErrorBody, ...ERRORS },
    },
  }, async (request) => {
    const unit = await unitFor(request, units, request.params.unit, 'write');
    return activities.update(unit.id, request.params.id, request.body, evidenceBase(unit.slug));
  });

  app.delete(`${base}/:id`, {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Xóa một hoạt động', params: ActivityParams, response: { 204: Type.Null(), ...ERRORS } },
  }, async (request, reply) => {
    const unit = await unitFor(request, units, request.params.unit, 'write');
    await activities.remove(unit.id, request.params.id);
    return reply.code(204).send(null);
  });

  await app.register(evidenceRoutes, { activities, units });
};
