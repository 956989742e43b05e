/**
 * Issue 8's progress figure, on PostgreSQL: the city progress for a year over 114 units ×
 * 20 targets × 12 months, with 2,000,000 reader events and 200,000 activities (target
 * < 300 ms), measured over HTTP on the real server (the composition root's ProgressService
 * with the activities and articles features as its CountSources), beside the hello route's
 * throughput in the same run.
 *
 * The data lives in the features' own tables, generated with plain `pg` bulk statements:
 * - `activities`: 200,000 entries over 2026, 10 channel/kind pairs, spread over the communes;
 * - `articles`: 50 published articles per commune (one in five with audio, `article_media`);
 * - `article_reader_days`: 200,000 (article, day) rows whose readers + shares add up to
 *   2,000,000 reader events (the feature keeps reader counts per day, never the events).
 */
import pg from 'pg';
import { openPostgres } from '../../server/src/db/database.ts';
import { migrate } from '../../server/src/db/migrate.ts';
import { createPlan } from '../../server/src/features/plans/plan-writes.ts';
import { seedDemo } from '../../server/src/seed/demo-seed.ts';
import { startThrowawayPostgres } from '../helpers/throwaway-postgres.ts';
import { startBenchServer } from './bench-process.ts';
import { login, pct } from './console-client.ts';
import { load, printRow } from './load.ts';

const UNITS = 114;
const TARGETS = 20;
const ACTIVITIES = 200_000;
const ARTICLES_PER_UNIT = 50;
const READER_DAYS = 200_000;
/** readers + shares per reader-day row average 10: 2,000,000 reader events. */
const READER_EVENTS = READER_DAYS * 10;
const WARM_UP = 5;
const SAMPLES = 50;
const CHANNEL_KINDS = [
  ['dai_truyen_thanh', 'tin_bai'], ['cong_thong_tin', 'tin_bai'], ['cong_thong_tin', 'van_ban'], ['fanpage', 'tin_bai'], ['zalo_oa', 'tin_bai'],
  ['truc_quan', 'bang_ron'], ['hoi_nghi', 'hoi_nghi'], ['hoi_nghi', 'tap_huan'], ['truc_tiep', 'ho_tro'], ['dai_truyen_thanh', 'file_am_thanh'],
] as const;
/** The targets count these: the activities' pairs, the Mini App's articles, audio and readers, and attendance. */
const TARGET_KINDS = [
  ...CHANNEL_KINDS, ['mini_app', 'tin_bai'], ['mini_app', 'file_am_thanh'], ['mini_app', 'luot_truy_cap'], ['hoi_nghi', 'luot_tham_du'],
] as const;

export async function progressBench(): Promise<void> {
  const postgres = startThrowawayPostgres();
  try {
    const database = await openPostgres({ connectionString: postgres.url, maxConnections: 4 });
    await migrate(database);
    await seedDemo(database.db);
    const started = Date.now();
    const communes = await growCity(postgres.url);
    for (const id of communes) await planFor(database, id);
    await fillCounts(postgres.url, communes);
    console.log(`progress: ${communes.length} communes with plans, ${ACTIVITIES.toLocaleString('en')} activities, ${READER_EVENTS.toLocaleString('en')} reader events generated in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    await database.close();

    const server = await startBenchServer({ DATABASE_URL: postgres.url });
    const base = server.url;
    const cookie = await login(base, 'admin.hai-phong');
    const path = '/api/v1/console/units/hai-phong/progress/2026/city';
    const { latencies, targetPeriods, bytes } = await sequential(base, path, cookie);
    // Opening a commune's row reads its own progress (240 target-periods).
    const commune = await sequential(base, '/api/v1/console/units/xa-thu-1/progress/2026', cookie);
    const city = await load('city progress 2026 (2 conn)', base, [path], 5, 2, { cookie });
    const hello = await load('hello', base, ['/bench/hello']);
    await server.stop();

    console.log(`\nProgress on PostgreSQL, over HTTP as admin.hai-phong: ${communes.length} units × ${TARGETS} targets × 12 months (${targetPeriods} target-periods counted, answer ${(bytes / 1e3).toFixed(0)} kB), ${READER_EVENTS.toLocaleString('en')} reader events, ${ACTIVITIES.toLocaleString('en')} activities`);
    printRow(hello, hello.rps);
    printRow(city, hello.rps);
    const p50 = pct(latencies, 50);
    const p95 = pct(latencies, 95);
    console.log(`city progress for 2026, one client, ${SAMPLES} requests after ${WARM_UP} warm-up: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (target < 300 ms) ${p95 < 300 ? 'OK' : 'SLOW'}`);
    console.log(`a commune opened (its own progress for 2026, ${(commune.bytes / 1e3).toFixed(0)} kB): p50 ${pct(commune.latencies, 50).toFixed(0)} ms, p95 ${pct(commune.latencies, 95).toFixed(0)} ms`);
    console.log(`city progress, 2 connections for 5 s: ${city.rps.toFixed(1)} per second beside hello ${hello.rps.toFixed(0)} req/s in the same run`);
  } finally {
    postgres.destroy();
  }
}

/** Communes up to 114 under Hải Phòng (the demo's first, then generated ones); their ids. Plain pg: no statement timeout. */
export async function growCity(url: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      insert into units (slug, name, kind, parent_id, office_hours, is_demo)
      select 'xa-thu-' || g, 'Xã Thử ' || g, 'commune', (select id from units where slug = 'hai-phong'), '[]', true
      from generate_series(1, ${UNITS} - (select count(*) from units where parent_id = (select id from units where slug = 'hai-phong'))) g`);
    const { rows } = await client.query<{ id: number }>(`select id from units where parent_id = (select id from units where slug = 'hai-phong') order by id`);
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

/** A 2026 plan of 20 monthly targets, through the plans feature's own write (a demo unit's own 2026 plan is kept). */
export async function planFor(database: Awaited<ReturnType<typeof openPostgres>>, unitId: number): Promise<void> {
  const has = await database.db.selectFrom('plans').select('id').where('unit_id', '=', unitId).where('starts_on', '<=', '2026-12-31').where('ends_on', '>=', '2026-01-01').executeTakeFirst();
  if (has) return;
  const targets = Array.from({ length: TARGETS }, (_, i) => {
    const [channel, kind] = TARGET_KINDS[i % TARGET_KINDS.length];
    return { label: `Chỉ tiêu thử ${i + 1}`, channel, kind, minimum: 2 + (i % 3), periodicity: 'month' as const, office: 'Phòng Văn hóa - Xã hội', taskIndex: null };
  });
  await createPlan(database.db, unitId, { number: '1/KH-UBND', signedOn: null, title: 'Kế hoạch thử năm 2026', legalBasis: [], from: '2026-01-01', to: '2026-12-31', tasks: [], targets });
}

/** Activities, articles (some with audio) and reader days in the features' tables, in bulk. */
export async function fillCounts(url: string, communes: number[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const ids = communes;
  const n = communes.length;
  const ck = CHANNEL_KINDS.map(([c, k]) => `${c}:${k}`);
  const articles = n * ARTICLES_PER_UNIT;
  try {
    await client.query('begin');
    await client.query(
      `insert into activities (unit_id, day, channel, kind, title, count, attendees)
       select ($1::int[])[1 + g % $2::int], date '2026-01-01' + (g % 365),
              split_part(($3::text[])[1 + g % $4::int], ':', 1), split_part(($3::text[])[1 + g % $4::int], ':', 2),
              'Hoạt động thử số ' || g, 1, (g % 7) * 10
         from generate_series(1, ${ACTIVITIES}) g`,
      [ids, n, ck, ck.length],
    );
    await client.query(
      `insert into article_media (id, unit_id, kind, content_type, extension, size_bytes, path)
       select md5('audio-' || g)::uuid, ($1::int[])[1 + g % $2::int], 'audio', 'audio/mpeg', 'mp3', 1000, 'bench/' || g || '.mp3'
         from generate_series(0, ${articles - 1}) g where g % 5 = 0`,
      [ids, n],
    );
    // Article g: commune g mod n, published on one of the year's first 320 days; its readers come on the 36 days from then.
    await client.query(
      `insert into articles (id, unit_id, title, summary, body_html, audio_media_id, status, published_on, published_at)
       select 1000000 + g, ($1::int[])[1 + g % $2::int], 'Tin thử số ' || g, 'Tóm tắt', '<p>Nội dung</p>',
              case when g % 5 = 0 then md5('audio-' || g)::uuid end, 'published',
              date '2026-01-01' + (g * 7) % 320, (date '2026-01-01' + (g * 7) % 320)::timestamptz
         from generate_series(0, ${articles - 1}) g`,
      [ids, n],
    );
    await client.query(
      `insert into article_reader_days (article_id, day, unit_id, readers, shares)
       select 1000000 + a, date '2026-01-01' + (a * 7) % 320 + d, ($1::int[])[1 + a % $2::int], 7 + g % 5, 1
         from generate_series(0, ${READER_DAYS - 1}) g, lateral (select g % ${articles} as a, g / ${articles} as d) x`,
      [ids, n],
    );
    await client.query(`select setval('articles_id_seq', (select max(id) from articles))`);
    await client.query('commit');
    await client.query('analyze');
  } finally {
    await client.end();
  }
}

/** One client, one request after another: the answer's latency, read to its last byte (and, for the city, the target-periods it counted). */
async function sequential(base: string, path: string, cookie: string) {
  const latencies: number[] = [];
  let targetPeriods = 0;
  let bytes = 0;
  for (let i = 0; i < WARM_UP + SAMPLES; i++) {
    const started = performance.now();
    const res = await fetch(base + path, { headers: { cookie } });
    const body = await res.text();
    const took = performance.now() - started;
    if (!res.ok) throw new Error(`city progress: ${res.status} ${body.slice(0, 300)}`);
    if (i < WARM_UP) continue;
    latencies.push(took);
    bytes = Buffer.byteLength(body);
    const answer = JSON.parse(body) as { items?: { targetCount: number }[] };
    targetPeriods = answer.items?.reduce((s, r) => s + r.targetCount, 0) ?? 0;
  }
  return { latencies, targetPeriods, bytes };
}
