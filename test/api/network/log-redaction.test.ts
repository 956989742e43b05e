import crypto from 'node:crypto';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';

let t: TestApp;
let logs = '';
beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk) => (logs += chunk.toString()));
  t = await buildTestApp({ logLevel: 'trace' }, stream);
});
afterAll(() => t?.close());

describe('request logs', () => {
  it('carry no api_key value and no photo-link signature, but still the path', async () => {
    const apiKey = `o311_${crypto.randomBytes(16).toString('hex')}`;
    const sig = crypto.randomBytes(16).toString('base64url');
    const photoId = crypto.randomUUID();
    await t.app.inject({ method: 'GET', url: `/open311/v2/requests.json?jurisdiction_id=binh-giang&api_key=${apiKey}` });
    await t.app.inject({ method: 'GET', url: `/open311/v2/services.json?API_KEY=${apiKey}&jurisdiction_id=binh-giang` });
    await t.app.inject({ method: 'GET', url: `/api/v1/feedback/PA-KHONG-CO/photos/${photoId}?sig=${sig}` });
    await t.app.inject({ method: 'GET', url: `/khong-co-trang-nay?sig=${sig}&api_key=${apiKey}` });

    expect(logs).toContain('/open311/v2/requests.json');
    expect(logs).toContain(`/photos/${photoId}`);
    expect(logs).not.toContain(apiKey);
    expect(logs).not.toContain(sig);
  });
});
