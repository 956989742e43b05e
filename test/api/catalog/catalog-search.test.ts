import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t?.close());

const search = async (q: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/units/binh-giang/procedures?q=${encodeURIComponent(q)}&limit=50` });
  expect(res.statusCode).toBe(200);
  return res.json() as { items: { code: string; name: string; field: string }[]; total: number; referrals?: { agency: string; reason: string; phone: string | null; url: string | null }[] };
};

describe('search answers precisely (issue 7)', () => {
  it('"hộ nghèo" finds the procedure whose conditions name poor households, and no chứng thực', async () => {
    const body = await search('hộ nghèo');
    expect(body.items[0].name).toMatch(/trợ cấp hưu trí xã hội/);
    expect(body.items.some((p) => p.field === 'Chứng thực')).toBe(false);
  });

  it('"Thủ tục 1.004873 cần những gì" answers that one procedure', async () => {
    const body = await search('Thủ tục 1.004873 cần những gì');
    expect(body.items.map((p) => p.code)).toEqual(['1.004873']);
    expect(body.total).toBe(1);
  });

  it('"mở quán ăn" lists only hộ kinh doanh', async () => {
    const body = await search('mở quán ăn');
    expect(body.total).toBeLessThanOrEqual(6);
    expect(body.items.every((p) => p.field === 'Đăng ký hộ kinh doanh')).toBe(true);
  });
});
