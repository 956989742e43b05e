import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';

const Status = Type.Object({ status: Type.String() });
const READY_TIMEOUT_MS = 2000;

export const healthRoutes: FastifyPluginAsyncTypebox<{ databaseReady: () => Promise<boolean> }> = async (app, { databaseReady }) => {
  app.get('/healthz', { schema: { tags: ['Vận hành'], response: { 200: Status } } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { tags: ['Vận hành'], response: { 200: Status, 503: Status } } }, async (_request, reply) => {
    const timeout = new Promise<boolean>((resolve) => setTimeout(resolve, READY_TIMEOUT_MS, false).unref());
    const ready = await Promise.race([databaseReady(), timeout]);
    return ready ? { status: 'ready' } : reply.code(503).send({ status: 'database unavailable' });
  });
};
