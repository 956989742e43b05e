/** Links a procedure or guide holds are opened by citizens: only http(s) is accepted, by the admin API and by the import. */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogFile } from '../../../server/src/features/catalog/catalog-file.ts';
import { importProcedures } from '../../../server/src/features/catalog/catalog-import.service.ts';
import { findUnitBySlug } from '../../../server/src/features/units/units.repository.ts';
import { SEED_DIR } from '../../../server/src/seed/demo-seed.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs, type OfficerHeaders } from '../../helpers/officers.ts';

let t: TestApp;
let officer: OfficerHeaders;
beforeAll(async () => {
  t = await buildTestApp({ catalogRefreshMs: 0 });
  officer = await loginAs(t.app, 'canbo.nam-an-phu');
});
afterAll(() => t?.close());

const BAD_LINKS = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/phish',
  'dichvucong.gov.vn/p/home',
  'https://',
  'https:// dichvucong.gov.vn',
];

const current = async () => (await t.app.inject({ method: 'GET', url: '/api/v1/console/catalog/procedures/1.001193', headers: { ...officer } })).json().procedure;
const save = (procedure: unknown) =>
  t.app.inject({ method: 'PUT', url: '/api/v1/console/catalog/procedures/1.001193', headers: { ...officer }, payload: { procedure } });

describe('procedure links through the admin API', () => {
  it.each(BAD_LINKS)('refuses the online submission link %j with a Vietnamese 400', async (link) => {
    const procedure = await current();
    const res = await save({ ...procedure, content: { ...procedure.content, onlineUrl: link } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/onlineUrl.*http:\/\/ hoặc https:\/\//) });
  });

  it('refuses a non-http source link too', async () => {
    const procedure = await current();
    const res = await save({ ...procedure, content: { ...procedure.content, sourceUrl: 'javascript:alert(1)' } });
    expect(res.statusCode).toBe(400);
  });

  it('accepts http and https links, and no link', async () => {
    for (const onlineUrl of ['https://dichvucong.gov.vn/p/home/dvc-trang-chu.html?ma=1.001193', 'http://dichvucong.haiphong.gov.vn', null]) {
      const procedure = await current();
      const res = await save({ ...procedure, content: { ...procedure.content, onlineUrl } });
      expect(res.statusCode, String(onlineUrl)).toBe(200);
      expect((await current()).content.onlineUrl).toBe(onlineUrl);
    }
  });

  it.each(BAD_LINKS)('refuses the guide link %j', async (url) => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/console/catalog/guides/thu-lien-ket',
      headers: { ...officer },
      payload: { title: 'Hướng dẫn thử', steps: [{ title: 'Bước 1', body: 'Mở trang.' }], links: [{ label: 'Trang', url }] },
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('procedure links through the import', () => {
  const seed = JSON.parse(fs.readFileSync(path.join(SEED_DIR, 'procedures.json'), 'utf8')) as Record<string, unknown>[];
  const khaiSinh = seed.find((r) => r.MATTHC === '1.001193')!;

  it.each([
    ['URLNOPTRUCTUYEN', 'javascript:alert(1)'],
    ['URLNGUON', 'data:text/html,x'],
  ])('rejects a national record whose %s is %j, naming the field', async (field, value) => {
    const unitId = (await findUnitBySlug(t.database.db, 'nam-an-phu'))!.id;
    const file = await readCatalogFile(Buffer.from(JSON.stringify([{ ...khaiSinh, MATTHC: '1.999101', [field]: value }])), 'f.json');
    const report = await importProcedures(t.database.db, unitId, file, null);
    expect(report.created).toEqual([]);
    expect(report.rejected).toEqual([expect.objectContaining({ problems: expect.arrayContaining([expect.stringMatching(/đường dẫn.*http/)]) })]);
  });

  it('rejects a spreadsheet row with a javascript: link, through the console import', async () => {
    const csv = ['Mã thủ tục;Tên thủ tục;Lĩnh vực;Cơ quan thực hiện;Cách thức thực hiện;Đường dẫn nộp trực tuyến', '2.777101;Thủ tục có liên kết xấu;Chứng thực;UBND cấp xã;Trực tiếp;javascript:alert(1)'].join('\n');
    const boundary = '----links';
    const payload = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ds.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/console/catalog/procedures/import',
      headers: { ...officer, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().report.rejected).toEqual([expect.objectContaining({ row: 2, problems: expect.arrayContaining([expect.stringMatching(/đường dẫn.*http/)]) })]);
  });
});

describe('links stored before these checks', () => {
  it('never reach a citizen: a stored javascript: link is served as no link', async () => {
    await sql`update procedures set detail = jsonb_set(jsonb_set(detail, '{onlineUrl}', '"javascript:alert(1)"'), '{sourceUrl}', '"data:text/html,x"')
      where code = '1.001193' and unit_id = (select id from units where slug = 'binh-giang')`.execute(t.database.db);
    await sql`update guides set links = '[{"label":"Xấu","url":"javascript:alert(1)"},{"label":"Tốt","url":"https://vneid.gov.vn"}]'
      where unit_id = (select id from units where slug = 'binh-giang')`.execute(t.database.db);
    await sql`update units set catalog_version = catalog_version + 1 where slug = 'binh-giang'`.execute(t.database.db);
    const detail = (await t.app.inject({ method: 'GET', url: '/api/v1/units/binh-giang/procedures/1.001193' })).json();
    expect(detail).toMatchObject({ onlineUrl: null, sourceUrl: null });
    const guides = (await t.app.inject({ method: 'GET', url: '/api/v1/units/binh-giang/guides' })).json().items;
    const guide = (await t.app.inject({ method: 'GET', url: `/api/v1/units/binh-giang/guides/${guides[0].slug}` })).json();
    expect(guide.links).toEqual([{ label: 'Tốt', url: 'https://vneid.gov.vn' }]);
  });
});
