import type { ErrorCode } from '@cchc/shared/api/errors';

/** The one error class of the server: an HTTP status, a code and a message a citizen can act on. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unitNotFound = () =>
  new AppError(404, 'UNIT_NOT_FOUND', 'Không tìm thấy xã, phường này. Vui lòng chọn lại đơn vị từ danh sách.');

export const procedureNotFound = () =>
  new AppError(404, 'PROCEDURE_NOT_FOUND', 'Không tìm thấy thủ tục có mã này. Vui lòng tìm lại theo tên thủ tục.');

export const guideNotFound = () =>
  new AppError(404, 'GUIDE_NOT_FOUND', 'Không tìm thấy hướng dẫn này. Vui lòng chọn lại từ danh sách hướng dẫn.');
