import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { LoginBody, Me } from '@cchc/shared/api/console';
import { ErrorBody } from '@cchc/shared/api/common';
import { SESSION_COOKIE, clearSessionCookie, setSessionCookie } from '../../plugins/officer-auth.ts';
import type { SessionService } from './auth.service.ts';

const TAGS = ['Cán bộ'];

export interface SessionRoutesOptions {
  sessions: SessionService;
  /** PUBLIC_URL starts with https://: the session cookie is always Secure. */
  httpsPublicUrl: boolean;
}

export const sessionRoutes: FastifyPluginAsyncTypebox<SessionRoutesOptions> = async (app, { sessions, httpsPublicUrl }) => {
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
    if (previous) await sessions.logout(previous);
    const { username, password } = request.body;
    const { token, expiresAt } = await sessions.login({ username, password, address: request.ip });
    setSessionCookie(request, reply, token, expiresAt, httpsPublicUrl);
    return reply.code(204).send(null);
  });

  app.delete('/api/v1/console/session', {
    schema: { tags: TAGS, summary: 'Đăng xuất', response: { 204: Type.Null() } },
  }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await sessions.logout(token);
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
    await sessions.logoutEverywhere(request.officer!.id);
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
