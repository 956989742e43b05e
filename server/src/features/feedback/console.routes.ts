import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { ErrorBody, Uuid } from '@cchc/shared/api/common';
import { FeedbackAction, OfficerFeedback, PublicCopyBody, PublicCopyPreview, Queue, QueueQuery, TransferAgencyList } from '@cchc/shared/api/console';
import type { ConsoleActionsService } from './console-actions.service.ts';
import type { TransferAgencies } from '../units/transfer-agencies.service.ts';
import type { ConsoleService, OfficerIdentity } from './console.service.ts';
import { PhotoBytes } from './photo.service.ts';

export interface ConsoleRoutesOptions {
  reads: ConsoleService;
  actions: ConsoleActionsService;
  /** The province's agencies a PAKN may be transferred to. */
  agencies: Pick<TransferAgencies, 'list'>;
}

const TAGS = ['Bàn làm việc cán bộ'];
const CodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) });
const ERRORS = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** requireOfficer ran first: the officer is there. */
const officerOf = (request: FastifyRequest): OfficerIdentity => request.officer!;

/** The officers' PAKN desk. Scoping to the officer's unit happens in the repository, on every query. */
export const consoleFeedbackRoutes: FastifyPluginAsyncTypebox<ConsoleRoutesOptions> = async (app, { reads, actions, agencies }) => {
  const officer = app.requireOfficer();

  app.get('/api/v1/console/transfer-agencies', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Cơ quan nhận chuyển phản ánh ngoài thẩm quyền (Công an xã, các phòng chuyên môn của thành phố)',
      response: { 200: TransferAgencyList, 401: ErrorBody },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return { items: await agencies.list(officerOf(request).unitId) };
  });

  app.get('/api/v1/console/feedback', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Hàng đợi phản ánh của đơn vị, hạn sớm nhất trước',
      querystring: QueueQuery,
      response: { 200: Queue, ...ERRORS },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return reads.queue(officerOf(request), request.query);
  });

  app.get('/api/v1/console/feedback/:code', {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Một phản ánh: nội dung, lịch sử, ảnh, thao tác được phép', params: CodeParams, response: { 200: OfficerFeedback, ...ERRORS } },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return reads.get(officerOf(request), request.params.code);
  });

  app.post('/api/v1/console/feedback/:code/actions', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Xử lý phản ánh: tiếp nhận, từ chối, giao, chuyển, ghi chú, soạn, duyệt, trả lại, công khai',
      params: CodeParams,
      body: FeedbackAction,
      response: { 200: OfficerFeedback, ...ERRORS },
    },
  }, async (request) => actions.act(officerOf(request), request.params.code, request.body));

  app.get('/api/v1/console/feedback/:code/public-copy', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Bản công khai: đúng nội dung và câu trả lời sẽ công khai (đã ẩn thông tin cá nhân), các đoạn đã ẩn',
      params: CodeParams,
      response: { 200: PublicCopyPreview, ...ERRORS },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return reads.publicCopy(officerOf(request), request.params.code);
  });

  app.put('/api/v1/console/feedback/:code/public-copy', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Lãnh đạo sửa bản công khai (bản gốc giữ nguyên); bản sửa vẫn được ẩn thông tin cá nhân',
      params: CodeParams,
      body: PublicCopyBody,
      response: { 200: PublicCopyPreview, ...ERRORS },
    },
  }, async (request) => actions.editPublicCopy(officerOf(request), request.params.code, request.body));

  app.get('/api/v1/console/feedback/:code/photos/:id', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Ảnh của phản ánh',
      params: Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }), id: Uuid() }),
      response: { 200: PhotoBytes, 401: ErrorBody, 404: ErrorBody },
    },
  }, async (request, reply) => {
    const photo = await reads.photo(officerOf(request), request.params.code, request.params.id);
    return reply.header('cache-control', 'private, no-store').type(photo.contentType).send(photo.stream);
  });
};
