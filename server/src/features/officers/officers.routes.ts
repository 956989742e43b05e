import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  ChangeOwnPasswordBody,
  CreateOfficerBody,
  OfficerList,
  OfficerListItem,
  OfficerParams,
  OfficersQuery,
  OfficerWithPassword,
  ResetPasswordBody,
  UpdateOfficerBody,
} from '@cchc/shared/api/console-admin';
import { ErrorBody } from '@cchc/shared/api/common';
import { ACCOUNT_ADMINS, type OfficerAccountsService } from './officer-accounts.service.ts';

const TAGS = ['Cán bộ'];
const WRITE_ERRORS = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const ONE_TIME = 'Mật khẩu tự sinh chỉ có trong câu trả lời này; hãy trao tận tay cán bộ.';

/**
 * Officer accounts in the console. Every officer lists the active officers of their
 * unit (to assign PAKN); administrators manage accounts (?manage=true, create,
 * disable/enable, reset password). Each write is logged with who did it, never a password.
 */
export const officersRoutes: FastifyPluginAsyncTypebox<{ accounts: OfficerAccountsService }> = async (app, { accounts }) => {
  const admin = app.requireOfficer(ACCOUNT_ADMINS);

  app.get('/api/v1/console/officers', {
    preHandler: app.requireOfficer(),
    schema: {
      tags: TAGS,
      summary: 'Cán bộ của đơn vị (để phân công); ?manage=true: mọi tài khoản quản trị viên quản lý',
      querystring: OfficersQuery,
      response: { 200: OfficerList, 401: ErrorBody, 403: ErrorBody },
    },
  }, async (request) => ({
    items: request.query.manage ? await accounts.list(request.officer!) : await accounts.assignable(request.officer!),
  }));

  app.post('/api/v1/console/officers', {
    preHandler: admin,
    schema: { tags: TAGS, summary: 'Tạo tài khoản cán bộ', description: ONE_TIME, body: CreateOfficerBody, response: { 201: OfficerWithPassword, ...WRITE_ERRORS } },
  }, async (request, reply) => {
    const created = await accounts.create(request.officer!, request.body);
    audit(request, 'officer.create', created.officer.username, { role: created.officer.role, unit: created.officer.unit.slug });
    return reply.code(201).send(created);
  });

  app.patch('/api/v1/console/officers/:username', {
    preHandler: admin,
    schema: {
      tags: TAGS,
      summary: 'Khóa hoặc mở lại tài khoản cán bộ',
      description: 'Khóa tài khoản kết thúc mọi phiên đăng nhập của tài khoản ngay lập tức.',
      params: OfficerParams,
      body: UpdateOfficerBody,
      response: { 200: OfficerListItem, ...WRITE_ERRORS },
    },
  }, async (request) => {
    const officer = await accounts.setActive(request.officer!, request.params.username, request.body.active);
    audit(request, request.body.active ? 'officer.enable' : 'officer.disable', officer.username);
    return officer;
  });

  app.post('/api/v1/console/officers/:username/password', {
    preHandler: admin,
    schema: {
      tags: TAGS,
      summary: 'Đặt lại mật khẩu cán bộ',
      description: `Mọi phiên đăng nhập của tài khoản kết thúc. ${ONE_TIME}`,
      params: OfficerParams,
      body: ResetPasswordBody,
      response: { 200: OfficerWithPassword, ...WRITE_ERRORS },
    },
  }, async (request) => {
    const result = await accounts.resetPassword(request.officer!, request.params.username, request.body.password);
    audit(request, 'officer.password_reset', result.officer.username);
    return result;
  });

  app.put('/api/v1/console/me/password', {
    preHandler: app.requireOfficer(),
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    schema: {
      tags: TAGS,
      summary: 'Đổi mật khẩu của mình',
      description: 'Các phiên đăng nhập khác của tài khoản kết thúc; phiên này vẫn giữ.',
      body: ChangeOwnPasswordBody,
      response: { 204: Type.Null(), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 429: ErrorBody },
    },
  }, async (request, reply) => {
    await accounts.changeOwnPassword(request.officer!, request.body.currentPassword, request.body.newPassword);
    audit(request, 'officer.password_change', request.officer!.username);
    return reply.code(204).send(null);
  });
};

function audit(request: { log: { info(obj: object, msg: string): void }; officer?: { username: string } }, action: string, target: string, extra: object = {}): void {
  request.log.info({ audit: { actor: request.officer!.username, action, target, ...extra } }, 'console administration');
}