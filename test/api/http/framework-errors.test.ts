/** Errors raised by Fastify and node's HTTP parser answer in the contract's shape, in Vietnamese. */
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';

let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await buildTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(() => t?.close());

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/;
const contractError = (code: string) => ({ error: { code, message: expect.stringMatching(VIETNAMESE) } });

/** Sends raw bytes on a socket and returns what came back, status line, headers and body. */
function raw(request: string | Buffer): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', () => {});
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), headers: head, body });
    });
    socket.setTimeout(5000, () => reject(new Error('no answer')));
    socket.end(request);
  });
}

const post = (payload: string, contentType = 'application/json') =>
  t.app.inject({ method: 'POST', url: '/api/v1/console/session', headers: { 'content-type': contentType }, payload });

describe("Fastify's own errors", () => {
  it.each([
    ['malformed JSON', '{"username": "a",'],
    ['a body of only spaces', '   '],
  ])('answers %s with 400 VALIDATION_FAILED in Vietnamese', async (_name, payload) => {
    const res = await post(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(contractError('VALIDATION_FAILED'));
    expect(res.json().error.message).toMatch(/không phải JSON hợp lệ/);
  });

  it('answers an empty JSON body with 400 and says the body is missing', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/console/session', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(contractError('VALIDATION_FAILED'));
    expect(res.json().error.message).toMatch(/^Thiếu dữ liệu gửi lên/);
  });

  it('answers a body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await post(JSON.stringify({ username: 'x'.repeat(2 * 1024 * 1024), password: 'y' }));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual(contractError('PAYLOAD_TOO_LARGE'));
  });

  it('answers an unsupported content type with 415 in Vietnamese', async () => {
    const res = await post('<xml/>', 'application/xml');
    expect(res.statusCode).toBe(415);
    expect(res.json()).toEqual(contractError('UNSUPPORTED_MEDIA_TYPE'));
  });

  it('answers a Content-Length that does not match the body with 400 in the contract shape', async () => {
    const body = '{"username":"a","password":"b"}';
    const res = await raw(
      `POST /api/v1/console/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length - 5}\r\nConnection: close\r\n\r\n${body}`,
    );
    expect([400, 401]).toContain(res.status);
    expect(JSON.parse(res.body)).toEqual(expect.objectContaining({ error: expect.objectContaining({ message: expect.stringMatching(VIETNAMESE) }) }));
  });
});

describe("node's HTTP parser errors", () => {
  it('answers 20 KB of headers with 431 in the contract shape', async () => {
    const res = await raw(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20 * 1024)}\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(res.headers).toMatch(/content-type: application\/json; charset=utf-8/i);
    expect(JSON.parse(res.body)).toEqual(contractError('PAYLOAD_TOO_LARGE'));
  });

  it('answers a malformed request line with 400 in the contract shape', async () => {
    const res = await raw('GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header Without Colon\r\n\r\n');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual(contractError('VALIDATION_FAILED'));
  });

  it('answers an invalid Content-Length with 400 in the contract shape', async () => {
    const res = await raw('POST /api/v1/console/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual(contractError('VALIDATION_FAILED'));
  });
});
