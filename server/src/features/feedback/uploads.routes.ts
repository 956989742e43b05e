import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { ErrorBody } from '@cchc/shared/api/common';
import { MAX_PHOTO_BYTES, UploadResult } from '@cchc/shared/api/feedback';
import { DomainError, InvalidInputError, TooLargeError, UnsupportedMediaError } from '../../lib/domain-errors.ts';
import { citizenKeyOf, DEVICE_ID_HEADER, ZALO_AUTHORIZATION_HEADER } from '../../lib/citizen-identity.ts';
import { uploadInvalid, type UploadsService } from './uploads.service.ts';

export interface UploadsRoutesOptions {
  uploads: UploadsService;
  uploadRateLimit: number;
}

const MAX_MB = MAX_PHOTO_BYTES / 1024 / 1024;

/** Multipart is accepted here only: registered inside this plugin, it does not reach the JSON routes. */
export const uploadsRoutes: FastifyPluginAsyncTypebox<UploadsRoutesOptions> = async (app, { uploads, uploadRateLimit }) => {
  await app.register(multipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 0, parts: 1 } });

  app.post('/api/v1/uploads', {
    preValidation: app.identifyCitizen,
    config: { rateLimit: { max: uploadRateLimit, timeWindow: '1 minute' } },
    schema: {
      tags: ['Phản ánh, kiến nghị'],
      summary: 'Tải lên một ảnh cho phản ánh (JPEG, PNG hoặc WebP, tối đa 5 MB)',
      description: 'multipart/form-data với đúng một tệp. Thông tin kèm ảnh (EXIF, vị trí GPS) được xóa trước khi lưu.',
      consumes: ['multipart/form-data'],
      headers: Type.Object({ 'x-device-id': DEVICE_ID_HEADER, authorization: ZALO_AUTHORIZATION_HEADER }),
      response: { 201: UploadResult, 400: ErrorBody, 401: ErrorBody, 413: ErrorBody, 415: ErrorBody, 429: ErrorBody, 503: ErrorBody },
    },
  }, async (request, reply) => {
    const citizenKey = citizenKeyOf(request);
    const bytes = await readOneFile(request);
    return reply.code(201).send(await uploads.receive(bytes, citizenKey, request.ip));
  });
};

async function readOneFile(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) {
    throw new UnsupportedMediaError('UNSUPPORTED_MEDIA_TYPE', 'Vui lòng gửi ảnh dưới dạng multipart/form-data, mỗi lần một ảnh.');
  }
  let bytes: Buffer | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') throw onlyOneImage();
      bytes = await part.toBuffer();
    }
  } catch (error) {
    throw multipartProblem(error);
  }
  if (!bytes || bytes.length === 0) throw new InvalidInputError('UPLOAD_INVALID', 'Chưa có ảnh nào được gửi lên. Vui lòng chọn một ảnh.');
  return bytes;
}

const onlyOneImage = () => new InvalidInputError('UPLOAD_INVALID', 'Mỗi lần chỉ gửi một ảnh, không kèm dữ liệu khác.');

function multipartProblem(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  switch ((error as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new TooLargeError('PAYLOAD_TOO_LARGE', `Ảnh lớn hơn ${MAX_MB} MB. Vui lòng chọn ảnh nhỏ hơn hoặc chụp lại với chất lượng thấp hơn.`);
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return onlyOneImage();
    default:
      // Busboy's parse errors: a broken or truncated form.
      return new InvalidInputError('UPLOAD_INVALID', 'Dữ liệu ảnh gửi lên bị hỏng hoặc không đúng định dạng. Vui lòng chọn lại ảnh và gửi lại.');
  }
}
