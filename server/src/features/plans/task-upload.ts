/** The one XLSX file of a task-table import, read from multipart/form-data with limits and Vietnamese errors. */
import type { FastifyRequest } from 'fastify';
import { DomainError, InvalidInputError, TooLargeError } from '../../lib/domain-errors.ts';

export const MAX_TASK_FILE_BYTES = 10 * 1024 * 1024;

export async function readTaskUpload(request: FastifyRequest): Promise<{ bytes: Buffer; name: string }> {
  if (!request.isMultipart()) {
    throw new InvalidInputError('VALIDATION_FAILED', 'Hãy gửi bảng nhiệm vụ dưới dạng multipart/form-data, trường "file" (tệp .xlsx).');
  }
  let file: { bytes: Buffer; name: string } | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_TASK_FILE_BYTES, files: 1 } })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file') file = { bytes, name: part.filename };
      }
    }
  } catch (error) {
    throw uploadProblem(error);
  }
  if (!file || file.bytes.length === 0) throw new InvalidInputError('VALIDATION_FAILED', 'Chưa có tệp: hãy chọn tệp .xlsx chứa bảng nhiệm vụ ở trường "file".');
  return file;
}

function uploadProblem(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  switch ((error as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new TooLargeError('PAYLOAD_TOO_LARGE', `Tệp lớn hơn ${MAX_TASK_FILE_BYTES / 1024 / 1024} MB. Bảng nhiệm vụ thường chỉ vài chục KB; hãy bỏ ảnh, trang thừa rồi gửi lại.`);
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new InvalidInputError('VALIDATION_FAILED', 'Mỗi lần chỉ nhập một tệp .xlsx.');
    default:
      return new InvalidInputError('VALIDATION_FAILED', 'Tệp gửi lên bị hỏng hoặc bị cắt ngang. Vui lòng chọn lại tệp và gửi lại.');
  }
}
