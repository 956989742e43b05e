import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  AdminProcedureList,
  AdminProcedureParams,
  AdminProcedureQuery,
  ImportRefused,
  ImportReport,
  ProcedureStatusBody,
} from '@cchc/shared/api/catalog-admin';
import { ErrorBody } from '@cchc/shared/api/common';
import { ConsoleUnitQuery } from '@cchc/shared/api/settings';
import type { FastifyRequest } from 'fastify';
import { DomainError, InvalidInputError, TooLargeError } from '../../lib/domain-errors.ts';
import { holdsNul } from '../../lib/holds-nul.ts';
import { EditableProcedure, SaveProcedureBody, SavedProcedure } from '@cchc/shared/api/procedure-content';
import { consoleUnit } from '../units/console-unit.ts';
import { importTemplate } from './import-template.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import { ImportRefusedError, type DecisionInput, type ProcedureAdminService } from './procedure-admin.service.ts';

export interface ProceduresAdminRoutesOptions {
  procedures: ProcedureAdminService;
  units: UnitDirectory;
}

const TAGS = ['Quản trị danh mục'];
const UNIT_NOTE = 'Danh mục của đơn vị cán bộ; quản trị thành phố có thể chọn đơn vị khác bằng ?unit=<slug>.';
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const ERRORS = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** Every officer of a unit keeps its procedures up to date; each change is a recorded revision. */
export const proceduresAdminRoutes: FastifyPluginAsyncTypebox<ProceduresAdminRoutesOptions> = async (app, { procedures, units }) => {
  // Another feature may already parse multipart for the whole app.
  if (!app.hasContentTypeParser('multipart/form-data')) {
    await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10, parts: 12 } });
  }
  const officer = app.requireOfficer();

  app.get('/api/v1/console/catalog/procedures', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Mọi thủ tục của đơn vị, kể cả đã bãi bỏ',
      description: `${UNIT_NOTE} q: tìm theo mã, tên, lĩnh vực (có dấu hoặc không dấu); status: lọc theo trạng thái.`,
      querystring: AdminProcedureQuery,
      response: { 200: AdminProcedureList, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
    },
  }, async (request) => procedures.list(await consoleUnit(request, units, request.query.unit), request.query));

  app.get('/api/v1/console/catalog/procedures/:code', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Một thủ tục, ở dạng sửa được, với lịch sử thay đổi',
      description: UNIT_NOTE,
      params: AdminProcedureParams,
      querystring: ConsoleUnitQuery,
      response: { 200: EditableProcedure, 401: ErrorBody, 404: ErrorBody },
    },
  }, async (request) => procedures.get(await consoleUnit(request, units, request.query.unit), request.params.code));

  app.put('/api/v1/console/catalog/procedures/:code', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Thêm hoặc sửa toàn bộ một thủ tục',
      description: `${UNIT_NOTE} Mỗi thay đổi được ghi vào lịch sử; có decision (văn bản quyết định) thì ghi là sửa đổi, bổ sung (amended). Thủ tục đã bãi bỏ được sửa sẽ có hiệu lực trở lại. 201 khi thêm mới.`,
      params: AdminProcedureParams,
      querystring: ConsoleUnitQuery,
      body: SaveProcedureBody,
      response: { 200: SavedProcedure, 201: SavedProcedure, ...ERRORS },
    },
  }, async (request, reply) => {
    const unit = await consoleUnit(request, units, request.query.unit);
    const { procedure, ...decision } = request.body;
    const { outcome, procedure: saved } = await procedures.save(unit, request.params.code, procedure, decision);
    return reply.code(outcome === 'created' ? 201 : 200).send({ outcome, ...saved });
  });

  app.post('/api/v1/console/catalog/procedures/:code/status', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Ghi nhận thủ tục được sửa đổi hoặc bị bãi bỏ theo quyết định',
      description: `${UNIT_NOTE} Thủ tục bãi bỏ không còn trong tìm kiếm công khai nhưng vẫn giữ trang chi tiết và lịch sử.`,
      params: AdminProcedureParams,
      querystring: ConsoleUnitQuery,
      body: ProcedureStatusBody,
      response: { 200: EditableProcedure, ...ERRORS },
    },
  }, async (request) => {
    const unit = await consoleUnit(request, units, request.query.unit);
    const { status, ...decision } = request.body;
    return procedures.setStatus(unit, request.params.code, status, decision);
  });

  app.get('/api/v1/console/catalog/import-template/:format', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Tệp mẫu để nhập thủ tục (CSV hoặc XLSX), đúng các cột tiếng Việt mà chức năng nhập đọc',
      params: Type.Object({ format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]) }),
      response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), 401: ErrorBody },
    },
  }, async (request, reply) => {
    const file = await importTemplate(request.params.format);
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .type(file.contentType)
      .send(file.bytes);
  });

  app.post('/api/v1/console/catalog/procedures/import', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Nhập thủ tục từ tệp JSON, CSV hoặc XLSX',
      description:
        `${UNIT_NOTE} multipart/form-data: file (tệp .json theo cấu trúc CSDL quốc gia, hoặc bảng .csv/.xlsx), decision và decidedOn (tùy chọn). ` +
        'Mọi bản ghi được kiểm tra trước; chỉ một bản ghi sai là không ghi gì cả và trả 400 kèm báo cáo từng dòng.',
      consumes: ['multipart/form-data'],
      querystring: ConsoleUnitQuery,
      response: { 200: ImportReport, 400: ImportRefused, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 413: ErrorBody },
    },
  }, async (request, reply) => {
    const unit = await consoleUnit(request, units, request.query.unit);
    const { file, fields } = await readImportForm(request);
    try {
      return await procedures.importFile(unit, file.bytes, file.name, fields);
    } catch (error) {
      if (!(error instanceof ImportRefusedError)) throw error;
      return reply.code(400).send({ error: { code: error.code, message: error.message }, report: error.report });
    }
  });
};

async function readImportForm(request: FastifyRequest): Promise<{ file: { bytes: Buffer; name: string }; fields: DecisionInput }> {
  if (!request.isMultipart()) {
    throw new InvalidInputError('VALIDATION_FAILED', 'Hãy gửi tệp thủ tục dưới dạng multipart/form-data, trường "file".');
  }
  let file: { bytes: Buffer; name: string } | null = null;
  const fields: DecisionInput = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file') file = { bytes, name: part.filename };
      } else if (part.fieldname === 'decision' || part.fieldname === 'decidedOn') {
        const value = String(part.value ?? '').trim();
        if (holdsNul(value)) throw new InvalidInputError('VALIDATION_FAILED', `Trường "${part.fieldname}" có ký tự rỗng (NUL) không được phép.`);
        if (value !== '') fields[part.fieldname] = value;
      }
    }
  } catch (error) {
    throw importFormProblem(error);
  }
  if (!file) throw new InvalidInputError('VALIDATION_FAILED', 'Chưa có tệp: hãy chọn tệp .json, .csv hoặc .xlsx ở trường "file".');
  if (fields.decidedOn !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(fields.decidedOn)) {
    throw new InvalidInputError('VALIDATION_FAILED', 'Ngày quyết định (decidedOn) cần theo dạng YYYY-MM-DD.');
  }
  return { file, fields };
}

/** Busboy's and the multipart plugin's errors (a truncated or malformed form, limits) → a 4xx the officer can act on. */
function importFormProblem(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  switch ((error as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new TooLargeError('PAYLOAD_TOO_LARGE', `Tệp lớn hơn ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Vui lòng chia nhỏ tệp rồi nhập từng phần.`);
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new InvalidInputError('VALIDATION_FAILED', 'Mỗi lần chỉ nhập một tệp, kèm tối đa các trường decision và decidedOn.');
    default:
      return new InvalidInputError('VALIDATION_FAILED', 'Tệp gửi lên bị hỏng hoặc bị cắt ngang. Vui lòng chọn lại tệp và gửi lại.');
  }
}
