import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AdminGuide, AdminGuideParams, GuideInput, HotlinesBody } from '@cchc/shared/api/catalog-admin';
import { Hotline } from '@cchc/shared/api/catalog';
import { ErrorBody, ListOf } from '@cchc/shared/api/common';
import { ConsoleUnitQuery } from '@cchc/shared/api/settings';
import { consoleUnit } from '../units/console-unit.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import type { CatalogListsService } from './catalog-lists.service.ts';

export interface CatalogListsRoutesOptions {
  lists: CatalogListsService;
  units: UnitDirectory;
}

const TAGS = ['Quản trị danh mục'];
const UNIT_NOTE = 'Danh mục của đơn vị cán bộ; quản trị thành phố có thể chọn đơn vị khác bằng ?unit=<slug>.';
const ERRORS = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** Hotlines and online-service guides of a unit, edited by its officers. */
export const catalogListsRoutes: FastifyPluginAsyncTypebox<CatalogListsRoutesOptions> = async (app, { lists, units }) => {
  const officer = app.requireOfficer();

  app.get('/api/v1/console/catalog/hotlines', {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Đường dây nóng của đơn vị', description: UNIT_NOTE, querystring: ConsoleUnitQuery, response: { 200: ListOf(Hotline), 401: ErrorBody, 404: ErrorBody } },
  }, async (request) => ({ items: await lists.hotlines(await consoleUnit(request, units, request.query.unit)) }));

  app.put('/api/v1/console/catalog/hotlines', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Thay toàn bộ danh sách đường dây nóng',
      description: `${UNIT_NOTE} Theo đúng thứ tự gửi lên. Số điện thoại: chữ số, khoảng trắng, + ( ) . -, 3–20 ký tự.`,
      querystring: ConsoleUnitQuery,
      body: HotlinesBody,
      response: { 200: ListOf(Hotline), ...ERRORS },
    },
  }, async (request) => ({ items: await lists.replaceHotlines(await consoleUnit(request, units, request.query.unit), request.body.items) }));

  app.get('/api/v1/console/catalog/guides', {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Các hướng dẫn dịch vụ công trực tuyến của đơn vị', description: UNIT_NOTE, querystring: ConsoleUnitQuery, response: { 200: ListOf(AdminGuide), 401: ErrorBody, 404: ErrorBody } },
  }, async (request) => ({ items: await lists.guides(await consoleUnit(request, units, request.query.unit)) }));

  app.get('/api/v1/console/catalog/guides/:slug', {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Một hướng dẫn', description: UNIT_NOTE, params: AdminGuideParams, querystring: ConsoleUnitQuery, response: { 200: AdminGuide, 401: ErrorBody, 404: ErrorBody } },
  }, async (request) => lists.guide(await consoleUnit(request, units, request.query.unit), request.params.slug));

  app.put('/api/v1/console/catalog/guides/:slug', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Thêm hoặc sửa một hướng dẫn',
      description: `${UNIT_NOTE} 201 khi thêm mới. position (tùy chọn): vị trí mới trong danh sách, tính từ 0.`,
      params: AdminGuideParams,
      querystring: ConsoleUnitQuery,
      body: GuideInput,
      response: { 200: AdminGuide, 201: AdminGuide, ...ERRORS },
    },
  }, async (request, reply) => {
    const unit = await consoleUnit(request, units, request.query.unit);
    const { created, guide } = await lists.saveGuide(unit, request.params.slug, request.body);
    return reply.code(created ? 201 : 200).send(guide);
  });

  app.delete('/api/v1/console/catalog/guides/:slug', {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Xóa một hướng dẫn', description: UNIT_NOTE, params: AdminGuideParams, querystring: ConsoleUnitQuery, response: { 204: Type.Null(), ...ERRORS } },
  }, async (request, reply) => {
    await lists.deleteGuide(await consoleUnit(request, units, request.query.unit), request.params.slug);
    return reply.code(204).send(null);
  });
};
