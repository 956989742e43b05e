import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ChatReplies, ChatRepliesQuery, ChatRequest, ChatResponse } from '@cchc/shared/api/chat';
import { ErrorBody } from '@cchc/shared/api/common';
import { citizenKeyOf, DEVICE_ID_HEADER } from '../../lib/citizen-identity.ts';
import { InvalidInputError } from '../../lib/domain-errors.ts';
import type { Chatbot } from './chatbot.port.ts';
import type { ChatInboxService } from './inbox.service.ts';

export interface ChatRoutesOptions {
  chatbot: Chatbot;
  inbox: ChatInboxService;
  chatRateLimit: number;
}

const TAGS = ['Hỏi đáp'];

/** The Mini App's "Hỏi đáp": the same bot as the OA chat, and the officer's replies when it handed off. */
export const chatRoutes: FastifyPluginAsyncTypebox<ChatRoutesOptions> = async (app, { chatbot, inbox, chatRateLimit }) => {
  app.post('/api/v1/chat', {
    // Counted in the database in batches (like searches): a message is cheap, and one counter row per client is hot.
    config: { rateLimit: { max: chatRateLimit, timeWindow: '1 minute', batched: true } as { max: number; timeWindow: string } },
    preValidation: app.identifyCitizen,
    schema: {
      tags: TAGS,
      summary: 'Hỏi chatbot của đơn vị (thủ tục, số điện thoại, giờ làm việc, phản ánh)',
      headers: Type.Object({ 'x-device-id': DEVICE_ID_HEADER }),
      body: ChatRequest,
      response: { 200: ChatResponse, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 413: ErrorBody, 429: ErrorBody },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const { unit, text, uploadId } = request.body;
    if (text === undefined && uploadId === undefined) throw new InvalidInputError('VALIDATION_FAILED', 'Vui lòng nhập câu hỏi (hoặc gửi một ảnh).');
    const answer = await chatbot.answer({ unitSlug: unit, channel: 'miniapp', userKey: citizenKeyOf(request), text, uploadId });
    return { intent: answer.intent, reply: answer.reply, sessionId: answer.sessionId };
  });

  app.get('/api/v1/chat/replies', {
    config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    preValidation: app.identifyCitizen,
    schema: {
      tags: TAGS,
      summary: 'Trả lời của cán bộ trong cuộc trò chuyện của tôi (trang Hỏi đáp hỏi định kỳ)',
      headers: Type.Object({ 'x-device-id': DEVICE_ID_HEADER }),
      querystring: ChatRepliesQuery,
      response: { 200: ChatReplies, 400: ErrorBody, 429: ErrorBody },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return inbox.repliesFor(citizenKeyOf(request), request.query.sessionId, request.query.after ?? 0);
  });
};
