import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import { LoginBody, Me } from '@cchc/shared/api/console';
import { ErrorBody } from '@cchc/shared/api/common';
import type { DB } from '../../db/schema.ts';
import { SESSION_COOKIE, clearSessionCookie, setSessionCookie } from '../../plugins/officer-auth.ts';
import { login, logout, logoutEverywhere } from './auth.service.ts';
import { LoginThrottle } from './login-throttle.ts';
import type { RateLimits } from '../rate-limits/rate-limits.service.ts';

const TAGS = ['Cán bộ'];

export interface SessionRoutesOptions {
  db: Kysely<DB>;
  limits: RateLimits;
  sessionMaxHours: number;
  /** PUBLIC_URL starts with https://: the session cookie is always Secure. */
  httpsPublicUrl: boolean;
}

export const sessionRoutes: FastifyPluginAsyncTypebox<SessionRoutesOptions> = async (app, { db, limits, sessionMaxHours, httpsPublicUrl }) => {
  const throttle = new LoginThrottle(limits);

  app.post('/api/v1/console/session', {
    config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    schema: {
      tags: TAGS,
      summary: 'Đăng nhập',
      body: LoginBody,
      response: { 204: Type.Null(), 400: ErrorBody, 401: ErrorBody, 429: ErrorBody },
    },
  }, async (request, reply) => {
    // A session presented at login is dropped: the new one gets a fresh token.
    const previous = request.cookies[SESSION_COOKIE];
    if (previous) await logout(db, previous);
    const { username, password } = request.body;
    const { token, expiresAt } = await login(db, throttle, { username, password, address: request.ip }, sessionMaxHours);
    setSessionCookie(request, reply, token, expiresAt, httpsPublicUrl);
    return reply.code(204).send(null);
  });

  app.delete('/api/v1/console/session', {
    schema: { tags: TAGS, summary: 'Đăng xuất', response: { 204: Type.Null() } },
  }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await logout(db, token);
    clearSessionCookie(reply);
    return reply.code(204).send(null);
  });

  app.delete('/api/v1/console/sessions', {
    preHandler: app.requireOfficer(),
    schema: {
      tags: TAGS,
      summary: 'Đăng xuất mọi thiết bị',
      description: 'Kết thúc mọi phiên đăng nhập của cán bộ này, trên mọi thiết bị (cần mã chống CSRF).',
      response: { 204: Type.Null(), 401: ErrorBody, 403: ErrorBody },
    },
  }, async (request, reply) => {
    await logoutEverywhere(db, request.officer!.id);
    clearSessionCookie(reply);
    return reply.code(204).send(null);
  });

  app.get('/api/v1/console/me', {
    preHandler: app.requireOfficer(),
    schema: { tags: TAGS, summary: 'Cán bộ đang đăng nhập và mã chống CSRF', response: { 200: Me, 401: ErrorBody } },
  }, async (request) => {
    const o = request.officer!;
    return {
      username: o.username,
      displayName: o.displayName,
      role: o.role,
      unit: { slug: o.unitSlug, name: o.unitName },
      csrfToken: o.csrfToken,
    };
  });
};
