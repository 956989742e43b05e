import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ErrorBody, Int4Id, Slug } from '@cchc/shared/api/common';
import { ImportedTasks } from '@cchc/shared/api/plan-import';
import { Plan, PlanInput, PlanList, PlanSaveBody } from '@cchc/shared/api/plans';
import { unitFor } from '../units/unit-access.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import { readTaskUpload, MAX_TASK_FILE_BYTES } from './task-upload.ts';
import { parseTaskWorkbook } from './task-import.ts';
import type { PlansService } from './plans.service.ts';

export interface PlansRoutesOptions {
  plans: PlansService;
  units: UnitDirectory;
}

const TAGS = ['Kế hoạch tuyên truyền'];
const UnitParams = Type.Object({ unit: Slug }, { additionalProperties: false });
const PlanParams = Type.Object({ unit: Slug, id: Int4Id() }, { additionalProperties: false });
const ACCESS = 'Cán bộ của đơn vị xem và sửa; thành phố chỉ xem mọi đơn vị của thành phố; đơn vị khác nhận 404.';
const ERRORS = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** /api/v1/console/units/{unit}/plans…: the unit's communication plans and the task-table import. */
export const plansRoutes: FastifyPluginAsyncTypebox<PlansRoutesOptions> = async (app, { plans, units }) => {
  if (!app.hasContentTypeParser('multipart/form-data')) {
    await app.register(multipart, { limits: { fileSize: MAX_TASK_FILE_BYTES, files: 1, fields: 10, parts: 12 } });
  }
  const officer = app.requireOfficer();

  app.get('/api/v1/console/units/:unit/plans', {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Các kế hoạch tuyên truyền CCHC của đơn vị, mới nhất trước', description: ACCESS, params: UnitParams, response: { 200: PlanList, ...ERRORS } },
  }, async (request) => plans.list(await unitFor(request, units, request.params.unit, 'read')));

  app.post('/api/v1/console/units/:unit/plans', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Thêm một kế hoạch (một năm hoặc 6 tháng) với nhiệm vụ và chỉ tiêu',
      description: `${ACCESS} Thời gian trùng với kế hoạch khác của đơn vị → 409 nêu tên kế hoạch đó.`,
      params: UnitParams,
      body: PlanInput,
      response: { 201: Plan, ...ERRORS },
    },
  }, async (request, reply) => {
    const unit = await unitFor(request, units, request.params.unit, 'write');
    return reply.code(201).send(await plans.create(unit, request.body));
  });

  app.post('/api/v1/console/units/:unit/plans/import-tasks', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Đọc bảng nhiệm vụ cụ thể từ tệp XLSX (không lưu gì)',
      description:
        `${ACCESS} multipart/form-data, trường "file": bảng có các cột TT, Nội dung/Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực hiện, Sản phẩm ` +
        '(dòng tiêu đề được tìm theo chữ, không cần ở dòng đầu; ô gộp và dòng nhóm "I.", "II." được xử lý). Trả về danh sách nhiệm vụ để cán bộ xem lại rồi lưu vào kế hoạch.',
      consumes: ['multipart/form-data'],
      params: UnitParams,
      response: { 200: ImportedTasks, 413: ErrorBody, 415: ErrorBody, ...ERRORS },
    },
  }, async (request) => {
    await unitFor(request, units, request.params.unit, 'write');
    const file = await readTaskUpload(request);
    return parseTaskWorkbook(file.bytes);
  });

  app.get('/api/v1/console/units/:unit/plans/:id', {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Một kế hoạch với nhiệm vụ, chỉ tiêu và phiên bản', description: ACCESS, params: PlanParams, response: { 200: Plan, ...ERRORS } },
  }, async (request) => plans.get(await unitFor(request, units, request.params.unit, 'read'), request.params.id));

  app.put('/api/v1/console/units/:unit/plans/:id', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Lưu toàn bộ kế hoạch (thay nhiệm vụ và chỉ tiêu trong một lần)',
      description: `${ACCESS} Gửi kèm version đã đọc; người khác đã lưu trong lúc đó → 409, hãy tải lại.`,
      params: PlanParams,
      body: PlanSaveBody,
      response: { 200: Plan, ...ERRORS },
    },
  }, async (request) => plans.save(await unitFor(request, units, request.params.unit, 'write'), request.params.id, request.body));

  app.delete('/api/v1/console/units/:unit/plans/:id', {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Xóa một kế hoạch', description: ACCESS, params: PlanParams, response: { 204: Type.Null(), ...ERRORS } },
  }, async (request, reply) => {
    await plans.remove(await unitFor(request, units, request.params.unit, 'write'), request.params.id);
    return reply.code(204).send(null);
  });
};
