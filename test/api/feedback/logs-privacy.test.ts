import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';
import { submit, topicIds, validBody } from './feedback-fixtures.ts';

let t: TestApp;
let logs = '';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-logs-'));

beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk) => (logs += chunk.toString()));
  t = await buildTestApp({ logLevel: 'trace', dataDir, secretKey: 'test-secret-key-of-at-least-32-characters' }, stream);
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('logs', () => {
  it('never contain a citizen’s phone, address, name or words, whatever happens to the request', async () => {
    const [topicId] = await topicIds(t.app);
    const body = validBody(topicId, {
      content: 'Nhà tôi ở ngõ Hoa Sữa bị ngập nước thải từ cống chung đã ba ngày, đề nghị xã xử lý sớm.',
      contact: { name: 'Lê Thị Bí Mật', phone: '0987 111 222', address: 'Số 77 ngõ Hoa Sữa, thôn Đoài' },
    });
    const created = await submit(t.app, body);
    expect(created.statusCode).toBe(201);
    const { code, accessKey } = created.json();
    // Bad inputs and errors are logged too: they must not carry the body either.
    await submit(t.app, { ...body, topicId: 999999 });
    await submit(t.app, { ...body, contact: { ...body.contact, phone: 'abc' } });
    await t.app.inject({ method: 'POST', url: '/api/v1/units/binh-giang/feedback', headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() }, payload: '{"contact": {"phone": "0987 111 222"' });
    await t.app.inject({ method: 'GET', url: `/api/v1/feedback/${code}`, headers: { 'x-access-key': accessKey } });
    const officer = await loginAs(t.app, 'canbo.binh-giang');
    await t.app.inject({ method: 'GET', url: `/api/v1/console/feedback/${code}`, headers: { ...officer } });

    expect(logs.length).toBeGreaterThan(0);
    for (const secret of ['0987 111 222', '0987111222', '111 222', 'Hoa Sữa', 'Bí Mật', 'ngập nước thải', accessKey, 'demo-cchc-2026']) {
      expect(logs, secret).not.toContain(secret);
    }
  });
});
