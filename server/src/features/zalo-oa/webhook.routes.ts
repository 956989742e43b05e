import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import { ErrorBody } from '@cchc/shared/api/common';
import type { ZaloEventsService } from './zalo-events.service.ts';

/** Zalo sends events of at most a few KB; a 100 KB text still fits. */
const BODY_LIMIT = 1024 * 1024;

/**
 * POST /zalo/webhook: Zalo's OA events. The body is read as raw bytes (the signature is over them),
 * stored, and acknowledged at once; an unknown event is acknowledged and ignored.
 */
export const webhookRoutes: FastifyPluginAsync<{ events: ZaloEventsService }> = async (app, { events }) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (_request, body, done) => done(null, body));

  app.post('/zalo/webhook', {
    bodyLimit: BODY_LIMIT,
    schema: {
      tags: ['Zalo'],
      summary: 'Sự kiện của Zalo OA (chữ ký X-ZEvent-Signature trên nội dung gốc)',
      response: { 200: Type.Object({ message: Type.String() }), 400: ErrorBody, 401: ErrorBody, 413: ErrorBody },
    },
  }, async (request, reply) => {
    const header = request.headers['x-zevent-signature'];
    const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    try {
      await events.receive(raw, typeof header === 'string' ? header : undefined);
    } catch (error) {
      if ((error as { kind?: string }).kind === 'unauthenticated') request.log.warn({ zaloWebhook: 'bad signature', bytes: raw.length }, 'zalo webhook event refused');
      throw error;
    }
    return reply.code(200).send({ message: 'ok' });
  });
};
