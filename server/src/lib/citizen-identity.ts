import type { FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { InvalidInputError } from './domain-errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * The Zalo user behind the request's Bearer token, set by app.identifyCitizen (a preValidation hook):
     * null without a token or without Zalo; undefined when the route did not ask.
     */
    zaloCitizen?: { appUserId: string; key: string; keys: string[] } | null;
  }
}

/** Documents the header on the routes that need it; the check itself is citizenKeyOf's, for a clear message. */
export const DEVICE_ID_HEADER = Type.Optional(
  Type.String({ description: 'Mã thiết bị (UUID) mà ứng dụng tự tạo và giữ: nhận diện người dân khi chưa đăng nhập Zalo' }),
);

/** Documents the Bearer token on the citizen routes. */
export const ZALO_AUTHORIZATION_HEADER = Type.Optional(
  Type.String({ description: 'Bearer <mã truy cập Zalo từ getAccessToken()>: nhận diện người dân qua tài khoản Zalo (ưu tiên hơn X-Device-Id)' }),
);

/** The Mini App's Zalo access token from `Authorization: Bearer …`; null when none is sent. */
export function bearerTokenOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  // Without a regular expression: a header is attacker-sized text.
  const value = header.trim();
  if (value.slice(0, 6).toLowerCase() !== 'bearer') return null;
  const rest = value.slice(6);
  if (rest !== '' && rest.trimStart() === rest) return null; // "Bearerxyz" is another scheme
  return rest.trim();
}

/** 'device:<uuid>' from a well-formed X-Device-Id, else null. */
export function deviceKeyOf(request: FastifyRequest): string | null {
  const header = request.headers['x-device-id'];
  return typeof header === 'string' && UUID.test(header.trim()) ? `device:${header.trim().toLowerCase()}` : null;
}

/**
 * Every key the citizen's own PAKN may be filed under, for listing them: a Zalo citizen's own key and
 * the one the OA chat files under ('zalo-oa:<OA id>', when Zalo gave it); else the device's.
 */
export function citizenKeysOf(request: FastifyRequest): string[] {
  return request.zaloCitizen ? request.zaloCitizen.keys : [citizenKeyOf(request)];
}

/**
 * Who the citizen is, as the key their own PAKN and uploads are filed under: 'zalo:<app user id>'
 * when app.identifyCitizen resolved a Bearer token, else 'device:<uuid>' from X-Device-Id.
 */
export function citizenKeyOf(request: FastifyRequest): string {
  if (request.zaloCitizen) return request.zaloCitizen.key;
  if (request.zaloCitizen === undefined && bearerTokenOf(request) !== null) {
    // A route that reads the citizen must run app.identifyCitizen first, or a Zalo user's PAKN would be filed under a device.
    throw new Error(`citizenKeyOf without app.identifyCitizen on ${request.routeOptions.url ?? request.url}`);
  }
  const device = deviceKeyOf(request);
  if (device === null) {
    throw new InvalidInputError(
      'VALIDATION_FAILED',
      'Không nhận diện được thiết bị của bạn. Vui lòng mở lại ứng dụng và thử lại (thiếu hoặc sai tiêu đề X-Device-Id).',
    );
  }
  return device;
}
