import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { ChatInbox, ChatOfficerReplyBody, ChatTranscript } from '@cchc/shared/api/chat';
import { ErrorBody, Slug } from '@cchc/shared/api/common';
import { unitNotFound } from '../../lib/domain-errors.ts';
import { unitFor, unitsCovered } from '../units/unit-access.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import type { ChatInboxService } from './inbox.service.ts';

export interface InboxRoutesOptions {
  inbox: ChatInboxService;
  units: UnitDirectory;
}

const TAGS = ['Hộp thư hỏi đáp'];
const UnitParams = Type.Object({ unit: Slug }, { additionalProperties: false });
const ConversationParams = Type.Object({ unit: Slug, id: Type.String({ minLength: 1, maxLength: 40 }) }, { additionalProperties: false });
const ACCESS = 'Cán bộ của đơn vị; thành phố xem mọi đơn vị của thành phố; quản trị thành phố trả lời được mọi đơn vị; đơn vị khác nhận 404.';
const ERRORS = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** /api/v1/console/units/{unit}/chat/inbox…: questions the chatbot could not answer, for an officer. */
export const inboxRoutes: FastifyPluginAsyncTypebox<InboxRoutesOptions> = async (app, { inbox, units }) => {
  const officer = app.requireOfficer();
  /** The units whose conversations this request may see: the unit, and for the city every unit of it. */
  const covered = async (request: FastifyRequest, slug: string) => (await unitsCovered(units, await unitFor(request, units, slug, 'read'))).map((u) => u.id);

  app.get('/api/v1/console/units/:unit/chat/inbox', {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Các cuộc trò chuyện chatbot chuyển cho cán bộ, đang chờ trước', description: ACCESS, params: UnitParams, response: { 200: ChatInbox, ...ERRORS } },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return inbox.list(await covered(request, request.params.unit));
  });

  app.get('/api/v1/console/units/:unit/chat/inbox/:id', {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Toàn bộ cuộc trò chuyện', description: ACCESS, params: ConversationParams, response: { 200: ChatTranscript, ...ERRORS } },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return inbox.transcript(await covered(request, request.params.unit), request.params.id);
  });

  app.post('/api/v1/console/units/:unit/chat/inbox/:id/reply', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Trả lời người dân (qua Zalo OA hoặc trên trang Hỏi đáp của Mini App)',
      description: ACCESS,
      params: ConversationParams,
      body: ChatOfficerReplyBody,
      response: { 200: ChatTranscript, ...ERRORS },
    },
  }, async (request) => {
    const me = request.officer!;
    // Officers answer their own unit's citizens; the city administrator any unit's of the city.
    const unit = await unitFor(request, units, request.params.unit, me.role === 'city_admin' ? 'read' : 'write');
    const ids = me.role === 'city_admin' ? (await unitsCovered(units, unit)).map((u) => u.id) : [unit.id];
    if (ids.length === 0) throw unitNotFound();
    return inbox.reply(ids, request.params.id, me.id, request.body.text);
  });
};
