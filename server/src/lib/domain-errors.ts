import type { ErrorCode } from '@cchc/shared/api/errors';

/**
 * What went wrong, in the domain's words. Services throw these; they never name an HTTP
 * status. The one error handler (plugins/errors.ts) maps each kind to a status, and each
 * protocol (the contract's body, Open311's) formats the body as its variant.
 */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-large'
  | 'unsupported-media'
  | 'rate-limited'
  | 'unavailable';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input breaks a rule the citizen or officer can fix. */
export class InvalidInputError extends DomainError {
  readonly kind = 'invalid';
}
/** Nobody is signed in, or the credentials do not hold. */
export class UnauthenticatedError extends DomainError {
  readonly kind = 'unauthenticated';
}
/** Someone is known but may not do this. */
export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
}
/** The thing asked for does not exist (or is not theirs to see). */
export class NotFoundError extends DomainError {
  readonly kind = 'not-found';
}
/** The request clashes with the current state (a duplicate, a transition not allowed). */
export class ConflictError extends DomainError {
  readonly kind = 'conflict';
}
/** More data than the capability accepts. */
export class TooLargeError extends DomainError {
  readonly kind = 'too-large';
}
/** A kind of content the capability does not read. */
export class UnsupportedMediaError extends DomainError {
  readonly kind = 'unsupported-media';
}
/** Too many attempts: try again after retryAfterSeconds. */
export class RateLimitedError extends DomainError {
  readonly kind = 'rate-limited';
  constructor(
    code: ErrorCode,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message);
  }
}

/** A service we depend on (Zalo) does not answer now: try again after retryAfterSeconds. */
export class UnavailableError extends DomainError {
  readonly kind = 'unavailable';
  constructor(
    code: ErrorCode,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message);
  }
}

export const unitNotFound = () =>
  new NotFoundError('UNIT_NOT_FOUND', 'Không tìm thấy xã, phường này. Vui lòng chọn lại đơn vị từ danh sách.');

export const procedureNotFound = () =>
  new NotFoundError('PROCEDURE_NOT_FOUND', 'Không tìm thấy thủ tục có mã này. Vui lòng tìm lại theo tên thủ tục.');

export const guideNotFound = () =>
  new NotFoundError('GUIDE_NOT_FOUND', 'Không tìm thấy hướng dẫn này. Vui lòng chọn lại từ danh sách hướng dẫn.');
