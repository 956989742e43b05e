import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorBody, ListOf, Paging, Uuid } from '@cchc/shared/api/common';
import {
  ChannelAdvice,
  CheckFeedbackBody,
  CitizenFeedback,
  MyFeedbackItem,
  PublishedFeedback,
  RateBody,
  ReopenBody,
  SubmitFeedbackBody,
  SubmitFeedbackResult,
  Topic,
} from '@cchc/shared/api/feedback';
import { UnitParams } from '@cchc/shared/api/units';
import { RateLimitedError } from '../../lib/domain-errors.ts';
import { citizenKeyOf, citizenKeysOf, DEVICE_ID_HEADER, ZALO_AUTHORIZATION_HEADER } from '../../lib/citizen-identity.ts';
import type { RateLimits } from '../rate-limits/rate-limits.service.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import { adviseChannel } from './channel-advice.ts';
import { PhotoBytes, type PhotoService } from './photo.service.ts';
import type { SubmissionService } from './submission.service.ts';
import type { TopicsService } from '../rules/topics.service.ts';
import type { TrackingService } from './tracking.service.ts';

export interface FeedbackRoutesOptions {
  units: UnitDirectory;
  topics: TopicsService;
  submissions: SubmissionService;
  tracking: TrackingService;
  photos: PhotoService;
  feedbackRateLimit: number;
  feedbackCitizenRateLimit: number;
  limits: RateLimits;
}

const TAGS = ['Phản ánh, kiến nghị'];
const CodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) });
const PhotoParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }), id: Uuid() });
const AccessKeyHeader = Type.Object({
  'x-access-key': Type.Optional(Type.String({ maxLength: 40, description: 'Mã truy cập nhận được khi gửi phản ánh' })),
});
// Guessing codes and keys is slowed down; a citizen opens a few items a minute.
const TRACKING_LIMIT = { rateLimit: { max: 120, timeWindow: '1 minute' } };

/** Inside Zalo the Mini App's origin is Zalo's: its <img> may load PAKN photos from here. */
const allowCrossOriginImage = async (_request: FastifyRequest, reply: FastifyReply) => {
  reply.header('cross-origin-resource-policy', 'cross-origin');
};

export const feedbackRoutes: FastifyPluginAsyncTypebox<FeedbackRoutesOptions> = async (app, options) => {
  const { units, topics, submissions, tracking, photos } = options;
  // Counted in the database, so the limit holds across server processes.
  const limitCitizen = async (request: FastifyRequest) => {
    // A Zalo citizen is counted as one, whatever device they write from.
    const who = request.zaloCitizen ? request.zaloCitizen.key : String(request.headers['x-device-id'] ?? request.ip);
    const counter = await options.limits.hit('feedback-citizen', who, 3_600_000);
    if (counter.count > options.feedbackCitizenRateLimit) {
      const retryAfter = Math.max(1, Math.ceil(counter.ttlMs / 1000));
      throw new RateLimitedError('RATE_LIMITED', `Bạn đã gửi nhiều phản ánh trong một giờ. Vui lòng thử lại sau ${Math.ceil(retryAfter / 60)} phút.`, retryAfter);
    }
  };

  app.get('/api/v1/units/:unit/feedback/topics', {
    schema: { tags: TAGS, summary: 'Các lĩnh vực phản ánh của đơn vị', params: UnitParams, response: { 200: ListOf(Topic), 404: ErrorBody } },
  }, async (request) => ({ items: await topics.list(request.params.unit) }));

  app.post('/api/v1/units/:unit/feedback/check', {
    schema: {
      tags: TAGS,
      summary: 'Kiểm tra nội dung có phải khiếu nại, tố cáo không (trước khi gửi)',
      params: UnitParams,
      body: CheckFeedbackBody,
      response: { 200: ChannelAdvice, 400: ErrorBody, 404: ErrorBody },
    },
  }, async (request) => {
    await units.get(request.params.unit);
    return adviseChannel(request.body.content);
  });

  app.post('/api/v1/units/:unit/feedback', {
    config: { rateLimit: { max: options.feedbackRateLimit, timeWindow: '1 minute' } },
    preValidation: [app.identifyCitizen, limitCitizen],
    schema: {
      tags: TAGS,
      summary: 'Gửi phản ánh, kiến nghị',
      description: 'Cần tiêu đề Idempotency-Key: gửi lại cùng mã và cùng nội dung nhận lại đúng kết quả cũ, không tạo bản ghi mới.',
      params: UnitParams,
      headers: Type.Object({
        'idempotency-key': Type.Optional(Type.String({ description: '8–100 ký tự, mỗi lần gửi một mã mới' })),
        'x-device-id': DEVICE_ID_HEADER,
        authorization: ZALO_AUTHORIZATION_HEADER,
      }),
      body: SubmitFeedbackBody,
      response: { 201: SubmitFeedbackResult, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 409: ErrorBody, 429: ErrorBody, 503: ErrorBody },
    },
  }, async (request, reply) => {
    const citizenKey = citizenKeyOf(request);
    const result = await submissions.submit({
      unitSlug: request.params.unit,
      body: request.body,
      idempotencyKey: request.headers['idempotency-key'],
      citizenKey,
    });
    return reply.code(201).send(result);
  });

  app.get('/api/v1/units/:unit/feedback/published', {
    schema: {
      tags: TAGS,
      summary: 'Phản ánh đã trả lời và được công khai (đã ẩn thông tin cá nhân)',
      params: UnitParams,
      querystring: Type.Object(Paging),
      response: { 200: Type.Object({ items: Type.Array(PublishedFeedback), total: Type.Integer() }), 400: ErrorBody, 404: ErrorBody },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'public, max-age=60');
    return tracking.published(request.params.unit, request.query.limit ?? 20, request.query.offset ?? 0);
  });

  app.get('/api/v1/feedback/mine', {
    preValidation: app.identifyCitizen,
    // A new Zalo token costs a call to Zalo: a flood of made-up tokens is slowed down.
    config: TRACKING_LIMIT,
    schema: {
      tags: TAGS,
      summary: 'Phản ánh của tôi',
      description: 'Theo tài khoản Zalo khi có mã truy cập Zalo (kể cả phản ánh đã gửi từ thiết bị này trước khi đăng nhập và phản ánh gửi qua Zalo OA), nếu không thì theo thiết bị.',
      headers: Type.Object({ 'x-device-id': DEVICE_ID_HEADER, authorization: ZALO_AUTHORIZATION_HEADER }),
      response: { 200: ListOf(MyFeedbackItem), 400: ErrorBody, 401: ErrorBody, 503: ErrorBody },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return tracking.mine(citizenKeysOf(request));
  });

  app.get('/api/v1/feedback/:code', {
    config: TRACKING_LIMIT,
    schema: {
      tags: TAGS,
      summary: 'Tra cứu một phản ánh: trạng thái, lịch sử, câu trả lời',
      params: CodeParams,
      headers: AccessKeyHeader,
      response: { 200: CitizenFeedback, 404: ErrorBody, 429: ErrorBody },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return tracking.get(request.params.code, request.headers['x-access-key']);
  });

  app.post('/api/v1/feedback/:code/rating', {
    config: TRACKING_LIMIT,
    schema: {
      tags: TAGS,
      summary: 'Đánh giá câu trả lời (hài lòng thì phản ánh được đóng)',
      params: CodeParams,
      headers: AccessKeyHeader,
      body: RateBody,
      response: { 200: CitizenFeedback, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 429: ErrorBody },
    },
  }, async (request) => tracking.rate(request.params.code, request.headers['x-access-key'], request.body.value, request.body.comment));

  app.post('/api/v1/feedback/:code/reopen', {
    config: TRACKING_LIMIT,
    schema: {
      tags: TAGS,
      summary: 'Mở lại phản ánh chưa được giải quyết (trong thời hạn đơn vị cho phép)',
      params: CodeParams,
      headers: AccessKeyHeader,
      body: ReopenBody,
      response: { 200: CitizenFeedback, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 429: ErrorBody },
    },
  }, async (request) => tracking.reopen(request.params.code, request.headers['x-access-key'], request.body.reason));

  app.get('/api/v1/feedback/:code/photos/:id', {
    onRequest: allowCrossOriginImage,
    config: TRACKING_LIMIT,
    schema: {
      tags: TAGS,
      summary: 'Ảnh của phản ánh, cho chính người gửi (đường dẫn có chữ ký)',
      params: PhotoParams,
      querystring: Type.Object({
        exp: Type.Optional(Type.Integer({ minimum: 0, maximum: 99_999_999_999, description: 'Hết hạn (giây Unix)' })),
        sig: Type.Optional(Type.String({ maxLength: 64 })),
      }),
      response: { 200: PhotoBytes, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
    },
  }, async (request, reply) => {
    const photo = await photos.forCitizen(request.params.code, request.params.id, request.query.exp, request.query.sig);
    return reply.header('cache-control', `private, max-age=${photo.maxAgeSeconds}`).type(photo.contentType).send(photo.stream);
  });

  app.get('/api/v1/public/photos/:id', {
    onRequest: allowCrossOriginImage,
    schema: {
      tags: TAGS,
      summary: 'Ảnh được công khai cùng câu trả lời',
      params: Type.Object({ id: Uuid() }),
      response: { 200: PhotoBytes, 404: ErrorBody },
    },
  }, async (request, reply) => {
    const photo = await photos.published(request.params.id);
    return reply.header('cache-control', 'public, max-age=300').type(photo.contentType).send(photo.stream);
  });
};
