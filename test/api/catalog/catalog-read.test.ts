import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t?.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

describe('units', () => {
  it('lists the city and its communes, wards and special zones', async () => {
    const res = await get('/api/v1/units');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { slug: string; kind: string; parentSlug: string | null; name: string }[];
    expect(items[0]).toMatchObject({ slug: 'hai-phong', kind: 'city', parentSlug: null, name: 'Thành phố Hải Phòng' });
    for (const slug of ['binh-giang', 'nam-an-phu', 'kinh-mon', 'tu-minh']) {
      expect(items.find((u) => u.slug === slug)).toMatchObject({ parentSlug: 'hai-phong' });
    }
    expect(items.find((u) => u.slug === 'kinh-mon')?.kind).toBe('ward');
    expect(items.find((u) => u.slug === 'binh-giang')?.kind).toBe('commune');
  });

  it('gives a unit its address and office hours, a Saturday desk among them somewhere', async () => {
    const res = await get('/api/v1/units/binh-giang');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ slug: 'binh-giang', name: 'Xã Bình Giang', isDemo: true });
    expect(res.json().address).toMatch(/Bình Giang/);
    const hours = await Promise.all(['binh-giang', 'nam-an-phu', 'kinh-mon', 'tu-minh'].map((s) => get(`/api/v1/units/${s}`)));
    expect(hours.some((r) => JSON.stringify(r.json().officeHours).includes('thứ Bảy') || JSON.stringify(r.json().officeHours).includes('Thứ Bảy'))).toBe(true);
  });

  it('answers an unknown unit with 404 and a Vietnamese message', async () => {
    for (const url of ['/api/v1/units/khong-co', '/api/v1/units/khong-co/procedures', '/api/v1/units/khong-co/procedures/1.001193', '/api/v1/units/khong-co/hotlines', '/api/v1/units/khong-co/guides']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error).toEqual({ code: 'UNIT_NOT_FOUND', message: expect.stringContaining('Không tìm thấy xã, phường') });
    }
  });
});

describe('procedures', () => {
  it('lists at least 40 procedures across fields, each with a summary', async () => {
    const res = await get('/api/v1/units/binh-giang/procedures?limit=100');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBeGreaterThanOrEqual(40);
    const fields = new Set(body.items.map((p: { field: string }) => p.field));
    for (const field of ['Hộ tịch', 'Chứng thực']) expect(fields).toContain(field);
    expect(fields.size).toBeGreaterThanOrEqual(6);
  });

  it('counts procedures per field', async () => {
    const res = await get('/api/v1/units/binh-giang/procedure-fields');
    const items = res.json().items as { name: string; count: number }[];
    expect(items.find((f) => f.name === 'Hộ tịch')!.count).toBeGreaterThanOrEqual(10);
    const total = (await get('/api/v1/units/binh-giang/procedures?limit=1')).json().total;
    expect(items.reduce((n, f) => n + f.count, 0)).toBe(total);
  });

  it.each([
    ['lam giay khai sinh', 'Đăng ký khai sinh'],
    ['thu tuc ket hon', 'Đăng ký kết hôn'],
    ['Đăng ký kết hôn', 'Đăng ký kết hôn'],
    ['giấy độc thân', 'Cấp Giấy xác nhận tình trạng hôn nhân'],
    ['bao tu', 'Đăng ký khai tử'],
    ['sao y giấy tờ', 'Chứng thực bản sao từ bản chính giấy tờ'],
  ])('finds "%s" → %s first', async (q, name) => {
    const res = await get(`/api/v1/units/binh-giang/procedures?q=${encodeURIComponent(q)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0].name.startsWith(name)).toBe(true);
  });

  it('filters by field and pages', async () => {
    const all = (await get('/api/v1/units/binh-giang/procedures?field=Hộ tịch&limit=100')).json();
    expect(all.items.every((p: { field: string }) => p.field === 'Hộ tịch')).toBe(true);
    const page2 = (await get('/api/v1/units/binh-giang/procedures?field=ho tich&limit=5&offset=5')).json();
    expect(page2.total).toBe(all.total);
    expect(page2.items.map((p: { code: string }) => p.code)).toEqual(all.items.slice(5, 10).map((p: { code: string }) => p.code));
  });

  it('gives the full procedure: channels with time and fee, documents by case, legal basis', async () => {
    const res = await get('/api/v1/units/binh-giang/procedures/1.001193');
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({ code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', status: 'active' });
    expect(p.channels.length).toBeGreaterThanOrEqual(2);
    expect(p.channels.map((c: { kind: string }) => c.kind)).toContain('truc_tiep');
    for (const c of p.channels) {
      expect(c.timeLimit.length).toBeGreaterThan(0);
      expect(c.fee.length).toBeGreaterThan(0);
    }
    expect(p.documentCases[0].documents.length).toBeGreaterThan(0);
    expect(p.steps.length).toBeGreaterThan(1);
    expect(p.legalBasis.map((l: { number: string }) => l.number)).toContain('60/2014/QH13');
    expect(p.agency).toMatch(/Ủy ban nhân dân/);
    expect(p.onlineUrl).toMatch(/^https:\/\//);
    expect(p.history[0]).toMatchObject({ action: 'published' });
  });

  it('answers an unknown code with 404', async () => {
    const res = await get('/api/v1/units/binh-giang/procedures/9.999999');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('PROCEDURE_NOT_FOUND');
  });

  it('sends ETag and Cache-Control, and 304 to a client holding the same version', async () => {
    for (const url of ['/api/v1/units/binh-giang/procedures?q=khai%20sinh', '/api/v1/units/binh-giang/procedures/1.001193', '/api/v1/units/binh-giang/hotlines', '/api/v1/units/binh-giang/guides']) {
      const first = await get(url);
      expect(first.headers.etag, url).toMatch(/^W\/".+"$/);
      expect(first.headers['cache-control']).toContain('max-age');
      const again = await get(url, { 'if-none-match': String(first.headers.etag) });
      expect(again.statusCode, url).toBe(304);
      expect(again.body).toBe('');
    }
  });
});

describe('hotlines and guides', () => {
  it('lists hotlines with visibly fictitious demo numbers', async () => {
    const items = (await get('/api/v1/units/kinh-mon/hotlines')).json().items as { name: string; phone: string; isDemo: boolean }[];
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.some((h) => /Một cửa|Phục vụ hành chính công/.test(h.name))).toBe(true);
    expect(items.some((h) => /Công an/.test(h.name))).toBe(true);
    for (const h of items) {
      expect(h.isDemo).toBe(true);
      expect(h.phone).toMatch(/^(0225 3999 0\d\d|0900 000 0\d\d)$/);
    }
  });

  it('has the four step-by-step online-service guides', async () => {
    const items = (await get('/api/v1/units/tu-minh/guides')).json().items as { slug: string; title: string }[];
    const titles = items.map((g) => g.title).join(' | ');
    expect(titles).toMatch(/VNeID/);
    expect(titles).toMatch(/Cổng Dịch vụ công quốc gia/);
    expect(titles).toMatch(/[Tt]hanh toán/);
    const guide = (await get(`/api/v1/units/tu-minh/guides/${items[0].slug}`)).json();
    expect(guide.steps.length).toBeGreaterThanOrEqual(3);
    expect(guide.steps[0].title.length).toBeGreaterThan(0);
    expect((await get('/api/v1/units/tu-minh/guides/khong-co')).statusCode).toBe(404);
  });
});

describe('health and docs', () => {
  it('answers healthz and readyz', async () => {
    expect((await get('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await get('/readyz')).statusCode).toBe(200);
  });

  it('publishes the OpenAPI description at /docs', async () => {
    const spec = (await get('/docs/json')).json();
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/v1/units', '/api/v1/units/{unit}/procedures', '/api/v1/units/{unit}/procedures/{code}']));
    expect((await get('/docs')).statusCode).toBeLessThan(400);
  });

  it('answers an unknown path with 404 in Vietnamese', async () => {
    const res = await get('/api/v1/khong-co');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });
});
