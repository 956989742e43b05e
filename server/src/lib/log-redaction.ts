import type { FastifyRequest } from 'fastify';

/** Query parameters whose values are secrets: Open311 keys and the signatures of photo links. */
const SECRET_PARAMS = new Set(['api_key', 'sig']);

/** The URL with the values of secret query parameters replaced (names matched case-insensitively, decoded). */
export function redactUrl(url: string): string {
  const query = url.indexOf('?');
  if (query === -1) return url;
  const fragment = url.indexOf('#', query);
  const end = fragment === -1 ? url.length : fragment;
  const pairs = url.slice(query + 1, end).split('&').map((pair) => {
    const equals = pair.indexOf('=');
    return equals !== -1 && SECRET_PARAMS.has(decodedName(pair.slice(0, equals))) ? `${pair.slice(0, equals)}=[redacted]` : pair;
  });
  return `${url.slice(0, query + 1)}${pairs.join('&')}${url.slice(end)}`;
}

function decodedName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' ')).trim().toLowerCase();
  } catch {
    return name.toLowerCase();
  }
}

/** Fastify's request log line, with the URL's secrets redacted. */
export function requestLogSerializer(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
