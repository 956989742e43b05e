/**
 * Issue 8's PAKN figures, on PostgreSQL with its default durability (fsync on): the city's
 * figures over 1,000,000 PAKN across 114 communes spread over two years (target < 300 ms),
 * for a year, a quarter and a month, and one commune's; sequential latencies after a warm-up
 * and throughput beside the hello route measured in the same run. The figures the endpoint
 * answers are checked against a GROUP BY over the PAKN themselves.
 *
 * The million PAKN are inserted in one statement with the summary trigger disabled, then the
 * summary is built by `feedback_figures_rebuild()` (as a bulk load would): the trigger's
 * correctness under every write is the API tests' job, not the bench's.
 */
import os from 'node:os';
import pg from 'pg';
import { openPostgres } from '../../server/src/db/database.ts';
import { migrate } from '../../server/src/db/migrate.ts';
import { seedDemo } from '../../server/src/seed/demo-seed.ts';
import { vietnamDay } from '../../shared/src/plan/periods.ts';
import { startThrowawayPostgres } from '../helpers/throwaway-postgres.ts';
import { startBenchServer } from './bench-process.ts';
import { login, pct, sequentialLatencies } from './console-client.ts';
import { load, printRow, type LoadResult } from './load.ts';

const TOTAL = 1_000_000;
const UNITS = 114;
const DAYS = 730;
const SEQUENTIAL = 300;
const TARGET_MS = 300;

export async function figuresBench(): Promise<void> {
  const postgres = startThrowawayPostgres();
  try {
    const database = await openPostgres({ connectionString: postgres.url, maxConnections: 4 });
    await migrate(database);
    await seedDemo(database.db);
    await database.close();
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    const started = Date.now();
    await growProvince(client);
    const generated = Date.now();
    await client.query('select feedback_figures_rebuild()');
    await client.query('analyze');
    const summary = await client.query<{ t: string; n: number }>(`
      select 'feedback_figures' as t, count(*)::int as n from feedback_figures
      union all select 'feedback_figures_durations', count(*)::int from feedback_figures_durations
      union all select 'feedback_figures_months', count(*)::int from feedback_figures_months
      union all select 'feedback_figures_month_durations', count(*)::int from feedback_figures_month_durations
      union all select 'feedback_figures_open', count(*)::int from feedback_figures_open`);
    console.log(`figures: ${TOTAL.toLocaleString('en')} PAKN across ${UNITS} units over ${DAYS} days generated in ${((generated - started) / 1000).toFixed(0)} s, summary rebuilt in ${((Date.now() - generated) / 1000).toFixed(0)} s (${summary.rows.map((r) => `${r.t} ${r.n.toLocaleString('en')} rows`).join(', ')})`);

    const server = await startBenchServer({ DATABASE_URL: postgres.url });
    const base = server.url;
    const cookie = await login(base, 'admin.hai-phong');
    const today = vietnamDay(new Date());
    const year = today.slice(0, 4);
    const month = today.slice(0, 7);
    const quarter = `${year}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
    const commune = 'binh-giang';
    const cases = [
      { name: `city ${year}`, path: `/api/v1/console/units/hai-phong/figures?period=${year}` },
      { name: `city ${quarter}`, path: `/api/v1/console/units/hai-phong/figures?period=${quarter}` },
      { name: `city ${month}`, path: `/api/v1/console/units/hai-phong/figures?period=${month}` },
      { name: `city 12 months to today`, path: `/api/v1/console/units/hai-phong/figures?from=${shiftYear(today)}&to=${today}` },
      { name: `${commune} ${year}`, path: `/api/v1/console/units/${commune}/figures?period=${year}` },
    ];

    const loadBefore = os.loadavg()[0];
    const latencies: { name: string; values: number[] }[] = [];
    for (const c of cases) {
      await sequentialLatencies(base, c.path, cookie, 30); // warm-up: JIT, plans, caches
      latencies.push({ name: c.name, values: await sequentialLatencies(base, c.path, cookie, SEQUENTIAL) });
    }
    const hello1 = await load('hello', base, ['/bench/hello']);
    const loads: LoadResult[] = [];
    for (const c of cases.slice(0, 3)) loads.push(await load(`${c.name} (10 conn)`, base, [c.path], 5, 10, { cookie }));
    loads.push(await load(`${commune} ${year} (10 conn)`, base, [cases[4].path], 5, 10, { cookie }));
    const hello2 = await load('hello (again)', base, ['/bench/hello']);
    const hello = (hello1.rps + hello2.rps) / 2;

    const checks: string[] = [];
    for (const c of cases) {
      const res = await fetch(base + c.path, { headers: { cookie } });
      const f = (await res.json()) as { from: string; to: string; received: number; answeredOnTime: number; overdue: number };
      const slug = c.path.split('/')[5];
      const direct = await directCounts(client, slug, f.from, f.to, vietnamDay(new Date()));
      const same = f.received === direct.received && f.answeredOnTime === direct.answeredOnTime && f.overdue === direct.overdue;
      checks.push(`${c.name.padEnd(26)} endpoint received ${f.received}, on time ${f.answeredOnTime}, overdue ${f.overdue}; GROUP BY ${direct.received}, ${direct.answeredOnTime}, ${direct.overdue} → ${same ? 'equal' : 'DIFFERENT'}`);
    }
    await server.stop();
    await client.end();

    // Other work on the machine skews every figure: the load average says how busy it was.
    const loadAfter = os.loadavg()[0];
    console.log(`\nPAKN figures on PostgreSQL (fsync on), ${TOTAL.toLocaleString('en')} PAKN, ${UNITS} communes; hello 50 connections, figures 10; 5 s each`);
    console.log(`load average (1 min) ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after the measurements, on ${os.cpus().length} cores`);
    for (const r of [hello1, hello2, ...loads]) printRow(r, hello);
    for (const l of latencies) {
      const p95 = pct(l.values, 95);
      console.log(`${l.name.padEnd(26)} one client, ${l.values.length} requests: p50 ${pct(l.values, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...l.values).toFixed(1)} ms ${p95 < TARGET_MS ? 'OK' : 'SLOW'}`);
    }
    for (const line of checks) console.log(line);
    console.log(`target < ${TARGET_MS} ms (p95 of the city's figures over ${TOTAL.toLocaleString('en')} PAKN)`);
  } finally {
    postgres.destroy();
  }
}

/**
 * Communes up to 114 with three topics and five lĩnh vực each, then a million PAKN over the
 * last two years: busier communes and a growing use (more PAKN recently, no pile-up in the last
 * days), Viet Nam office hours, answers after 1–20 working days (some late), ratings on a third
 * of the answered, rejections, reopened ones and an open backlog that is mostly recent.
 */
export async function growProvince(client: pg.Client): Promise<void> {
  await client.query(`
    insert into units (slug, name, kind, parent_id, office_hours, is_demo)
    select 'xa-mau-' || g, 'Xã Mẫu ' || g, 'commune', (select id from units where slug = 'hai-phong'), '[]', true
    from generate_series(1, ${UNITS} - (select count(*) from units where kind <> 'city')) g`);
  await client.query(`
    insert into feedback_topics (unit_id, name, position, code)
    select u.id, t.name, t.pos, t.code from units u
    cross join (values ('Thủ tục hành chính', 0, 'thu-tuc-hanh-chinh'), ('Hạ tầng, giao thông', 1, 'ha-tang-giao-thong'), ('Môi trường', 2, 'moi-truong')) as t(name, pos, code)
    where u.kind <> 'city' and not exists (select 1 from feedback_topics x where x.unit_id = u.id)`);
  await client.query(`
    insert into feedback_fields (unit_id, name, key, position)
    select u.id, f.name, feedback_field_key(f.name), f.pos from units u
    cross join (values ('Đất đai', 0), ('Xây dựng', 1), ('Giao thông', 2), ('Môi trường', 3), ('Chính sách xã hội', 4)) as f(name, pos)
    where u.kind <> 'city'
    on conflict (unit_id, key) do nothing`);
  const units = await client.query<{ id: number; topics: number[]; fields: number[] }>(`
    select u.id,
           (select array_agg(t.id order by t.position, t.id) from (select * from feedback_topics t where t.unit_id = u.id order by t.position, t.id limit 3) t) as topics,
           (select array_agg(f.id order by f.position, f.id) from (select * from feedback_fields f where f.unit_id = u.id order by f.position, f.id limit 5) f) as fields
    from units u where u.kind <> 'city' order by u.id`);
  const rows = units.rows;
  if (rows.length !== UNITS || rows.some((u) => u.topics.length < 3 || u.fields.length < 5)) throw new Error('growProvince: units without 3 topics and 5 fields');
  const unitIds = rows.map((u) => u.id);
  const topicIds = rows.flatMap((u) => u.topics.slice(0, 3));
  const fieldIds = rows.flatMap((u) => u.fields.slice(0, 5));

  await client.query('begin');
  await client.query('alter table feedback disable trigger feedback_figures_sync');
  await client.query('select setseed(0.2026)');
  await client.query(
    `with drawn as (
       select g,
              -- busier communes: the first ones get several times the PAKN of the last
              floor(power(random(), 1.7) * ${UNITS})::int as ui,
              -- days back from today: half uniform over two years, half growing towards now
              floor(${DAYS} * case when random() < 0.5 then random() else 1 - sqrt(random()) end)::int as back,
              7 + random() * 10 as hour, random() as r_state, random() as r_kind, random() as r_topic, random() as r_field,
              floor(1 + power(random(), 2.5) * 20)::int as wd, random() as r_rate, random() as r_sat
       from generate_series(1, ${TOTAL}) g
     ), dated as (
       select d.*, ((now() at time zone 'UTC') + interval '7 hours')::date - back as day,
              case
                when back < 20 and r_state < 0.50 then (array['moi','da_tiep_nhan','dang_xu_ly','da_chuyen'])[1 + (g % 4)]
                when back >= 20 and r_state < 0.02 then (array['dang_xu_ly','da_chuyen'])[1 + (g % 2)]
                when r_state < 0.03 then 'mo_lai'
                when r_state < 0.08 then 'tu_choi'
                when r_state < 0.40 then 'da_tra_loi'
                else 'dong'
              end as status
       from drawn d
     ), answered as (
       select x.*,
              least(now(), ((x.day + ceil(x.wd * 7 / 5.0)::int)::timestamp + (x.hour + 1) * interval '1 hour' - interval '7 hours') at time zone 'UTC') as answer_at,
              least(now(), (x.day::timestamp + x.hour * interval '1 hour' - interval '7 hours') at time zone 'UTC') as received
       from dated x
     )
     insert into feedback (unit_id, code, access_key_hash, kind, topic_id, field_id, severity, content, contact_name, contact_phone, contact_address,
       citizen_key, status, received_at, transfer_due_date, due_date, answer, answered_at, handling_working_days, rating, rated_at, closed_at,
       reject_reason, idempotency_key)
     select ($1::int[])[1 + ui], 'HP-' || g, md5(g::text), case when r_kind < 0.35 then 'kien_nghi' else 'phan_anh' end,
       ($2::int[])[1 + ui * 3 + floor(power(r_topic, 1.5) * 3)::int],
       case when status = 'moi' or r_field < 0.15 then null else ($3::int[])[1 + ui * 5 + floor(power(r_field, 1.3) * 5)::int] end,
       case when status = 'moi' then null else 'binh_thuong' end,
       'Phản ánh mẫu số ' || g || ': đường làng xuống cấp, đề nghị sửa chữa.', 'Người dân mẫu', '0900 000 000', 'Thôn mẫu',
       'device:bench-' || (g % 20000), status, received, day + 5, day + 14,
       case when status in ('da_tra_loi', 'dong', 'mo_lai') then 'Đã xử lý.' end,
       case when status in ('da_tra_loi', 'dong', 'mo_lai') then answer_at end,
       case when status in ('da_tra_loi', 'dong', 'mo_lai') then wd end,
       case when status = 'mo_lai' then 'khong_hai_long'
            when status in ('da_tra_loi', 'dong') and r_rate < 0.35 then case when r_sat < 0.78 then 'hai_long' else 'khong_hai_long' end end,
       case when status = 'mo_lai' or (status in ('da_tra_loi', 'dong') and r_rate < 0.35) then answer_at end,
       case when status = 'dong' then answer_at end,
       case when status = 'tu_choi' then 'thieu_thong_tin' end,
       'bench-figures-' || g
     from answered`,
    [unitIds, topicIds, fieldIds],
  );
  await client.query('alter table feedback enable trigger feedback_figures_sync');
  await client.query('commit');
}

/** The same three figures counted straight from the PAKN, by received day in Viet Nam time. */
async function directCounts(client: pg.Client, slug: string, from: string, to: string, today: string) {
  const { rows } = await client.query<{ received: number; on_time: number; overdue: number }>(`
    with scope as (
      select id from units where slug = $1 and kind <> 'city'
      union all select c.id from units c join units p on p.id = c.parent_id where p.slug = $1 and p.kind = 'city'
    )
    select count(*)::int as received,
           count(*) filter (where status in ('da_tra_loi', 'dong') and (answered_at at time zone 'UTC' + interval '7 hours')::date <= due_date)::int as on_time,
           count(*) filter (where (status in ('da_tra_loi', 'dong') and not coalesce((answered_at at time zone 'UTC' + interval '7 hours')::date <= due_date, false))
                               or (status not in ('da_tra_loi', 'dong', 'tu_choi') and due_date < $4::date))::int as overdue
    from feedback
    where unit_id in (select id from scope)
      and (received_at at time zone 'UTC' + interval '7 hours')::date between $2::date and $3::date`, [slug, from, to, today]);
  return { received: rows[0].received, answeredOnTime: rows[0].on_time, overdue: rows[0].overdue };
}

function shiftYear(day: string): string {
  return `${Number(day.slice(0, 4)) - 1}${day.slice(4, 8)}${String(Math.min(28, Number(day.slice(8)))).padStart(2, '0')}`;
}
