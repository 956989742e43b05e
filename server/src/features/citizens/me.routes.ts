import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ErrorBody } from '@cchc/shared/api/common';
import { Me, PhoneTokenBody } from '@cchc/shared/api/me';
import { bearerTokenOf, DEVICE_ID_HEADER, ZALO_AUTHORIZATION_HEADER } from '../../lib/citizen-identity.ts';
import { zaloIdentityRequired } from './citizen-errors.ts';
import type { CitizensService } from './citizens.service.ts';
import type { ZaloIdentity } from './zalo-identity.service.ts';

export interface MeRoutesOptions {
  citizens: CitizensService;
  /** Null when Zalo is not configured: nobody is linked. */
  identity: ZaloIdentity | null;
}

const TAGS = ['Người dân'];
const HEADERS = Type.Object({ authorization: ZALO_AUTHORIZATION_HEADER, 'x-device-id': DEVICE_ID_HEADER });

export const meRoutes: FastifyPluginAsyncTypebox<MeRoutesOptions> = async (app, { citizens, identity }) => {
  app.get('/api/v1/me', {
    preValidation: app.identifyCitizen,
    // Each new token costs a call to Zalo: a flood of made-up tokens is slowed down here.
    config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    schema: {
      tags: TAGS,
      summary: 'Người dân đang dùng ứng dụng (qua Zalo): tên và số điện thoại đã đồng ý chia sẻ, để điền sẵn',
      headers: HEADERS,
      response: { 200: Me, 401: ErrorBody, 503: ErrorBody },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return citizens.me(request.zaloCitizen?.appUserId ?? null);
  });

  app.post('/api/v1/me/phone', {
    preValidation: app.identifyCitizen,
    config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    schema: {
      tags: TAGS,
      summary: 'Lưu số điện thoại Zalo của người dân (sau khi người dân đồng ý trong ứng dụng)',
      description: 'Mã từ getPhoneNumber() được máy chủ giải mã với Zalo; cần tiêu đề Authorization: Bearer <mã truy cập Zalo>.',
      headers: HEADERS,
      body: PhoneTokenBody,
      response: { 200: Me, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody, 503: ErrorBody },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const citizen = request.zaloCitizen;
    const accessToken = bearerTokenOf(request);
    if (!identity || !citizen || accessToken === null) throw zaloIdentityRequired();
    return identity.confirmPhone(accessToken, citizen, request.body.token);
  });
};
