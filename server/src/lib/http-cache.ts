import type { FastifyReply, FastifyRequest } from 'fastify';

const CATALOG_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

/** Catalog bodies are shared objects kept in memory: each is turned into JSON once. */
const serialized = new WeakMap<object, string>();

/**
 * Sets ETag and Cache-Control for a catalog read. Answers 304 with no body when
 * the client already holds this version; otherwise sends the body as JSON.
 */
export function cachedRead(request: FastifyRequest, reply: FastifyReply, version: string, body: object): FastifyReply {
  const etag = `W/"${version}"`;
  reply.header('etag', etag).header('cache-control', CATALOG_CACHE_CONTROL);
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    return reply.code(304).send();
  }
  let json = serialized.get(body);
  if (json === undefined) {
    json = JSON.stringify(body);
    serialized.set(body, json);
  }
  return reply.type('application/json; charset=utf-8').send(json);
}
