import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { Activity, ActivityParams, MAX_EVIDENCE_BYTES } from '@cchc/shared/api/activities';
import { ErrorBody } from '@cchc/shared/api/common';
import { DomainError, InvalidInputError, TooLargeError, UnsupportedMediaError } from '../../lib/domain-errors.ts';
import { unitFor } from '../units/unit-access.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import type { ActivitiesService } from './activities.service.ts';

export interface EvidenceRoutesOptions {
  activities: ActivitiesService;
  units: UnitDirectory;
}

const EvidenceBytes = Type.Unsafe<Readable>({ type: 'string', format: 'binary', description: 'Tệp minh chứng' });
const MAX_MB = MAX_EVIDENCE_BYTES / 1024 / 1024;
const TAGS = ['Hoạt động tuyên truyền'];
const INLINE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf', 'audio/mpeg', 'audio/mp4']);

/** An activity's evidence file: uploaded (multipart, registered only here), and served to officers who may read the unit. */
export const evidenceRoutes: FastifyPluginAsyncTypebox<EvidenceRoutesOptions> = async (app, { activities, units }) => {
  await app.register(multipart, { limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 0, parts: 1 } });
  const officer = app.requireOfficer();
  const path = '/api/v1/console/units/:unit/activities/:id/evidence';
  const base = (slug: string) => `/api/v1/console/units/${slug}/activities`;

  app.put(path, {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: `Đính kèm tệp minh chứng (ảnh, PDF, MP3/M4A, .docx, .xlsx; tối đa ${MAX_MB} MB)`,
      description: 'multipart/form-data với đúng một tệp; thay tệp cũ nếu có. Tệp không đúng loại như tên hoặc định dạng khai báo bị từ chối (415).',
      consumes: ['multipart/form-data'],
      params: ActivityParams,
      response: { 200: Activity, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 413: ErrorBody, 415: ErrorBody },
    },
  }, async (request) => {
    const unit = await unitFor(request, units, request.params.unit, 'write');
    const file = await readOneFile(request);
    return activities.attachEvidence(unit.id, request.params.id, file, base(unit.slug));
  });

  app.get(path, {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Tải tệp minh chứng', params: ActivityParams, response: { 200: EvidenceBytes, 401: ErrorBody, 404: ErrorBody } },
  }, async (request, reply) => {
    const unit = await unitFor(request, units, request.params.unit, 'read');
    const file = await activities.evidence(unit.id, request.params.id);
    const disposition = INLINE.has(file.contentType) ? 'inline' : 'attachment';
    const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
    return reply
      .header('content-type', file.contentType)
      .header('content-length', file.sizeBytes)
      .header('content-disposition', `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .send(file.stream);
  });
};

async function readOneFile(request: FastifyRequest): Promise<{ bytes: Buffer; fileName: string; contentType: string }> {
  if (!request.isMultipart()) {
    throw new UnsupportedMediaError('UNSUPPORTED_MEDIA_TYPE', 'Vui lòng gửi tệp minh chứng dưới dạng multipart/form-data, mỗi lần một tệp.');
  }
  let file: { bytes: Buffer; fileName: string; contentType: string } | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') throw onlyOneFile();
      file = { bytes: await part.toBuffer(), fileName: part.filename ?? '', contentType: part.mimetype ?? '' };
    }
  } catch (error) {
    throw multipartProblem(error);
  }
  if (!file || file.bytes.length === 0) throw new InvalidInputError('UPLOAD_INVALID', 'Chưa có tệp nào được gửi lên. Vui lòng chọn một tệp minh chứng.');
  return file;
}

const onlyOneFile = () => new InvalidInputError('UPLOAD_INVALID', 'Mỗi lần chỉ gửi một tệp minh chứng, không kèm dữ liệu khác.');

function multipartProblem(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  switch ((error as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new TooLargeError('PAYLOAD_TOO_LARGE', `Tệp minh chứng lớn hơn ${MAX_MB} MB. Vui lòng nén hoặc chọn tệp nhỏ hơn (hoặc ghi đường dẫn thay cho tệp).`);
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return onlyOneFile();
    default:
      return new InvalidInputError('UPLOAD_INVALID', 'Dữ liệu tệp gửi lên bị hỏng hoặc không đúng định dạng. Vui lòng chọn lại tệp và gửi lại.');
  }
}
