import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ErrorBody, Paging, Slug } from '@cchc/shared/api/common';
import {
  Granularity,
  QuestionSetDetail,
  QuestionSetInput,
  QuestionSetList,
  SatisfactionFigures,
  SatisfactionPublication,
  SurveyCommentList,
} from '@cchc/shared/api/satisfaction';
import { contentDisposition } from '../reports/report-file-name.ts';
import { unitFor, unitsCovered } from '../units/unit-access.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import type { QuestionSetsService } from './question-sets.service.ts';
import { consoleRange } from './satisfaction-range.ts';
import { satisfactionXlsx } from './satisfaction-xlsx.ts';
import type { SatisfactionService } from './satisfaction.service.ts';

export interface SatisfactionConsoleRoutesOptions {
  units: UnitDirectory;
  satisfaction: SatisfactionService;
  sets: QuestionSetsService;
}

const TAGS = ['Sự hài lòng (cán bộ)'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 });
const RangeQuery = {
  period: Type.Optional(Type.String({ maxLength: 10, description: '2026, 2026-H1, 2026-Q1 hoặc 2026-03' })),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
};
const UnitParams = Type.Object({ unit: Slug });
const SetParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
const READ_ERRORS = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const WRITE_ERRORS = { ...READ_ERRORS, 409: ErrorBody };

/** The console's satisfaction pages: figures, comments, export, publication, the question-set editor. */
export const satisfactionConsoleRoutes: FastifyPluginAsyncTypebox<SatisfactionConsoleRoutesOptions> = async (app, { units, satisfaction, sets }) => {
  const officer = app.requireOfficer();
  const cityAdmin = app.requireOfficer(['city_admin']);

  const figuresOf = async (request: Parameters<typeof unitFor>[0], slug: string, query: { period?: string; from?: string; to?: string; granularity?: 'month' | 'quarter' | 'year' }) => {
    const unit = await unitFor(request, units, slug, 'read');
    const { from, to } = consoleRange(query);
    const covered = await unitsCovered(units, unit);
    return satisfaction.figures({ id: unit.id, slug: unit.slug, name: unit.name, kind: unit.kind }, covered, from, to, query.granularity ?? 'month');
  };

  app.get('/api/v1/console/units/:unit/satisfaction', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Chỉ số hài lòng của đơn vị: từng yếu tố, chỉ số chung, tiêu chí yếu nhất, theo xã, thủ tục, lĩnh vực, xu hướng, 3 tỷ lệ theo QĐ 766',
      description: 'Mặc định 12 tháng gần nhất. Đơn vị cấp thành phố: mọi xã, phường. Mỗi chỉ số có cỡ mẫu, khoảng tin cậy 95% (Wilson) và đánh dấu khi mẫu nhỏ hơn N/(1+N·e²), e = 5%.',
      params: UnitParams,
      querystring: Type.Object({ ...RangeQuery, granularity: Type.Optional(Granularity) }),
      response: { 200: SatisfactionFigures, ...READ_ERRORS },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return figuresOf(request, request.params.unit, request.query);
  });

  app.get('/api/v1/console/units/:unit/satisfaction/export', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Tải bảng tính (XLSX) chỉ số hài lòng của kỳ',
      params: UnitParams,
      querystring: Type.Object({ ...RangeQuery, granularity: Type.Optional(Granularity) }),
      response: READ_ERRORS,
    },
  }, async (request, reply) => {
    const figures = await figuresOf(request, request.params.unit, request.query);
    const file = await satisfactionXlsx(figures);
    return reply
      .header('cache-control', 'no-store')
      .header('content-type', XLSX)
      .header('content-disposition', contentDisposition({ utf8: `chi-so-hai-long-${figures.unit.slug}-${figures.from}-${figures.to}.xlsx`, ascii: `chi-so-hai-long-${figures.unit.slug}-${figures.from}-${figures.to}.xlsx` }))
      .send(file as never);
  });

  app.get('/api/v1/console/units/:unit/satisfaction/comments', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Ý kiến góp ý của người dân trong phiếu khảo sát (mới nhất trước)',
      description: 'Chỉ cán bộ xem được: ý kiến có thể chứa thông tin cá nhân.',
      params: UnitParams,
      querystring: Type.Object({ ...RangeQuery, ...Paging }),
      response: { 200: SurveyCommentList, ...READ_ERRORS },
    },
  }, async (request, reply) => {
    const unit = await unitFor(request, units, request.params.unit, 'read');
    const { from, to } = consoleRange(request.query);
    reply.header('cache-control', 'no-store');
    return satisfaction.comments(await unitsCovered(units, unit), from, to, request.query.limit ?? 20, request.query.offset ?? 0);
  });

  app.get('/api/v1/console/units/:unit/satisfaction/publication', {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Đơn vị có công khai chỉ số hài lòng trên Mini App không', params: UnitParams, response: { 200: SatisfactionPublication, ...READ_ERRORS } },
  }, async (request) => {
    const unit = await unitFor(request, units, request.params.unit, 'read');
    return { publish: await satisfaction.published(unit.id) };
  });

  app.put('/api/v1/console/units/:unit/satisfaction/publication', {
    preHandler: app.requireOfficer(['leader', 'unit_admin', 'city_admin']),
    schema: {
      tags: TAGS,
      summary: 'Bật, tắt công khai chỉ số hài lòng trên Mini App',
      params: UnitParams,
      body: SatisfactionPublication,
      response: { 200: SatisfactionPublication, ...WRITE_ERRORS },
    },
  }, async (request) => {
    const unit = await unitFor(request, units, request.params.unit, request.officer!.role === 'city_admin' ? 'read' : 'write');
    return satisfaction.setPublished(unit, request.body.publish);
  });

  const cityOfOfficer = async (request: { officer?: { unitSlug: string } }) => (await sets.cityOf(request.officer!.unitSlug)).id;

  app.get('/api/v1/console/satisfaction/question-sets', {
    preHandler: cityAdmin,
    schema: { tags: TAGS, summary: 'Các phiên bản bộ câu hỏi khảo sát của thành phố', response: { 200: QuestionSetList, ...READ_ERRORS } },
  }, async (request) => sets.list(await cityOfOfficer(request)));

  app.get('/api/v1/console/satisfaction/question-sets/:id', {
    preHandler: cityAdmin,
    schema: { tags: TAGS, summary: 'Một phiên bản bộ câu hỏi', params: SetParams, response: { 200: QuestionSetDetail, ...READ_ERRORS } },
  }, async (request) => sets.get(await cityOfOfficer(request), request.params.id));

  app.post('/api/v1/console/satisfaction/question-sets', {
    preHandler: cityAdmin,
    schema: { tags: TAGS, summary: 'Tạo bản nháp mới từ bộ câu hỏi hiện hành', response: { 201: QuestionSetDetail, ...WRITE_ERRORS } },
  }, async (request, reply) => reply.code(201).send(await sets.createDraft(await cityOfOfficer(request))));

  app.put('/api/v1/console/satisfaction/question-sets/:id', {
    preHandler: cityAdmin,
    schema: { tags: TAGS, summary: 'Sửa bản nháp (toàn bộ câu hỏi theo thứ tự, mong đợi)', params: SetParams, body: QuestionSetInput, response: { 200: QuestionSetDetail, ...WRITE_ERRORS } },
  }, async (request) => sets.update(await cityOfOfficer(request), request.params.id, request.body));

  app.post('/api/v1/console/satisfaction/question-sets/:id/open', {
    preHandler: cityAdmin,
    schema: { tags: TAGS, summary: 'Mở bản nháp cho người dân trả lời (đóng phiên bản đang mở)', params: SetParams, response: { 200: QuestionSetDetail, ...WRITE_ERRORS } },
  }, async (request) => sets.open(await cityOfOfficer(request), request.params.id));
};
