import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { ErrorBody } from '@cchc/shared/api/common';
import { CurrentSurvey, PublicSatisfaction, SubmitSurveyBody, SubmitSurveyResult } from '@cchc/shared/api/satisfaction';
import { UnitParams } from '@cchc/shared/api/units';
import { citizenKeyOf, DEVICE_ID_HEADER, ZALO_AUTHORIZATION_HEADER } from '../../lib/citizen-identity.ts';
import { RateLimitedError } from '../../lib/domain-errors.ts';
import type { RateLimits } from '../rate-limits/rate-limits.service.ts';
import { publicRange } from './satisfaction-range.ts';
import type { SatisfactionService } from './satisfaction.service.ts';
import type { SurveyService } from './survey.service.ts';

export interface SurveyRoutesOptions {
  survey: SurveyService;
  satisfaction: SatisfactionService;
  limits: RateLimits;
  /** Responses per hour per citizen (Zalo identity or device). */
  surveyCitizenRateLimit: number;
  /** Responses per minute per client address. */
  surveyRateLimit: number;
}

const TAGS = ['Khảo sát sự hài lòng'];
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 });

/** The citizen's survey (issue 10): the questions, the answers, and a publishing commune's figures. */
export const surveyRoutes: FastifyPluginAsyncTypebox<SurveyRoutesOptions> = async (app, options) => {
  const { survey, satisfaction } = options;
  // Counted in the database, so the limit holds across server processes.
  const limitCitizen = async (request: FastifyRequest) => {
    const who = request.zaloCitizen ? request.zaloCitizen.key : String(request.headers['x-device-id'] ?? request.ip);
    const counter = await options.limits.hit('survey-citizen', who, 3_600_000);
    if (counter.count > options.surveyCitizenRateLimit) {
      const retryAfter = Math.max(1, Math.ceil(counter.ttlMs / 1000));
      throw new RateLimitedError('RATE_LIMITED', `Bạn đã gửi nhiều phiếu đánh giá trong một giờ. Vui lòng thử lại sau ${Math.ceil(retryAfter / 60)} phút.`, retryAfter);
    }
  };

  app.get('/api/v1/units/:unit/surveys/current', {
    schema: {
      tags: TAGS,
      summary: 'Phiếu khảo sát sự hài lòng hiện hành (theo mô hình SIPAS)',
      description: 'Các câu hỏi (mã, yếu tố, loại, nội dung, bắt buộc), thang 5 mức, danh sách mong đợi. Gửi lại questionSetVersion khi trả lời.',
      params: UnitParams,
      response: { 200: CurrentSurvey, 404: ErrorBody },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return survey.current(request.params.unit);
  });

  app.post('/api/v1/units/:unit/surveys/responses', {
    config: { rateLimit: { max: options.surveyRateLimit, timeWindow: '1 minute' } },
    preValidation: [app.identifyCitizen, limitCitizen],
    schema: {
      tags: TAGS,
      summary: 'Gửi phiếu đánh giá sự hài lòng',
      description: 'Không cần họ tên. Mỗi người (tài khoản Zalo, hoặc thiết bị) một phiếu cho mỗi lần giải quyết: theo mã PAKN khi có, nếu không theo thủ tục, quầy và ngày. Phiếu thứ hai: 409.',
      params: UnitParams,
      headers: Type.Object({ 'x-device-id': DEVICE_ID_HEADER, authorization: ZALO_AUTHORIZATION_HEADER }),
      body: SubmitSurveyBody,
      response: { 201: SubmitSurveyResult, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 409: ErrorBody, 429: ErrorBody, 503: ErrorBody },
    },
  }, async (request, reply) => {
    const result = await survey.submit(request.params.unit, request.body, citizenKeyOf(request));
    return reply.code(201).send(result);
  });

  app.get('/api/v1/units/:unit/satisfaction', {
    schema: {
      tags: TAGS,
      summary: 'Chỉ số hài lòng công khai của xã, phường',
      description: 'Chỉ khi đơn vị chọn công khai (nếu không: 404). Chỉ số chung, từng yếu tố (tỷ lệ hài lòng, cỡ mẫu, khoảng tin cậy 95% Wilson) và các tỷ lệ theo Quyết định 766. Không có ý kiến góp ý hay thông tin cá nhân. Mặc định: 12 tháng gần nhất.',
      params: UnitParams,
      querystring: Type.Object({ from: Type.Optional(Day), to: Type.Optional(Day) }),
      response: { 200: PublicSatisfaction, 400: ErrorBody, 404: ErrorBody },
    },
  }, async (request, reply) => {
    const { from, to } = publicRange(request.query);
    reply.header('cache-control', 'public, max-age=300');
    return satisfaction.publicFigures(request.params.unit, from, to);
  });
};
