import http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { ErrorCode } from '@cchc/shared/api/errors';

interface ClientAnswer {
  status: number;
  code: ErrorCode;
  message: string;
}

/** What node's HTTP parser refused, before Fastify saw a request, in the contract's words. */
function answerFor(error: NodeJS.ErrnoException): ClientAnswer {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, code: 'REQUEST_TIMEOUT', message: 'Yêu cầu gửi đến quá chậm nên đã bị ngắt. Vui lòng kiểm tra kết nối mạng và thử lại.' };
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, code: 'PAYLOAD_TOO_LARGE', message: 'Tiêu đề yêu cầu (header, cookie) quá lớn. Vui lòng xóa cookie của trang này rồi thử lại.' };
    default:
      return { status: 400, code: 'VALIDATION_FAILED', message: 'Yêu cầu HTTP không đúng định dạng. Vui lòng kiểm tra lại đường dẫn, tiêu đề và độ dài dữ liệu gửi lên.' };
  }
}

/**
 * Fastify's `clientErrorHandler`: answers the parser's errors (bad request line or
 * header, bad Content-Length, 431 header overflow, 408 timeout) as
 * { error: { code, message } }, then closes the connection as node does.
 */
export function clientErrorHandler(this: FastifyInstance, error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, code, message } = answerFor(error);
  this.log.debug({ code: error.code }, 'client error');
  if (socket.writable) {
    const body = JSON.stringify({ error: { code, message } });
    socket.write(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
