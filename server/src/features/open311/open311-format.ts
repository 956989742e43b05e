import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ProblemBody } from '../../plugins/errors.ts';
import { xmlList } from './open311-xml.ts';

export type Open311Format = 'json' | 'xml';
export const FORMATS: readonly Open311Format[] = ['xml', 'json'];
export const XML_TYPE = 'text/xml; charset=utf-8';

/** The format a request asks for: its path's suffix; JSON unless it ends in .xml. */
export function formatOf(request: FastifyRequest): Open311Format {
  return /\.xml$/i.test(request.url.split('?')[0]) ? 'xml' : 'json';
}

/** A list answer (services, requests, updates, the POST result) in the request's format. */
export function sendList(reply: FastifyReply, format: Open311Format, root: string, item: string, items: readonly object[]): FastifyReply {
  if (format === 'json') return reply.send(items);
  return reply.type(XML_TYPE).send(xmlList(root, item, items));
}

const UNSUPPORTED_MEDIA =
  'Định dạng dữ liệu không được hỗ trợ: gửi application/x-www-form-urlencoded, multipart/form-data hoặc JSON.';

/**
 * Open311's error body, the one error handler's variant for /open311/: a list of
 * { code: the HTTP status, description } in JSON, `<errors><error>` in XML.
 */
export const open311Body: ProblemBody = ({ status, code, message }, request, reply) => {
  const errors = [{ code: status, description: code === 'UNSUPPORTED_MEDIA_TYPE' ? UNSUPPORTED_MEDIA : message }];
  if (formatOf(request) !== 'xml') return errors;
  reply.type(XML_TYPE);
  return xmlList('errors', 'error', errors);
};
