import type { FastifyRequest } from 'fastify';

/** Query parameters whose values are secrets: Open311 keys and the signatures of photo links. */
const SECRET_PARAMS = new Set(['api_key', 'sig']);
const PAIR = /([?&])([^=&#]*)=([^&#]*)/g;

/** The URL with the values of secret query parameters replaced (names matched case-insensitively, decoded). */
export function redactUrl(url: string): string {
  const query = url.indexOf('?');
  if (query === -1) return url;
  return url.slice(0, query) + url.slice(query).replace(PAIR, (pair, separator: string, name: string) =>
    SECRET_PARAMS.has(decodedName(name)) ? `${separator}${name}=[redacted]` : pair,
  );
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
