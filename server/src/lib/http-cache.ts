import type { FastifyReply, FastifyRequest } from 'fastify';

const CATALOG_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

/**
 * Catalog objects are kept in memory and shared by many answers: each is turned into
 * JSON once, already encoded as UTF-8 (Vietnamese text would otherwise be encoded again
 * for every answer that holds it).
 */
const serialized = new WeakMap<object, Buffer>();

function keptJson(value: object): Buffer {
  let json = serialized.get(value);
  if (json === undefined) {
    json = Buffer.from(JSON.stringify(value));
    serialized.set(value, json);
  }
  return json;
}

const COMMA = Buffer.from(',');
const OPEN_ARRAY = Buffer.from('[');
const CLOSE_ARRAY = Buffer.from(']');
const EMPTY_OBJECT = Buffer.from('{}');
const CLOSE_OBJECT = Buffer.from('}');
/** `{"key":` and `,"key":` for the few keys pages have, made once. */
const keyParts = new Map<string, [first: Buffer, next: Buffer]>();

function keyPart(key: string, first: boolean): Buffer {
  let parts = keyParts.get(key);
  if (parts === undefined) {
    parts = [Buffer.from(`{${JSON.stringify(key)}:`), Buffer.from(`,${JSON.stringify(key)}:`)];
    if (keyParts.size < 100) keyParts.set(key, parts);
  }
  return parts[first ? 0 : 1];
}

/**
 * The JSON of an object made for one request (a search's page) whose arrays hold kept
 * objects: the same bytes JSON.stringify gives, joined from each element's kept JSON.
 * The page itself is not kept: it would only burden the collector.
 */
export function pageJson(page: object): Buffer {
  const parts: Buffer[] = [];
  let first = true;
  for (const [key, value] of Object.entries(page)) {
    if (value === undefined) continue;
    parts.push(keyPart(key, first));
    first = false;
    if (!Array.isArray(value)) {
      parts.push(Buffer.from(JSON.stringify(value)));
      continue;
    }
    parts.push(OPEN_ARRAY);
    value.forEach((v, i) => {
      if (i > 0) parts.push(COMMA);
      parts.push(v !== null && typeof v === 'object' ? keptJson(v) : Buffer.from(JSON.stringify(v) ?? 'null'));
    });
    parts.push(CLOSE_ARRAY);
  }
  parts.push(first ? EMPTY_OBJECT : CLOSE_OBJECT);
  return Buffer.concat(parts);
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
