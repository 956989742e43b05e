import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from '@cchc/shared/api/feedback';
import {
  JurisdictionQuery,
  Open311Errors,
  Open311PostRequestBody,
  Open311PostResult,
  Open311Request,
  Open311RequestParams,
  Open311RequestQuery,
  Open311RequestsQuery,
  Open311RequestUpdate,
  Open311Service,
  Open311ServiceDefinition,
  Open311ServiceParams,
  Open311UpdatesQuery,
} from '@cchc/shared/api/open311';
import { Type } from '@sinclair/typebox';
import { ForbiddenError } from '../../lib/domain-errors.ts';
import type { GeoReportService } from './georeport.service.ts';
import { normalizePostBody, parseForm } from './open311-body.ts';
import { FORMATS, type Open311Format, sendList, XML_TYPE } from './open311-format.ts';
import type { Open311IntakeService } from './open311-intake.service.ts';
import { xmlObject } from './open311-xml.ts';

export interface Open311RoutesOptions {
  georeport: GeoReportService;
  intake: Open311IntakeService;
  /** PUBLIC_URL: media links are built from it, never from the request's Host or X-Forwarded-Host. */
  publicUrl: string;
}

const TAGS = ['Open311 GeoReport v2'];
const FORM_BODY_LIMIT = 64 * 1024;
const READ_LIMIT = { rateLimit: { max: 300, timeWindow: '1 minute' } };
const WRITE_LIMIT = { rateLimit: { max: 60, timeWindow: '1 minute' } };
const PUBLIC_NOTE =
  'Không cần khóa: mọi phản ánh có trạng thái, dịch vụ và thời gian; nội dung (đã che họ tên, số điện thoại, địa chỉ, email, số giấy tờ) ' +
  'chỉ có ở các trả lời đã công khai, hoặc với khóa của đơn vị. Không bao giờ có thông tin liên hệ của người phản ánh.';
/** A PAKN changes only in the console (officers) and the Mini App (its sender); other systems follow it. */
const UPDATES_REFUSED =
  'Không nhận cập nhật phản ánh từ hệ thống khác: cán bộ xử lý phản ánh trong bảng điều khiển, người phản ánh bổ sung hoặc mở lại trong Mini App. ' +
  'Theo dõi trạng thái bằng GET servicerequestupdates; tắt việc gửi cập nhật cho nguồn này.';
const XML_ANSWER = Type.String({ description: 'XML theo GeoReport v2' });

/** The 200 answer of a route in this format: the JSON schema, or the XML document. */
const answer = (format: Open311Format, json: object) => (format === 'json' ? json : XML_ANSWER);

/**
 * Open311 GeoReport v2 under /open311/v2, each endpoint in XML (.xml) and JSON
 * (.json). Errors answer in Open311's format through the one error handler's variant.
 */
export const open311Routes: FastifyPluginAsyncTypebox<Open311RoutesOptions> = async (app, { georeport, intake, publicUrl }) => {
  // Standard Open311 clients POST form-encoded bodies, or multipart/form-data with images.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT }, (_request, body, done) => {
    done(null, parseForm(String(body)));
  });
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: MAX_PHOTO_BYTES, files: MAX_PHOTOS, fields: 60, fieldSize: 10_000 },
  });

  for (const format of FORMATS) {
    const errors = { 400: Open311Errors, 403: Open311Errors, 404: Open311Errors };

    app.get(`/services.${format}`, {
      config: READ_LIMIT,
      schema: {
        tags: TAGS,
        summary: `Danh sách dịch vụ: các chủ đề phản ánh đang mở của đơn vị (${format})`,
        querystring: JurisdictionQuery,
        response: { 200: answer(format, Type.Array(Open311Service)), ...errors },
      },
    }, async (request, reply) => sendList(reply, format, 'services', 'service', await georeport.services(request.query.jurisdiction_id)));

    app.get(`/services/:service_code.${format}`, {
      config: READ_LIMIT,
      schema: {
        tags: TAGS,
        summary: `Định nghĩa một dịch vụ: các trường bắt buộc theo Nghị định 20/2008/NĐ-CP (${format})`,
        params: Open311ServiceParams,
        querystring: JurisdictionQuery,
        response: { 200: answer(format, Open311ServiceDefinition), ...errors },
      },
    }, async (request, reply) => {
      const definition = await georeport.serviceDefinition(request.query.jurisdiction_id, request.params.service_code);
      if (format === 'json') return definition;
      return reply.type(XML_TYPE).send(xmlObject('service_definition', { service_code: definition.service_code, attributes: { attribute: definition.attributes } }));
    });

    app.get(`/requests.${format}`, {
      config: READ_LIMIT,
      schema: {
        tags: TAGS,
        summary: `Danh sách phản ánh (service requests), mới nhất trước (${format})`,
        description:
          `${PUBLIC_NOTE} Có service_request_id thì bỏ qua mọi bộ lọc khác; không có service_request_id và start_date: 90 ngày gần nhất; tối đa 1000 kết quả. ` +
          'status open: mới, đã tiếp nhận, đang xử lý, đã chuyển, mở lại; closed: đã trả lời, đã đóng, từ chối.',
        querystring: Open311RequestsQuery,
        response: { 200: answer(format, Type.Array(Open311Request)), ...errors },
      },
    }, async (request, reply) => sendList(reply, format, 'service_requests', 'request', await georeport.requests(request.query, publicUrl)));

    app.get(`/requests/:service_request_id.${format}`, {
      config: READ_LIMIT,
      schema: {
        tags: TAGS,
        summary: `Một phản ánh (danh sách một phần tử) (${format})`,
        description: PUBLIC_NOTE,
        params: Open311RequestParams,
        querystring: Open311RequestQuery,
        response: { 200: answer(format, Type.Array(Open311Request)), ...errors },
      },
    }, async (request, reply) => {
      const found = await georeport.request(request.params.service_request_id, request.query.jurisdiction_id, request.query.api_key, publicUrl);
      return sendList(reply, format, 'service_requests', 'request', found);
    });

    app.get(`/servicerequestupdates.${format}`, {
      config: READ_LIMIT,
      schema: {
        tags: TAGS,
        summary: `Các lần đổi trạng thái phản ánh (phần mở rộng servicerequestupdates của mySociety) (${format})`,
        description: 'start_date, end_date: ISO 8601; mặc định 90 ngày gần nhất, cũ nhất trước, tối đa 1000. Mô tả là trạng thái bằng lời, không có ghi chú nội bộ.',
        querystring: Open311UpdatesQuery,
        response: { 200: answer(format, Type.Array(Open311RequestUpdate)), ...errors },
      },
    }, async (request, reply) => sendList(reply, format, 'service_requests_updates', 'request_update', await georeport.updates(request.query)));

    app.post(`/servicerequestupdates.${format}`, {
      config: WRITE_LIMIT,
      schema: {
        tags: TAGS,
        summary: `Gửi cập nhật cho một phản ánh: không nhận (${format})`,
        description: UPDATES_REFUSED,
        response: { 403: Open311Errors },
      },
    }, async () => {
      throw new ForbiddenError('FORBIDDEN', UPDATES_REFUSED);
    });

    app.post(`/requests.${format}`, {
      config: WRITE_LIMIT,
      preValidation: async (request) => normalizePostBody(request),
      schema: {
        tags: TAGS,
        summary: `Gửi một phản ánh từ hệ thống khác (cần api_key) (${format})`,
        description:
          'application/x-www-form-urlencoded, multipart/form-data (ảnh trong trường media) hoặc JSON. Bắt buộc: api_key, jurisdiction_id, service_code, ' +
          'description (ít nhất 20 ký tự) và vị trí (lat và long, address_string hoặc address_id). Theo Nghị định 20/2008/NĐ-CP Điều 7, mỗi dịch vụ có ba trường ' +
          'bắt buộc: attribute[contact_name] (hoặc first_name/last_name), attribute[contact_phone] (hoặc phone), attribute[contact_address] ' +
          '(hoặc contact_address, không có thì address_string). email và media_url được lưu cho đơn vị, không công khai. ' +
          'Gửi lại đúng yêu cầu ấy trong ngày (hoặc cùng tiêu đề Idempotency-Key) nhận lại cùng mã, không tạo bản ghi mới.',
        consumes: ['application/x-www-form-urlencoded', 'multipart/form-data', 'application/json'],
        body: Open311PostRequestBody,
        response: { 201: answer(format, Open311PostResult), ...errors, 409: Open311Errors, 413: Open311Errors, 429: Open311Errors },
      },
    }, async (request, reply) => {
      const header = request.headers['idempotency-key'];
      const result = await intake.create(request.body, request.open311Media ?? [], typeof header === 'string' && header.trim() !== '' ? header.trim() : undefined, request.ip);
      reply.code(201);
      return sendList(reply, format, 'service_requests', 'request', result);
    });
  }
};
