import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';

/** Login attempts of unknown accounts: cheap to repeat, limited to 20 a minute per client address. */
const attempt = (t: TestApp, i: number, remoteAddress: string, forwardedFor?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/console/session',
    payload: { username: `khong.co.ai.${i}`, password: 'sai-mat-khau' },
    remoteAddress,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });

describe('client address without TRUST_PROXY (the default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t?.close());

  it('keys the limits on the socket address: a fresh X-Forwarded-For each time does not escape them', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await attempt(t, i, '10.20.0.1', `198.51.100.${i}`)).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});

/** Searches, limited to SEARCH_RATE_LIMIT a minute per client address (5 here). */
const search = (t: TestApp, remoteAddress: string, forwardedFor?: string) =>
  t.app.inject({
    method: 'GET',
    url: '/api/v1/units/binh-giang/procedures?q=khai+sinh',
    remoteAddress,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });

describe('client address with TRUST_PROXY naming the proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ trustProxy: ['10.30.0.0/16'], searchRateLimit: 5 });
  });
  afterAll(() => t?.close());

  it('uses the forwarded address when the request comes from the trusted proxy', async () => {
    const citizens: number[] = [];
    for (let i = 0; i < 8; i++) citizens.push((await search(t, '10.30.0.5', `198.51.100.${i}`)).statusCode);
    expect(citizens.every((s) => s === 200)).toBe(true);
    // One citizen behind the proxy is limited on their own address.
    const same: number[] = [];
    for (let i = 0; i < 6; i++) same.push((await search(t, '10.30.0.5', '203.0.113.7')).statusCode);
    expect(same).toEqual([200, 200, 200, 200, 200, 429]);
    // The proxy appends the address it saw: a citizen's own X-Forwarded-For prefix changes nothing.
    expect((await search(t, '10.30.0.5', '198.51.100.250, 203.0.113.7')).statusCode).toBe(429);
  });

  it('ignores X-Forwarded-For from an address that is not a trusted proxy', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await search(t, '192.0.2.9', `198.51.100.${100 + i}`)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});
