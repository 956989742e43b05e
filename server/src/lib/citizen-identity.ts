import type { FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { InvalidInputError } from './domain-errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Documents the header on the routes that need it; the check itself is citizenKeyOf's, for a clear message. */
export const DEVICE_ID_HEADER = Type.Optional(
  Type.String({ description: 'Mã thiết bị (UUID) mà ứng dụng tự tạo và giữ: nhận diện người dân khi chưa đăng nhập Zalo' }),
);

/**
 * Who the citizen is, as the key their own PAKN and uploads are filed under:
 * 'device:<uuid>' from X-Device-Id. (The Zalo identity, 'zalo:<id>', comes with
 * the Zalo issue and will take precedence.)
 */
export function citizenKeyOf(request: FastifyRequest): string {
  const header = request.headers['x-device-id'];
  if (typeof header !== 'string' || !UUID.test(header.trim())) {
    throw new InvalidInputError(
      'VALIDATION_FAILED',
      'Không nhận diện được thiết bị của bạn. Vui lòng mở lại ứng dụng và thử lại (thiếu hoặc sai tiêu đề X-Device-Id).',
    );
  }
  return `device:${header.trim().toLowerCase()}`;
}
