/**
 * Issue 2's figures, on PostgreSQL with one unit's catalog grown to 5,000 procedures:
 * search and detail throughput as a share of a hello route in the same run, p99 at
 * 50 connections, the Mini App's initial JavaScript, and npm start's readiness time.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { openPostgres } from '../../server/src/db/database.ts';
import { migrate } from '../../server/src/db/migrate.ts';
import { importProcedures, type NumberedRow } from '../../server/src/features/catalog/catalog-import.service.ts';
import { findUnitBySlug } from '../../server/src/features/units/units.repository.ts';
import { seedDemo } from '../../server/src/seed/demo-seed.ts';
import { startThrowawayPostgres } from '../helpers/throwaway-postgres.ts';
import { generatedProcedures } from './generated-catalog.ts';
import { startBenchServer } from './bench-process.ts';
import { load, printRow } from './load.ts';
import { SearchIndex } from '../../shared/src/search/search-index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const QUERIES = [
  'lam giay khai sinh', 'thu tuc ket hon', 'giấy độc thân', 'chung thuc ban sao', 'sổ đỏ', 'mo quan an',
  'đk hộ kinh doanh', 'bao tu', 'xin giay phep xay dung', 'khia sinh', 'tro cap xa hoi', 'cong chung hop dong',
];

export async function catalogBench(): Promise<void> {
  const pg = startThrowawayPostgres();
  try {
    const database = await openPostgres({ connectionString: pg.url, maxConnections: 20 });
    await migrate(database);
    await seedDemo(database.db);
    const unit = (await findUnitBySlug(database.db, 'binh-giang'))!;
    const rows: NumberedRow[] = generatedProcedures(5000 - 45).map((procedure, i) => ({ row: i + 1, code: procedure.code, result: { ok: true, procedure } }));
    await importProcedures(database.db, unit.id, rows, null);
    const codes = (await database.db.selectFrom('procedures').select('code').where('unit_id', '=', unit.id).execute()).map((r) => r.code);
    console.log(`catalog: ${codes.length} procedures in binh-giang, PostgreSQL at ${pg.url}`);

    await database.close();

    const server = await startBenchServer({ DATABASE_URL: pg.url });
    const base = server.url;
    const searchPaths = QUERIES.map((q) => `/api/v1/units/binh-giang/procedures?q=${encodeURIComponent(q)}`);
    const detailPaths = shuffle(codes).slice(0, 2000).map((c) => `/api/v1/units/binh-giang/procedures/${c}`);
    // Steady state: every measured path has been read once (a citizen somewhere already opened it).
    await warmUp(base, [...searchPaths, ...detailPaths]);

    const hello1 = await load('hello', base, ['/bench/hello']);
    const search = await load('search (5,000 procedures)', base, searchPaths);
    const detail = await load('detail (2,000 codes)', base, detailPaths);
    const hello2 = await load('hello (again)', base, ['/bench/hello']);
    const hello = (hello1.rps + hello2.rps) / 2;
    console.log('\nCatalog on PostgreSQL, 50 connections, 5 s each; ratios to the mean of both hello runs');
    for (const r of [hello1, hello2, search, detail]) printRow(r, hello);
    console.log('targets: search ≥ 25%, detail ≥ 40% of hello, p99 < 50 ms');
    await server.stop();
    console.log(`\nsearch without the answer cache: ${uncachedSearchesPerSecond(codes.length).toFixed(0)} queries/s on one core (index of ${codes.length})`);
  } finally {
    pg.destroy();
  }

  console.log(`\nMini App initial JavaScript: ${(initialJsGzipBytes() / 1024).toFixed(1)} KB gzipped (target ≤ 200 KB)`);
  console.log(`npm start ready on an existing data directory: ${(await startupMs()) } ms (target ≤ 3000 ms)`);
}

/** The entry scripts and module preloads index.html names, gzipped. */
export function initialJsGzipBytes(): number {
  const www = path.join(ROOT, 'miniapp/www');
  const html = fs.readFileSync(path.join(www, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]);
  return files.reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(www, f.replace(/^\.?\//, '').replace(/^.*?assets\//, 'assets/')))).length, 0);
}

/** Starts npm start twice on one data directory; the second start is timed until /readyz answers 200. */
async function startupMs(): Promise<number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-start-'));
  try {
    await timeStart(dataDir, 3101);
    return await timeStart(dataDir, 3102);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function timeStart(dataDir: string, port: number): Promise<number> {
  const started = Date.now();
  const child = spawn('node', ['scripts/start.mjs'], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: 'ignore' });
  try {
    for (;;) {
      if (Date.now() - started > 120_000) throw new Error('npm start did not become ready in 120 s');
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
      if (ok) return Date.now() - started;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function warmUp(base: string, paths: string[]): Promise<void> {
  const queue = [...paths];
  await Promise.all(Array.from({ length: 16 }, async () => {
    for (let p = queue.pop(); p; p = queue.pop()) await (await fetch(base + p)).arrayBuffer();
  }));
}

/** The index alone, every query computed afresh: the worst case behind the cache. */
function uncachedSearchesPerSecond(size: number): number {
  const docs = generatedProcedures(size).map((p) => ({ key: p.code, name: p.name, field: p.field, summary: p.summary }));
  const index = new SearchIndex(docs);
  const started = performance.now();
  let runs = 0;
  while (performance.now() - started < 2000) index.search(QUERIES[runs++ % QUERIES.length]);
  return (runs * 1000) / (performance.now() - started);
}

function shuffle<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
