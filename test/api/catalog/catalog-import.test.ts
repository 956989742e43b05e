import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogFile } from '../../../server/src/features/catalog/catalog-file.ts';
import { importProcedures, markProcedure } from '../../../server/src/features/catalog/catalog-import.service.ts';
import { findUnitBySlug } from '../../../server/src/features/units/units.repository.ts';
import { SEED_DIR } from '../../../server/src/seed/demo-seed.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';

let t: TestApp;
let unitId: number;
const seedRecords = JSON.parse(fs.readFileSync(path.join(SEED_DIR, 'procedures.json'), 'utf8')) as Record<string, unknown>[];
const khaiSinh = seedRecords.find((r) => r.MATTHC === '1.001193')!;

beforeAll(async () => {
  // Changes here come from outside the app, as from the import CLI: check the version on every read.
  t = await buildTestApp({ catalogRefreshMs: 0 });
  unitId = (await findUnitBySlug(t.database.db, 'nam-an-phu'))!.id;
});
afterAll(() => t?.close());

const count = async () =>
  Number((await t.database.db.selectFrom('procedures').select((eb) => eb.fn.countAll().as('n')).where('unit_id', '=', unitId).executeTakeFirstOrThrow()).n);

const importJson = async (records: unknown[], decision: { decision: string; decidedOn: string | null } | null = null) =>
  importProcedures(t.database.db, unitId, await readCatalogFile(Buffer.from(JSON.stringify(records)), 'f.json'), decision);

const detail = (code: string) => t.app.inject({ method: 'GET', url: `/api/v1/units/nam-an-phu/procedures/${code}` });

describe('importing procedures', () => {
  it('imports new records and reports unchanged ones; running it again changes nothing', async () => {
    const before = await count();
    const fresh = { ...khaiSinh, MATTHC: '1.999001', TENTTHC: 'Thủ tục thử nghiệm nhập khẩu' };
    const report = await importJson([khaiSinh, fresh]);
    expect(report).toMatchObject({ created: ['1.999001'], updated: [], unchanged: ['1.001193'], rejected: [] });
    expect(await count()).toBe(before + 1);
    const again = await importJson([khaiSinh, fresh]);
    expect(again).toMatchObject({ created: [], updated: [], unchanged: ['1.001193', '1.999001'] });
    expect(await count()).toBe(before + 1);
  });

  it('rejects a file with any bad record, by record number, and writes nothing', async () => {
    const before = await count();
    const report = await importJson([
      { ...khaiSinh, MATTHC: '1.999002' },
      { ...khaiSinh, MATTHC: 'sai-ma', TENTTHC: '' },
      { ...khaiSinh, MATTHC: '1.999002' },
    ]);
    expect(report.created).toEqual([]);
    expect(report.rejected.map((r) => r.row)).toEqual([2, 3]);
    expect(report.rejected[0].problems.join(' ')).toMatch(/tên thủ tục/);
    expect(report.rejected[1].problems.join(' ')).toMatch(/trùng với bản ghi số 1/);
    expect(await count()).toBe(before);
    expect((await detail('1.999002')).statusCode).toBe(404);
  });

  it('records an amendment with its decision, and the public detail shows it at once', async () => {
    const amended = { ...khaiSinh, MOTA: 'Mô tả đã sửa đổi theo quyết định mới.' };
    const report = await importJson([amended], { decision: 'Quyết định số 999/QĐ-UBND', decidedOn: '2026-10-01' });
    expect(report.updated).toEqual(['1.001193']);
    const p = (await detail('1.001193')).json();
    expect(p.status).toBe('amended');
    expect(p.summary).toBe('Mô tả đã sửa đổi theo quyết định mới.');
    expect(p.history.at(-1)).toMatchObject({ action: 'amended', decision: 'Quyết định số 999/QĐ-UBND', decidedOn: '2026-10-01' });
    expect(p.history[0].action).toBe('published');
  });

  it('repeals a procedure: kept with its history, gone from search', async () => {
    const q = () => t.app.inject({ method: 'GET', url: '/api/v1/units/nam-an-phu/procedures?q=th%E1%BB%A7%20t%E1%BB%A5c%20th%E1%BB%AD%20nghi%E1%BB%87m' });
    expect((await q()).json().items.map((p: { code: string }) => p.code)).toContain('1.999001');
    const ok = await markProcedure(t.database.db, unitId, '1.999001', 'repealed', { decision: 'Quyết định số 1000/QĐ-UBND', decidedOn: null });
    expect(ok).toBe(true);
    expect((await q()).json().items.map((p: { code: string }) => p.code)).not.toContain('1.999001');
    const p = (await detail('1.999001')).json();
    expect(p.status).toBe('repealed');
    expect(p.history.map((h: { action: string }) => h.action)).toEqual(['published', 'repealed']);
    expect(await markProcedure(t.database.db, unitId, '9.999999', 'repealed', { decision: 'x', decidedOn: null })).toBe(false);
  });

  it('keeps other units untouched', async () => {
    const other = await t.app.inject({ method: 'GET', url: '/api/v1/units/binh-giang/procedures/1.999001' });
    expect(other.statusCode).toBe(404);
  });
});
