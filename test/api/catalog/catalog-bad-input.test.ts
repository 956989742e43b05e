import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ searchRateLimit: 1000 });
});
afterAll(() => t?.close());

const search = (q: string, extra = '') =>
  t.app.inject({ method: 'GET', url: `/api/v1/units/binh-giang/procedures?q=${encodeURIComponent(q)}${extra}` });

describe('bad input to the catalog never gives a 500', () => {
  it('refuses a 10,000-character query with a Vietnamese 400', async () => {
    const res = await search('khai sinh '.repeat(1000));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/dài quá 500 ký tự/) });
  });

  it.each([
    ['control characters', 'khai\u0001\u0002\u001f sinh'],
    ['SQL-looking text', "'; DROP TABLE procedures; --"],
    ['emoji', '👶🏻💍'],
    ['only punctuation', '%%%___***'],
    ['percent signs and backslashes', '100% \\ khai_sinh'],
    ['a lone surrogate-free unicode mix', 'khai sinh ᴀʙᴄ 𝓀𝒽𝒶𝒾'],
  ])('answers %s with a sane result', async (_name, q) => {
    const res = await search(q);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toHaveProperty('total');
  });

  it('still finds what is there around control characters', async () => {
    expect((await search('khai\u0001 sinh')).json().items[0].name).toBe('Đăng ký khai sinh');
  });

  it('refuses a NUL byte, which no text column can hold, with a Vietnamese 400', async () => {
    const res = await search('khai\u0000 sinh');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/ký tự rỗng \(NUL\)/) });
  });

  it('keeps the catalog intact after SQL-looking queries', async () => {
    await search("x'); DELETE FROM procedures; --");
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/units/binh-giang/procedures?limit=1' });
    expect(res.json().total).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ['limit=0'], ['limit=101'], ['limit=abc'], ['offset=-1'], ['offset=1.5'], ['limit=1&limit=2'],
  ])('validates paging: %s → 400', async (query) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/units/binh-giang/procedures?${query}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.message).toMatch(/Tham số/);
  });

  it('refuses a malformed unit slug or code with 400 or 404, never 500', async () => {
    for (const url of ['/api/v1/units/BINH GIANG/procedures', '/api/v1/units/%00/hotlines', `/api/v1/units/binh-giang/procedures/${'9'.repeat(200)}`, '/api/v1/units/binh-giang/procedures/%E0%A4%A']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect([400, 404], url).toContain(res.statusCode);
      expect(res.json().error.message.length).toBeGreaterThan(0);
    }
  });
});

describe('search is rate limited', () => {
  it('answers 429 with Retry-After once a client asks too often', async () => {
    const limited = await buildTestApp({ searchRateLimit: 3 });
    try {
      const ask = () => limited.app.inject({ method: 'GET', url: '/api/v1/units/binh-giang/procedures?q=khai', remoteAddress: '10.9.8.7' });
      for (let i = 0; i < 3; i++) expect((await ask()).statusCode).toBe(200);
      const res = await ask();
      expect(res.statusCode).toBe(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.json().error).toEqual({ code: 'RATE_LIMITED', message: expect.stringMatching(/thử lại sau \d+ giây/) });
      const other = await limited.app.inject({ method: 'GET', url: '/api/v1/units/binh-giang/procedures?q=khai', remoteAddress: '10.9.8.8' });
      expect(other.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
