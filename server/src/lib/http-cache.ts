import type { FastifyReply, FastifyRequest } from 'fastify';

const CATALOG_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

/** Catalog bodies are shared objects kept in memory: each is turned into JSON once. */
const serialized = new WeakMap<object, string>();

/**
 * Sets ETag and Cache-Control for a catalog read. Answers 304 with no body when
 * the client already holds this version; otherwise sends the body as JSON.
 * `shared`: the body is a kept object (its JSON is kept with it); false for one made per request.
 */
export function cachedRead(request: FastifyRequest, reply: FastifyReply, version: string, body: object, shared = true): FastifyReply {
  const etag = `W/"${version}"`;
  reply.header('etag', etag).header('cache-control', CATALOG_CACHE_CONTROL);
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    return reply.code(304).send();
  }
  // A body made for this one request (a search's page) is not kept: it would only burden the collector.
  let json = shared ? serialized.get(body) : undefined;
  if (json === undefined) {
    json = JSON.stringify(body);
    if (shared) serialized.set(body, json);
  }
  return reply.type('application/json; charset=utf-8').send(json);
}
