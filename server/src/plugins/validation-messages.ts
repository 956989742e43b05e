import type { FastifySchemaValidationError } from 'fastify/types/schema.js';
import { HTTP_URL_PATTERN } from '@cchc/shared/api/common';

const PLACES: Record<string, string> = {
  querystring: 'Tham số',
  params: 'Đường dẫn',
  body: 'Dữ liệu gửi lên',
  headers: 'Tiêu đề',
};

/** Ajv's English errors → one Vietnamese sentence naming the field and what to fix. */
export function describeValidation(errors: FastifySchemaValidationError[], context: string): string {
  // In a union such as null-or-link, the branch that says what is wrong (the pattern) beats "must be null".
  const first = errors.find((e) => e.keyword === 'pattern') ?? errors[0];
  if (!first) return 'Dữ liệu gửi lên chưa hợp lệ.';
  const place = PLACES[context] ?? 'Dữ liệu';
  const field = first.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const params = first.params as Record<string, unknown>;
  const subject = field ? `${place} "${field}"` : place;
  switch (first.keyword) {
    case 'required':
      return `${place}: thiếu trường "${String(params.missingProperty)}".`;
    case 'maxLength':
      return `${subject} dài quá ${String(params.limit)} ký tự. Vui lòng rút gọn.`;
    case 'minLength':
      return `${subject} cần ít nhất ${String(params.limit)} ký tự.`;
    case 'maximum':
      return `${subject} không được lớn hơn ${String(params.limit)}.`;
    case 'minimum':
      return `${subject} không được nhỏ hơn ${String(params.limit)}.`;
    case 'type':
      return `${subject} sai kiểu dữ liệu: cần ${typeName(String(params.type))}.`;
    case 'pattern':
      if (params.pattern === HTTP_URL_PATTERN) return `${subject} cần là đường dẫn bắt đầu bằng http:// hoặc https://.`;
      return `${subject} không đúng định dạng.`;
    case 'format':
      return `${subject} không đúng định dạng.`;
    case 'additionalProperties':
      return `${place} có trường không được phép: "${String(params.additionalProperty)}".`;
    case 'maxItems':
      return `${subject} có quá nhiều mục (tối đa ${String(params.limit)}).`;
    case 'minItems':
      return `${subject} cần ít nhất ${String(params.limit)} mục.`;
    default:
      return `${subject} có giá trị không được chấp nhận.`;
  }
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    integer: 'số nguyên',
    number: 'số',
    string: 'chuỗi ký tự',
    boolean: 'true hoặc false',
    object: 'đối tượng JSON',
    array: 'danh sách',
  };
  return type.split(',').map((t) => names[t] ?? t).join(' hoặc ');
}

/** Fastify's own 4xx errors (body parsing, Content-Length) → what the caller should fix. */
export function frameworkMessage(error: { code?: string }): string {
  switch (error.code) {
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'Thiếu dữ liệu gửi lên: yêu cầu khai báo JSON (Content-Type: application/json) nhưng không có nội dung.';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'Dữ liệu gửi lên không phải JSON hợp lệ. Vui lòng kiểm tra lại dấu ngoặc, dấu phẩy và dấu nháy.';
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'Độ dài dữ liệu (Content-Length) không khớp với dữ liệu gửi lên. Vui lòng gửi lại.';
    default:
      return 'Yêu cầu không hợp lệ. Vui lòng kiểm tra lại dữ liệu gửi lên.';
  }
}

/** Busboy's words for a multipart or form body that is truncated or malformed (thrown while parsing, without a status). */
const MALFORMED_FORM = ['Multipart: Boundary not found', 'Unexpected end of form', 'Unexpected end of multipart data', 'Malformed part header', 'Malformed urlencoded form'];

export function isMalformedForm(error: { message?: string; statusCode?: number }): boolean {
  return error.statusCode === undefined && MALFORMED_FORM.some((words) => error.message?.startsWith(words));
}

export const MALFORMED_FORM_MESSAGE = 'Dữ liệu biểu mẫu (multipart/form-data) bị hỏng hoặc bị cắt ngang. Vui lòng gửi lại.';
