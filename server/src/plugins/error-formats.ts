import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from '@cchc/shared/api/errors';

/** An error answer's body and, when it is not JSON, its content type. */
export interface ErrorAnswer {
  body: unknown;
  contentType?: string;
}

/** How the requests under one path prefix word an error (Open311's list, say) instead of { error: { code, message } }. */
export type ErrorFormat = (request: FastifyRequest, status: number, code: ErrorCode, message: string) => ErrorAnswer;

declare module 'fastify' {
  interface FastifyInstance {
    /** A body variant of the one error handler for the requests whose path starts with `prefix`. */
    addErrorFormat(prefix: string, format: ErrorFormat): void;
  }
}

export class ErrorFormats {
  private readonly formats: { prefix: string; format: ErrorFormat }[] = [];

  add(prefix: string, format: ErrorFormat): void {
    this.formats.push({ prefix, format });
  }

  /** Sends the error in the format of the request's path: the API's own unless a variant claims it. */
  send(request: FastifyRequest, reply: FastifyReply, status: number, code: ErrorCode, message: string): FastifyReply {
    const path = request.url.split('?')[0];
    const variant = this.formats.find((f) => path.startsWith(f.prefix));
    const answer: ErrorAnswer = variant ? variant.format(request, status, code, message) : { body: { error: { code, message } } };
    if (answer.contentType) reply.type(answer.contentType);
    return reply.code(status).send(answer.body);
  }
}
