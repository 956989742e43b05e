import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { isDatabaseReady } from '../../db/database.ts';

const Status = Type.Object({ status: Type.String() });
const READY_TIMEOUT_MS = 2000;

export const healthRoutes: FastifyPluginAsyncTypebox<{ db: Kysely<DB> }> = async (app, { db }) => {
  app.get('/healthz', { schema: { tags: ['Vận hành'], response: { 200: Status } } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { tags: ['Vận hành'], response: { 200: Status, 503: Status } } }, async (_request, reply) => {
    const timeout = new Promise<boolean>((resolve) => setTimeout(resolve, READY_TIMEOUT_MS, false).unref());
    const ready = await Promise.race([isDatabaseReady(db), timeout]);
    return ready ? { status: 'ready' } : reply.code(503).send({ status: 'database unavailable' });
  });
};
