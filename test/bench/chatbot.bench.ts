/**
 * Issue 9's chatbot figure, on PostgreSQL with one unit's catalog grown to 5,000 procedures:
 * reply computation (Chatbot.answer: understanding, catalog search, the conversation's read and
 * optimistic write) p50/p95/p99 over distinct questions, target p95 ≤ 20 ms; and POST /api/v1/chat
 * through HTTP as a share of the hello route in the same run.
 */
import autocannon from 'autocannon';
import crypto from 'node:crypto';
import Fastify from 'fastify';
import fs from 'node:fs';
import { buildServices } from '../../server/src/composition.ts';
import { loadConfig } from '../../server/src/config.ts';
import { openPostgres } from '../../server/src/db/database.ts';
import { migrate } from '../../server/src/db/migrate.ts';
import { importProcedures, type NumberedRow } from '../../server/src/features/catalog/catalog-import.service.ts';
import { findUnitBySlug } from '../../server/src/features/units/units.repository.ts';
import { seedDemo } from '../../server/src/seed/demo-seed.ts';
import { startThrowawayPostgres } from '../helpers/throwaway-postgres.ts';
import { readEvalFile } from '../eval/eval-core.ts';
import { FRESH_SET, HELDOUT_SET } from '../eval/eval-files.ts';
import { startBenchServer } from './bench-process.ts';
import { generatedProcedures } from './generated-catalog.ts';
import { load, printRow, type LoadResult } from './load.ts';
import { realisticQueries } from './search-queries.ts';

const CATALOG_SIZE = 5005;
const SEED_COUNT = 50;

export async function chatbotBench(): Promise<void> {
  const pg = startThrowawayPostgres();
  try {
    const database = await openPostgres({ connectionString: pg.url, maxConnections: 20 });
    await migrate(database);
    await seedDemo(database.db);
    const unit = (await findUnitBySlug(database.db, 'binh-giang'))!;
    const rows: NumberedRow[] = generatedProcedures(CATALOG_SIZE - SEED_COUNT).map((procedure, i) => ({ row: i + 1, code: procedure.code, result: { ok: true, procedure } }));
    await importProcedures(database.db, unit.id, rows, null);
    const listed = await database.db.selectFrom('procedures').select(['code', 'name']).where('unit_id', '=', unit.id).execute();
    const questions = [
      ...[HELDOUT_SET, FRESH_SET].filter((f) => fs.existsSync(f)).flatMap((f) => readEvalFile(f).map((l) => l.text)),
      ...realisticQueries(listed),
    ];
    console.log(`chatbot: ${listed.length} procedures in binh-giang, ${questions.length} distinct questions, PostgreSQL at ${pg.url}`);

    // Reply computation in this process: every question from its own user (a fresh conversation), no answer cache.
    const config = { ...loadConfig({}), logLevel: 'silent' as const, searchCacheSize: 0, secretKey: 'bench-secret-key-of-at-least-32-characters' };
    const services = buildServices(config, database, Fastify({ logger: false }).log);
    const answer = (text: string, i: number) => services.chatbot.answer({ unitSlug: 'binh-giang', channel: 'miniapp', userKey: `device:${uuidOf(i)}`, text });
    for (let i = 0; i < 50; i++) await answer(questions[i % questions.length]!, 1_000_000 + i); // warm: catalog loaded, JIT
    const timings: number[] = [];
    const understandTimings: number[] = [];
    for (let round = 0; round < 2; round++) {
      for (const [i, text] of questions.entries()) {
        const started = performance.now();
        await answer(text, round * questions.length + i);
        timings.push(performance.now() - started);
        const u0 = performance.now();
        await services.chatbot.understand('binh-giang', text);
        understandTimings.push(performance.now() - u0);
      }
    }
    console.log('\nReply computation (Chatbot.answer, conversation read + write on PostgreSQL), one at a time');
    printPercentiles('answer()', timings);
    printPercentiles('understanding alone', understandTimings);
    console.log('target: answer() p95 ≤ 20 ms');
    await database.close();

    // Through HTTP: POST /api/v1/chat against the hello route, 50 connections, 5 s each.
    const server = await startBenchServer({ DATABASE_URL: pg.url, SEARCH_CACHE_SIZE: '0', CHAT_RATE_LIMIT: '1000000000' });
    const hello1 = await load('hello', server.url, ['/bench/hello']);
    const chat = await loadChat('POST /api/v1/chat', server.url, questions);
    const hello2 = await load('hello (again)', server.url, ['/bench/hello']);
    const hello = (hello1.rps + hello2.rps) / 2;
    console.log('\nPOST /api/v1/chat on PostgreSQL, 50 connections, 5 s each; ratios to the mean of both hello runs');
    for (const r of [hello1, hello2, chat]) printRow(r, hello);
    await server.stop();
  } finally {
    pg.destroy();
  }
}

/** autocannon POSTing the questions, each request from its own device (its own conversation). */
async function loadChat(name: string, baseUrl: string, questions: string[]): Promise<LoadResult> {
  // Each request a new question from a new device: 50 connections never write one conversation at once.
  let next = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: 50,
    duration: 5,
    requests: [{
      method: 'POST',
      path: '/api/v1/chat',
      setupRequest: (request) => {
        const i = next++;
        return {
          ...request,
          headers: { 'content-type': 'application/json', 'x-device-id': uuidOf(5_000_000 + i) },
          body: JSON.stringify({ unit: 'binh-giang', text: questions[i % questions.length] }),
        };
      },
    }],
  });
  return {
    name,
    rps: result.requests.average,
    p95: (result.latency as unknown as Record<string, number>).p97_5 ?? result.latency.p99,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

function printPercentiles(name: string, values: number[]): void {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2);
  console.log(`${name.padEnd(22)} n=${sorted.length}  p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  p99 ${at(0.99)} ms  max ${sorted.at(-1)!.toFixed(2)} ms`);
}

/** A stable device id per number. */
function uuidOf(n: number): string {
  const h = crypto.createHash('sha256').update(`bench-device-${n}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

