import crypto from 'node:crypto';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import type { OfficerRole } from '../db/schema.ts';
import { ForbiddenError, UnauthenticatedError } from '../lib/domain-errors.ts';

export const SESSION_COOKIE = 'cchc_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyInstance {
    /** A preHandler: a logged-in officer (of one of these roles) or 401/403; writes also need the CSRF token. */
    requireOfficer(roles?: OfficerRole[]): preHandlerAsyncHookHandler;
  }
  interface FastifyRequest {
    officer?: AuthenticatedOfficer;
  }
}

/** The officer a session cookie names, as the officers feature resolves it. */
export interface AuthenticatedOfficer {
  id: number;
  unitId: number;
  unitSlug: string;
  unitName: string;
  role: OfficerRole;
  username: string;
  displayName: string;
  csrfToken: string;
  /** The hash of the session token: identifies this session. */
  sessionId: string;
}

export interface OfficerAuthOptions {
  /** The officers feature's session lookup (handed in by the composition root: plugins know no feature). */
  resolveSession(token: string): Promise<AuthenticatedOfficer | null>;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Officer sessions from an HttpOnly, SameSite=Strict cookie, and CSRF checks on every write. */
export const officerAuthPlugin = fp(async (app: FastifyInstance, { resolveSession }: OfficerAuthOptions) => {
  await app.register(cookie);

  // Console answers (errors too) are personal: no browser or proxy keeps a copy.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/v1/console/') && !/no-store/.test(String(reply.getHeader('cache-control') ?? ''))) {
      reply.header('cache-control', 'no-store');
    }
  });

  app.decorate('requireOfficer', (roles?: OfficerRole[]) => async (request: FastifyRequest) => {
    const token = request.cookies[SESSION_COOKIE];
    const officer = token ? await resolveSession(token) : null;
    if (!officer) {
      throw new UnauthenticatedError('UNAUTHENTICATED', 'Phiên đăng nhập đã hết hạn hoặc chưa đăng nhập. Vui lòng đăng nhập lại.');
    }
    if (!SAFE_METHODS.has(request.method) && !sameToken(request.headers[CSRF_HEADER], officer.csrfToken)) {
      throw new ForbiddenError('CSRF_FAILED', 'Yêu cầu không hợp lệ (thiếu mã bảo vệ). Vui lòng tải lại trang và thử lại.');
    }
    if (roles && !roles.includes(officer.role)) {
      throw new ForbiddenError('FORBIDDEN', 'Tài khoản của bạn không có quyền thực hiện thao tác này.');
    }
    request.officer = officer;
  });
});

function sameToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** Secure when the public address is https (PUBLIC_URL) or the request came over https. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date, httpsPublicUrl = false): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: httpsPublicUrl || request.protocol === 'https',
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
