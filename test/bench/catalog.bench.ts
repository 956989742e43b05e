/**
 * Issue 2's figures, on PostgreSQL with one unit's catalog grown to 5,000 procedures:
 * search and detail throughput as a share of a hello route in the same run, p99 at
 * 50 connections, the Mini App's initial JavaScript, and npm start's readiness time.
 * Issue 7's: search over 1,000+ distinct realistic queries with the answer cache off,
 * through HTTP (share of hello) and the index alone on one core (queries/s).
 */
import { execFileSync, spawn } from 'node:child_process';
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
import { fromNationalRecord } from '../../server/src/features/catalog/national-record.ts';
import { SEED_DIR } from '../../server/src/paths.ts';
import { realisticQueries } from './search-queries.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CATALOG_SIZE = 5005;

export async function catalogBench(): Promise<void> {
  const pg = startThrowawayPostgres();
  try {
    const database = await openPostgres({ connectionString: pg.url, maxConnections: 20 });
    await migrate(database);
    await seedDemo(database.db);
    const unit = (await findUnitBySlug(database.db, 'binh-giang'))!;
    const rows: NumberedRow[] = generatedProcedures(CATALOG_SIZE - seedProcedures().length).map((procedure, i) => ({ row: i + 1, code: procedure.code, result: { ok: true, procedure } }));
    await importProcedures(database.db, unit.id, rows, null);
    const listed = await database.db.selectFrom('procedures').select(['code', 'name']).where('unit_id', '=', unit.id).execute();
    const codes = listed.map((r) => r.code);
    const queries = realisticQueries(listed);
    console.log(`catalog: ${codes.length} procedures in binh-giang, PostgreSQL at ${pg.url}`);

    await database.close();

    // Every search is computed afresh: no answer cache, and more distinct queries than it would hold anyway.
    const server = await startBenchServer({ DATABASE_URL: pg.url, SEARCH_CACHE_SIZE: '0' });
    const base = server.url;
    const searchPaths = queries.map((q) => `/api/v1/units/binh-giang/procedures?q=${encodeURIComponent(q)}`);
    const detailPaths = shuffle(codes).slice(0, 2000).map((c) => `/api/v1/units/binh-giang/procedures/${c}`);
    // Steady state: every measured path has been read once (a citizen somewhere already opened it).
    await warmUp(base, [...searchPaths, ...detailPaths]);

    const hello1 = await load('hello', base, ['/bench/hello']);
    const search = await load(`search, no cache (${queries.length} q)`, base, searchPaths);
    const detail = await load('detail (2,000 codes)', base, detailPaths);
    const hello2 = await load('hello (again)', base, ['/bench/hello']);
    const hello = (hello1.rps + hello2.rps) / 2;
    console.log('\nCatalog on PostgreSQL, 50 connections, 5 s each; ratios to the mean of both hello runs');
    for (const r of [hello1, hello2, search, detail]) printRow(r, hello);
    console.log('targets: search ≥ 25%, detail ≥ 40% of hello, p99 < 50 ms');
    await server.stop();
    const raw = uncachedSearchesPerSecond(queries);
    console.log(`\nsearch index alone, no answer cache, first page of 20: ${queries.length} distinct queries over ${raw.size} procedures, ${raw.perSecond.toFixed(0)} queries/s on one core (target ≥ 5,000)`);
    console.log(`  results per query: median ${raw.median}, 90th percentile ${raw.p90}; load average during the run ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
  } finally {
    pg.destroy();
  }

  console.log(`\nMini App initial JavaScript: ${(initialJsGzipBytes() / 1024).toFixed(1)} KB gzipped (target ≤ 200 KB)`);
  console.log(`npm start ready on an existing data directory: ${(await startupMs()) } ms (target ≤ 3000 ms)`);
}

/** The entry scripts and module preloads index.html names, gzipped. */
export function initialJsGzipBytes(): number {
  const www = path.join(ROOT, 'miniapp/www');
  if (!fs.existsSync(path.join(www, 'index.html'))) execFileSync('npm', ['run', 'build', '-w', 'miniapp'], { cwd: ROOT, stdio: 'ignore' });
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

function seedProcedures() {
  const records = JSON.parse(fs.readFileSync(path.join(SEED_DIR, 'procedures.json'), 'utf8')) as unknown[];
  return records.map(fromNationalRecord).flatMap((r) => (r.ok ? [r.procedure] : []));
}

/** The index alone over the same 5,005 procedures, every query computed afresh for a first page of 20 as the route asks (this process runs on one core). */
function uncachedSearchesPerSecond(queries: string[]): { size: number; perSecond: number; median: number; p90: number } {
  const procedures = [...seedProcedures(), ...generatedProcedures(CATALOG_SIZE - seedProcedures().length)];
  const index = new SearchIndex(procedures.map((p) => ({ key: p.code, name: p.name, field: p.field, summary: p.summary, extra: `${p.content.subjects} ${p.content.conditions}` })));
  const counts = queries.map((q) => index.searchPage(q, 0, 20).total).sort((a, b) => a - b); // also warms the JIT
  const started = performance.now();
  let runs = 0;
  while (performance.now() - started < 3000) index.searchPage(queries[runs++ % queries.length], 0, 20);
  return {
    size: procedures.length,
    perSecond: (runs * 1000) / (performance.now() - started),
    median: counts[counts.length >> 1],
    p90: counts[Math.floor(counts.length * 0.9)],
  };
}

function shuffle<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
