import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  JurisdictionQuery,
  Open311Errors,
  Open311PostRequestBody,
  Open311PostResult,
  Open311Request,
  Open311RequestParams,
  Open311RequestQuery,
  Open311RequestsQuery,
  Open311Service,
  Open311ServiceDefinition,
  Open311ServiceParams,
} from '@cchc/shared/api/open311';
import { Type } from '@sinclair/typebox';
import type { GeoReportService } from './georeport.service.ts';
import { useOpen311Errors } from './open311-errors.ts';

export interface Open311RoutesOptions {
  georeport: GeoReportService;
  /** PUBLIC_URL: media links are built from it, never from the request's Host or X-Forwarded-Host. */
  publicUrl: string;
}

const TAGS = ['Open311 GeoReport v2'];
const FORM_BODY_LIMIT = 64 * 1024;
const READ_LIMIT = { rateLimit: { max: 300, timeWindow: '1 minute' } };
const WRITE_LIMIT = { rateLimit: { max: 60, timeWindow: '1 minute' } };
const PUBLIC_NOTE =
  'Công khai, không cần khóa: không có thông tin liên hệ của người phản ánh; họ tên, số điện thoại, địa chỉ, email, số giấy tờ trong nội dung đã được che.';

/**
 * Open311 GeoReport v2, JSON only, registered with the prefix /open311/v2. Its own
 * error format and 404 live in this scope only.
 */
export const open311Routes: FastifyPluginAsyncTypebox<Open311RoutesOptions> = async (app, { georeport, publicUrl }) => {
  useOpen311Errors(app);
  // Standard Open311 clients POST form-encoded bodies; empty fields count as absent.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT }, (_request, body, done) => {
    const fields: Record<string, string> = {};
    for (const [name, value] of new URLSearchParams(String(body))) if (value.trim() !== '') fields[name] = value;
    done(null, fields);
  });

  app.get('/services.json', {
    config: READ_LIMIT,
    schema: {
      tags: TAGS,
      summary: 'Danh sách dịch vụ: các chủ đề phản ánh đang mở của đơn vị',
      querystring: JurisdictionQuery,
      response: { 200: Type.Array(Open311Service), 400: Open311Errors, 404: Open311Errors },
    },
  }, async (request) => georeport.services(request.query.jurisdiction_id));

  app.get('/services/:service_code.json', {
    config: READ_LIMIT,
    schema: {
      tags: TAGS,
      summary: 'Định nghĩa một dịch vụ (không có trường bổ sung)',
      params: Open311ServiceParams,
      querystring: JurisdictionQuery,
      response: { 200: Open311ServiceDefinition, 400: Open311Errors, 404: Open311Errors },
    },
  }, async (request) => georeport.serviceDefinition(request.query.jurisdiction_id, request.params.service_code));

  app.get('/requests.json', {
    config: READ_LIMIT,
    schema: {
      tags: TAGS,
      summary: 'Danh sách phản ánh (service requests), mới nhất trước',
      description:
        `${PUBLIC_NOTE} Không có service_request_id và start_date: 90 ngày gần nhất; tối đa 1000 kết quả. ` +
        'status open: mới, đã tiếp nhận, đang xử lý, đã chuyển, mở lại; closed: đã trả lời, đã đóng, từ chối.',
      querystring: Open311RequestsQuery,
      response: { 200: Type.Array(Open311Request), 400: Open311Errors, 404: Open311Errors },
    },
  }, async (request) => georeport.requests(request.query, publicUrl));

  app.get('/requests/:service_request_id.json', {
    config: READ_LIMIT,
    schema: {
      tags: TAGS,
      summary: 'Một phản ánh (danh sách một phần tử)',
      description: PUBLIC_NOTE,
      params: Open311RequestParams,
      querystring: Open311RequestQuery,
      response: { 200: Type.Array(Open311Request), 400: Open311Errors, 404: Open311Errors },
    },
  }, async (request) => georeport.request(request.params.service_request_id, request.query.jurisdiction_id, request.query.api_key, publicUrl));

  app.post('/requests.json', {
    config: WRITE_LIMIT,
    schema: {
      tags: TAGS,
      summary: 'Gửi một phản ánh từ hệ thống khác (cần api_key)',
      description:
        'application/x-www-form-urlencoded hoặc JSON. Bắt buộc: api_key, jurisdiction_id, service_code, description (ít nhất 20 ký tự), ' +
        'first_name/last_name, phone, và địa chỉ liên hệ (contact_address, trường mở rộng; không có thì dùng address_string) theo Nghị định 20/2008/NĐ-CP Điều 7. ' +
        'Vị trí: lat và long, và/hoặc address_string. Gửi lại đúng yêu cầu ấy trong ngày (hoặc cùng tiêu đề Idempotency-Key) nhận lại cùng mã, không tạo bản ghi mới.',
      consumes: ['application/x-www-form-urlencoded', 'application/json'],
      body: Open311PostRequestBody,
      response: { 201: Open311PostResult, 400: Open311Errors, 403: Open311Errors, 404: Open311Errors, 409: Open311Errors, 429: Open311Errors },
    },
  }, async (request, reply) => {
    const header = request.headers['idempotency-key'];
    const result = await georeport.create(request.body, typeof header === 'string' && header.trim() !== '' ? header.trim() : undefined);
    return reply.code(201).send(result);
  });
};
