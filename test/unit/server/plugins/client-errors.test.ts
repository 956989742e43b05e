import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { clientErrorHandler } from '../../../../server/src/plugins/client-errors.ts';

function answer(code: string, socketState: Partial<Socket> = {}) {
  let written = '';
  let destroyed = false;
  const socket = { writable: true, destroyed: false, write: (s: string) => { written += s; return true; }, destroy: () => { destroyed = true; }, ...socketState } as unknown as Socket;
  const app = { log: { debug: () => {} } } as unknown as FastifyInstance;
  clientErrorHandler.call(app, Object.assign(new Error('x'), { code }), socket);
  const [head = '', body = ''] = written.split('\r\n\r\n');
  return { head, body, destroyed };
}

describe('client errors from the HTTP parser', () => {
  it('answers a slow request with 408 REQUEST_TIMEOUT in Vietnamese, with the right byte length', () => {
    const { head, body, destroyed } = answer('ERR_HTTP_REQUEST_TIMEOUT');
    expect(head).toMatch(/^HTTP\/1.1 408 Request Timeout/);
    expect(JSON.parse(body).error).toEqual({ code: 'REQUEST_TIMEOUT', message: expect.stringMatching(/quá chậm/) });
    expect(Number(/Content-Length: (\d+)/.exec(head)![1])).toBe(Buffer.byteLength(body));
    expect(destroyed).toBe(true);
  });

  it('writes nothing on a reset or already closed connection', () => {
    expect(answer('ECONNRESET').head).toBe('');
    expect(answer('HPE_INVALID_METHOD', { destroyed: true }).head).toBe('');
  });
});
