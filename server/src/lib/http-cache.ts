import type { FastifyReply, FastifyRequest } from 'fastify';

const CATALOG_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

/**
 * Sets ETag and Cache-Control for a catalog read. Answers 304 with no body when
 * the client already holds this version; otherwise returns the body to send.
 */
export function cachedRead<T>(request: FastifyRequest, reply: FastifyReply, version: string, body: T): T | undefined {
  const etag = `W/"${version}"`;
  reply.header('etag', etag).header('cache-control', CATALOG_CACHE_CONTROL);
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    reply.code(304);
    return undefined;
  }
  return body;
}
