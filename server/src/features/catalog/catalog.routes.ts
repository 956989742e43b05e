import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  FieldCount,
  GuideDetail,
  GuideParams,
  GuideSummary,
  Hotline,
  ProcedureDetail,
  ProcedureList,
  ProcedureListQuery,
  ProcedureParams,
} from '@cchc/shared/api/catalog';
import { ErrorBody, ListOf } from '@cchc/shared/api/common';
import { UnitParams } from '@cchc/shared/api/units';
import { cachedRead } from '../../lib/http-cache.ts';
import type { CatalogService } from './catalog.service.ts';

export interface CatalogRoutesOptions {
  catalog: CatalogService;
  searchRateLimit: number;
}

const NOT_MODIFIED = { 304: Type.Null({ description: 'Không thay đổi (ETag khớp)' }) };
const TAGS = ['Danh mục công khai'];

export const catalogRoutes: FastifyPluginAsyncTypebox<CatalogRoutesOptions> = async (app, { catalog, searchRateLimit }) => {
  app.get('/api/v1/units/:unit/procedures', {
    // Searches are many and the limit generous: its hits are written to the database in batches.
    config: { rateLimit: { max: searchRateLimit, timeWindow: '1 minute', batched: true } as { max: number; timeWindow: string } },
    schema: {
      tags: TAGS,
      summary: 'Tìm và liệt kê thủ tục hành chính',
      description: 'q: từ khóa tự do, có dấu hoặc không dấu, viết tắt, từ ngữ đời thường; kết quả phù hợp nhất trước.',
      params: UnitParams,
      querystring: ProcedureListQuery,
      response: { 200: ProcedureList, ...NOT_MODIFIED, 400: ErrorBody, 404: ErrorBody, 429: ErrorBody },
    },
  }, async (request, reply) => {
    const { version, body } = await catalog.listProcedures(request.params.unit, request.query);
    // Each list answer is a new page of kept procedures: their JSON is kept, the page's is not.
    return cachedRead(request, reply, version, body, 'page');
  });

  app.get('/api/v1/units/:unit/procedure-fields', {
    schema: {
      tags: TAGS,
      summary: 'Các lĩnh vực và số thủ tục của mỗi lĩnh vực',
      params: UnitParams,
      response: { 200: ListOf(FieldCount), ...NOT_MODIFIED, 404: ErrorBody },
    },
  }, async (request, reply) => {
    const { version, body } = await catalog.listFields(request.params.unit);
    return cachedRead(request, reply, version, body);
  });

  app.get('/api/v1/units/:unit/procedures/:code', {
    schema: {
      tags: TAGS,
      summary: 'Chi tiết một thủ tục',
      params: ProcedureParams,
      response: { 200: ProcedureDetail, ...NOT_MODIFIED, 404: ErrorBody },
    },
  }, async (request, reply) => {
    const { version, body } = await catalog.getProcedure(request.params.unit, request.params.code);
    return cachedRead(request, reply, version, body);
  });

  app.get('/api/v1/units/:unit/hotlines', {
    schema: {
      tags: TAGS,
      summary: 'Đường dây nóng',
      params: UnitParams,
      response: { 200: ListOf(Hotline), ...NOT_MODIFIED, 404: ErrorBody },
    },
  }, async (request, reply) => {
    const { version, body } = await catalog.listHotlines(request.params.unit);
    return cachedRead(request, reply, version, body);
  });

  app.get('/api/v1/units/:unit/guides', {
    schema: {
      tags: TAGS,
      summary: 'Hướng dẫn dịch vụ công trực tuyến',
      params: UnitParams,
      response: { 200: ListOf(GuideSummary), ...NOT_MODIFIED, 404: ErrorBody },
    },
  }, async (request, reply) => {
    const { version, body } = await catalog.listGuides(request.params.unit);
    return cachedRead(request, reply, version, body);
  });

  app.get('/api/v1/units/:unit/guides/:slug', {
    schema: {
      tags: TAGS,
      summary: 'Một hướng dẫn, từng bước',
      params: GuideParams,
      response: { 200: GuideDetail, ...NOT_MODIFIED, 404: ErrorBody },
    },
  }, async (request, reply) => {
    const { version, body } = await catalog.getGuide(request.params.unit, request.params.slug);
    return cachedRead(request, reply, version, body);
  });
};
