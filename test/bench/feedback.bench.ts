/**
 * Issue 3's figures, on PostgreSQL with its default durability (fsync on):
 * submissions without photos as a share of the hello route in the same run, with
 * the stored count equal to the acknowledged count; the officers' queue first page
 * p95 with 1,000,000 PAKN across 114 units and 10,000 in the officer's unit.
 */
import autocannon from 'autocannon';
import pg from 'pg';
import { sql } from 'kysely';
import { openPostgres, type Database } from '../../server/src/db/database.ts';
import { migrate } from '../../server/src/db/migrate.ts';
import { seedDemo } from '../../server/src/seed/demo-seed.ts';
import { startThrowawayPostgres } from '../helpers/throwaway-postgres.ts';
import { startBenchServer } from './bench-process.ts';
import { login, pct, sequentialLatencies } from './console-client.ts';
import { load, printRow } from './load.ts';

const TOTAL = 1_000_000;
const IN_UNIT = 10_000;
const UNITS = 114;
const SUBMISSIONS = 5000;

export async function feedbackBench(): Promise<void> {
  const postgres = startThrowawayPostgres();
  try {
    const database = await openPostgres({ connectionString: postgres.url, maxConnections: 4 });
    await migrate(database);
    await seedDemo(database.db);
    const started = Date.now();
    await growProvince(postgres.url);
    console.log(`feedback: ${TOTAL.toLocaleString('en')} PAKN across ${UNITS} units generated in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    const unit = await database.db.selectFrom('units').select('id').where('slug', '=', 'binh-giang').executeTakeFirstOrThrow();
    const topic = await database.db.selectFrom('feedback_topics').select('id').where('unit_id', '=', unit.id).orderBy('position').executeTakeFirstOrThrow();

    const server = await startBenchServer({ DATABASE_URL: postgres.url, FEEDBACK_RATE_LIMIT: '100000000', FEEDBACK_CITIZEN_RATE_LIMIT: '100000000' });
    const base = server.url;
    await submit(base, topic.id, 500); // warm-up: JIT, caches, connections
    const before = await countFeedback(database);
    const submissions = await submit(base, topic.id, SUBMISSIONS);
    const stored = (await countFeedback(database)) - before;

    const cookie = await login(base, 'canbo.binh-giang');
    const queuePath = '/api/v1/console/feedback?limit=20';
    const latencies = await sequentialLatencies(base, queuePath, cookie, 300);
    const queue = await load('queue first page (10 conn)', base, [queuePath], 5, 10, { cookie });
    const hello1 = await load('hello', base, ['/bench/hello']);
    const hello2 = await load('hello (again)', base, ['/bench/hello']);
    const hello = (hello1.rps + hello2.rps) / 2;

    console.log(`\nFeedback on PostgreSQL (fsync on), 50 connections unless said; 5 s each, submissions: ${SUBMISSIONS} requests`);
    for (const r of [hello1, hello2, submissions, queue]) printRow(r, hello);
    console.log(`submissions acknowledged (201): ${submissions.acknowledged}, stored: ${stored} → ${submissions.acknowledged === stored ? 'equal' : 'DIFFERENT'}`);
    console.log(`queue first page, one client, ${latencies.length} requests: p50 ${pct(latencies, 50).toFixed(1)} ms, p95 ${pct(latencies, 95).toFixed(1)} ms (target p95 < 100 ms)`);
    console.log('targets: submissions ≥ 10% of hello');
    await server.stop();
    await database.close();
  } finally {
    postgres.destroy();
  }
}

/** More communes up to 114, topics everywhere, and a million PAKN: 10,000 in Bình Giang. Plain pg: no statement timeout. */
async function growProvince(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      insert into units (slug, name, kind, parent_id, office_hours, is_demo)
      select 'xa-mau-' || g, 'Xã Mẫu ' || g, 'commune', (select id from units where slug = 'hai-phong'), '[]', true
      from generate_series(1, ${UNITS} - (select count(*) from units where kind <> 'city')) g`);
    await client.query(`
      insert into feedback_topics (unit_id, name, position, code)
      select u.id, t.name, t.pos, t.code from units u
      cross join (values ('Thủ tục hành chính', 0, 'thu-tuc-hanh-chinh'), ('Hạ tầng, giao thông', 1, 'ha-tang-giao-thong'), ('Môi trường', 2, 'moi-truong')) as t(name, pos, code)
      where u.kind <> 'city' and not exists (select 1 from feedback_topics x where x.unit_id = u.id)`);
    const units = await client.query<{ id: number; topic_id: number; slug: string }>(`
      select u.id, u.slug, (select min(t.id) from feedback_topics t where t.unit_id = u.id) as topic_id
      from units u where u.kind <> 'city' order by u.id`);
    const target = units.rows.find((u) => u.slug === 'binh-giang')!;
    const others = units.rows.filter((u) => u !== target);
    await client.query(
      `insert into feedback (unit_id, code, access_key_hash, kind, topic_id, content, contact_name, contact_phone, contact_address,
         citizen_key, status, received_at, transfer_due_date, due_date, idempotency_key)
       select case when g <= ${IN_UNIT} then $1::int else ($2::int[])[1 + g % $4::int] end,
         'BN-' || g, md5(g::text), case when g % 3 = 0 then 'kien_nghi' else 'phan_anh' end,
         case when g <= ${IN_UNIT} then $3::int else ($5::int[])[1 + g % $4::int] end,
         'Phản ánh mẫu số ' || g || ': đường làng xuống cấp, đề nghị sửa chữa.', 'Người dân mẫu', '0900 000 000', 'Thôn mẫu',
         'device:bench-' || (g % 5000),
         (array['moi','da_tiep_nhan','dang_xu_ly','da_chuyen','mo_lai','da_tra_loi','dong','dong','dong','tu_choi'])[1 + g % 10],
         now() - (g % 700) * interval '1 day', current_date - (g % 700) + 7, current_date - (g % 700) + 14, 'bench-' || g
       from generate_series(1, ${TOTAL}) g`,
      [target.id, others.map((u) => u.id), target.topic_id, others.length, others.map((u) => u.topic_id)],
    );
    await client.query('analyze');
  } finally {
    await client.end();
  }
}

async function submit(base: string, topicId: number, amount: number) {
  const body = JSON.stringify({
    kind: 'phan_anh',
    topicId,
    content: 'Cống thoát nước trước nhà văn hóa thôn bị tắc, nước tràn ra đường mỗi khi mưa.',
    contact: { name: 'Trần Thị Mẫu', phone: '0900 000 098', address: 'Thôn Nam, xã Bình Giang' },
  });
  // A fixed number of requests, so every answer is counted before the stored rows are.
  const result = await autocannon({
    url: base,
    connections: 50,
    amount,
    idReplacement: true,
    requests: [{
      method: 'POST',
      path: '/api/v1/units/binh-giang/feedback',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'bench-[<id>]', 'x-device-id': '0b6f1c3e-8a47-4b8e-9d0e-3f2a1c5b7d90' },
      body,
    }],
  });
  const acknowledged = result['2xx'];
  return { name: 'submit PAKN (no photos)', rps: amount / result.duration, p95: result.latency.p97_5, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors, acknowledged };
}

async function countFeedback(database: Database): Promise<number> {
  const row = await sql<{ n: number }>`select count(*)::int as n from feedback`.execute(database.db);
  return row.rows[0].n;
}
