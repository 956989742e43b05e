import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorBody } from '@cchc/shared/api/common';
import { OfficerFeedback } from '@cchc/shared/api/console';
import { DomainError, InvalidInputError, TooLargeError, UnsupportedMediaError } from '../../lib/domain-errors.ts';
import { MAX_ANSWER_DOCUMENT_BYTES, type AnswerDocumentService, type DocumentFile } from './answer-document.service.ts';
import type { ConsoleService } from './console.service.ts';

export interface AnswerDocumentRoutesOptions {
  documents: AnswerDocumentService;
  reads: ConsoleService;
}

const CodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) });
const PdfBytes = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'application/pdf' });
const MAX_MB = MAX_ANSWER_DOCUMENT_BYTES / 1024 / 1024;

function sendPdf(reply: FastifyReply, file: DocumentFile, cache: string) {
  return reply
    .header('cache-control', cache)
    .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .header('x-content-type-options', 'nosniff')
    .type('application/pdf')
    .send(file.stream);
}

/** The signed văn bản trả lời: the officer attaches it; the citizen opens it; the public only when published. */
export const answerDocumentRoutes: FastifyPluginAsyncTypebox<AnswerDocumentRoutesOptions> = async (app, { documents, reads }) => {
  // Multipart only here, encapsulated: it does not reach the JSON routes.
  await app.register(multipart, { limits: { fileSize: MAX_ANSWER_DOCUMENT_BYTES, files: 1, fields: 0, parts: 1 } });
  const officer = app.requireOfficer();

  app.post('/api/v1/console/feedback/:code/answer-document', {
    preHandler: officer,
    schema: {
      tags: ['Bàn làm việc cán bộ'],
      summary: `Đính kèm văn bản trả lời có chữ ký (PDF, tối đa ${MAX_MB} MB) vào câu trả lời`,
      consumes: ['multipart/form-data'],
      params: CodeParams,
      response: { 200: OfficerFeedback, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 413: ErrorBody, 415: ErrorBody },
    },
  }, async (request) => {
    const file = await readPdf(request);
    await documents.attach(request.officer!, request.params.code, file);
    return reads.get(request.officer!, request.params.code);
  });

  app.get('/api/v1/console/feedback/:code/answer-document', {
    preHandler: officer,
    schema: { tags: ['Bàn làm việc cán bộ'], summary: 'Văn bản trả lời đã đính kèm (PDF)', params: CodeParams, response: { 200: PdfBytes, 401: ErrorBody, 404: ErrorBody } },
  }, async (request, reply) => sendPdf(reply, await documents.forOfficer(request.officer!, request.params.code), 'private, no-store'));

  app.get('/api/v1/feedback/:code/answer-document', {
    schema: {
      tags: ['Phản ánh, kiến nghị'],
      summary: 'Văn bản trả lời có chữ ký, cho chính người gửi (đường dẫn có chữ ký, hết hạn sau 1 giờ)',
      params: CodeParams,
      querystring: Type.Object({ exp: Type.Optional(Type.Integer({ minimum: 0, maximum: 99_999_999_999 })), sig: Type.Optional(Type.String({ maxLength: 64 })) }),
      response: { 200: PdfBytes, 404: ErrorBody },
    },
  }, async (request, reply) => sendPdf(reply, await documents.forCitizen(request.params.code, request.query.exp, request.query.sig), 'private, max-age=300'));

  app.get('/api/v1/public/feedback/:code/answer-document', {
    schema: { tags: ['Phản ánh, kiến nghị'], summary: 'Văn bản trả lời được lãnh đạo công khai cùng câu trả lời', params: CodeParams, response: { 200: PdfBytes, 404: ErrorBody } },
  }, async (request, reply) => sendPdf(reply, await documents.published(request.params.code), 'public, max-age=300'));
};

async function readPdf(request: FastifyRequest): Promise<{ name: string; bytes: Buffer }> {
  if (!request.isMultipart()) throw new UnsupportedMediaError('UNSUPPORTED_MEDIA_TYPE', 'Vui lòng gửi văn bản trả lời dưới dạng multipart/form-data, trường "file".');
  let file: { name: string; bytes: Buffer } | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') throw new InvalidInputError('VALIDATION_FAILED', 'Mỗi lần chỉ gửi một tệp PDF, không kèm dữ liệu khác.');
      file = { name: part.filename, bytes: await part.toBuffer() };
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new TooLargeError('PAYLOAD_TOO_LARGE', `Văn bản trả lời lớn hơn ${MAX_MB} MB. Vui lòng scan với độ phân giải thấp hơn hoặc chia nhỏ tệp.`);
    }
    throw new InvalidInputError('VALIDATION_FAILED', 'Tệp gửi lên bị hỏng hoặc không gửi được hết. Vui lòng chọn lại tệp PDF.');
  }
  if (!file || file.bytes.length === 0) throw new InvalidInputError('VALIDATION_FAILED', 'Chưa có tệp nào được gửi lên. Vui lòng chọn tệp PDF.');
  return file;
}
