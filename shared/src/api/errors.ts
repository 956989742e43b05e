/** The closed set of error codes the API answers with. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'UNIT_NOT_FOUND',
  'PROCEDURE_NOT_FOUND',
  'GUIDE_NOT_FOUND',
  'FEEDBACK_NOT_FOUND',
  'TOPIC_NOT_FOUND',
  'UPLOAD_INVALID',
  'UPLOAD_NOT_FOUND',
  'IDEMPOTENCY_CONFLICT',
  'INVALID_TRANSITION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CSRF_FAILED',
  'ACCOUNT_LOCKED',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'REQUEST_TIMEOUT',
  'UNSUPPORTED_MEDIA_TYPE',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string };
}
