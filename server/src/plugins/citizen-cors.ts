import cors from '@fastify/cors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

/** Headers the Mini App sends to the citizen API. */
const ALLOWED_HEADERS = ['content-type', 'idempotency-key', 'x-device-id', 'x-access-key', 'if-none-match', 'authorization'];

/** `*` in a configured origin stands for one host label or a port: letters, digits and hyphens. */
export function originMatcherSources(patterns: string[]): string[] {
  return patterns.map((p) => `^${p.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('[a-z0-9-]+')}$`);
}

export function originMatcher(patterns: string[]): (origin: string) => boolean {
  const regexes = originMatcherSources(patterns).map((source) => new RegExp(source, 'i'));
  return (origin) => regexes.some((r) => r.test(origin));
}

const isCitizenApi = (request: FastifyRequest) => request.url.startsWith('/api/v1/') && !request.url.startsWith('/api/v1/console');

/**
 * Inside Zalo the Mini App is served from Zalo's origin and calls this server across
 * origins: the citizen API (/api/v1/, not the console) answers CORS for CORS_ORIGINS.
 * The console, Open311 and the docs stay same-origin: no CORS headers at all.
 */
export const citizenCorsPlugin = fp(async (app: FastifyInstance, { origins }: { origins: string[] }) => {
  const allowed = originMatcher(origins);
  await app.register(cors, {
    delegator: (request, callback) => {
      if (!isCitizenApi(request)) return callback(null, { origin: false });
      callback(null, {
        origin: (origin, cb) => cb(null, origin !== undefined && allowed(origin)),
        methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
        allowedHeaders: ALLOWED_HEADERS,
        exposedHeaders: ['retry-after', 'etag'],
        maxAge: 600,
      });
    },
  });
});
