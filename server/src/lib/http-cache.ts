import type { FastifyReply, FastifyRequest } from 'fastify';

const CATALOG_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

/** Catalog objects are kept in memory and shared by many answers: each is turned into JSON once. */
const serialized = new WeakMap<object, string>();

function keptJson(value: object): string {
  let json = serialized.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    serialized.set(value, json);
  }
  return json;
}

/**
 * The JSON of an object made for one request (a search's page) whose arrays hold kept
 * objects: the same text JSON.stringify gives, built from each element's kept JSON.
 * The page itself is not kept: it would only burden the collector.
 */
export function pageJson(page: object): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(page)) {
    if (value === undefined) continue;
    const json = Array.isArray(value) ? `[${value.map((v) => (v !== null && typeof v === 'object' ? keptJson(v) : JSON.stringify(v) ?? 'null')).join(',')}]` : JSON.stringify(value);
    parts.push(`${JSON.stringify(key)}:${json}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * Sets ETag and Cache-Control for a catalog read. Answers 304 with no body when
 * the client already holds this version; otherwise sends the body as JSON.
 * `body` is 'kept' (a shared object, its JSON kept with it) or 'page' (made for this
 * request, its arrays holding kept objects).
 */
export function cachedRead(request: FastifyRequest, reply: FastifyReply, version: string, body: object, kind: 'kept' | 'page' = 'kept'): FastifyReply {
  const etag = `W/"${version}"`;
  reply.header('etag', etag).header('cache-control', CATALOG_CACHE_CONTROL);
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    return reply.code(304).send();
  }
  return reply.type('application/json; charset=utf-8').send(kind === 'kept' ? keptJson(body) : pageJson(body));
}
