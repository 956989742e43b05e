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

describe('referrals: what another agency handles (issue 7)', () => {
  it('"đăng ký tạm trú" sends to Công an xã with its number and the online route, and lists no unrelated procedures', async () => {
    const body = await search('đăng ký tạm trú');
    expect(body.referrals).toHaveLength(1);
    expect(body.referrals![0]).toMatchObject({ agency: expect.stringMatching(/^Công an xã/), phone: '0225 3999 016', url: 'https://dichvucong.gov.vn' });
    expect(body.referrals![0].reason).toMatch(/VNeID/);
    expect(body.items).toEqual([]);
    expect(body.total).toBe(0);
  });

  it('"dang ky thuong tru" (no diacritics) keeps only procedures whose name says thường trú', async () => {
    const body = await search('dang ky thuong tru');
    expect(body.referrals![0].agency).toMatch(/^Công an xã/);
    for (const p of body.items) expect(p.name).toMatch(/thường trú/);
  });

  it('"làm căn cước" sends to Công an xã; only the procedure that includes a căn cước card may stay', async () => {
    const body = await search('làm căn cước');
    expect(body.referrals!.map((r) => r.agency)).toEqual([expect.stringMatching(/^Công an xã/)]);
    for (const p of body.items) expect(p.name).toMatch(/căn cước/);
  });

  it('"công chứng" names the văn phòng công chứng (number from the city\'s Sở Tư pháp) and keeps the commune\'s chứng thực', async () => {
    const body = await search('công chứng');
    expect(body.referrals).toEqual([expect.objectContaining({ agency: expect.stringMatching(/^Văn phòng công chứng/), phone: '0225 3999 013' })]);
    expect(body.items[0].name).toMatch(/^Chứng thực bản sao từ bản chính/);
  });

  it('"lý lịch tư pháp" sends to the city\'s Trung tâm Phục vụ hành chính công', async () => {
    const body = await search('xin lý lịch tư pháp');
    expect(body.referrals).toEqual([expect.objectContaining({ agency: 'Trung tâm Phục vụ hành chính công thành phố', phone: '0225 3999 012' })]);
    expect(body.items).toEqual([]);
  });

  it('a commune procedure carries no referral', async () => {
    const body = await search('lam giay khai sinh');
    expect(body.referrals).toEqual([]);
    expect(body.items[0].name).toBe('Đăng ký khai sinh');
  });
});
