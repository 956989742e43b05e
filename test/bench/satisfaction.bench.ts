/**
 * Issue 10's satisfaction indices, on PostgreSQL with its default durability (fsync on): the
 * city's console figures (every factor, the overall index, criteria, by commune, procedure and
 * lĩnh vực, trend, the 766 ratios) over 1,000,000 survey responses across 114 communes spread
 * over two years (target p95 < 200 ms), for 12 months, a year, a quarter and a month, and one
 * commune's; sequential latencies after a warm-up (p50, p95, p99), the same against the hello
 * route in the same run, and throughput beside hello. The overall index the endpoint answers
 * is checked against a GROUP BY over the answers themselves.
 *
 * The responses and their answers (the six index questions and two criteria each: 8,000,000
 * answers) are inserted in bulk with the triggers disabled, then the sums are built by
 * `survey_counts_rebuild()`, as a bulk load would; the triggers' correctness under every
 * write is the API tests' job.
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
const TARGET_MS = 200;

export async function satisfactionBench(): Promise<void> {
  const postgres = startThrowawayPostgres();
  try {
    const database = await openPostgres({ connectionString: postgres.url, maxConnections: 4 });
    await migrate(database);
    await seedDemo(database.db);
    await database.close();
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    const started = Date.now();
    await growSurveys(client);
    const generated = Date.now();
    await client.query('select survey_counts_rebuild()');
    await client.query('analyze');
    const summary = await client.query<{ g: string; n: number }>(`select grain as g, count(*)::int as n from survey_counts group by grain order by grain`);
    console.log(`satisfaction: ${TOTAL.toLocaleString('en')} responses across ${UNITS} communes over ${DAYS} days generated in ${((generated - started) / 1000).toFixed(0)} s, sums rebuilt in ${((Date.now() - generated) / 1000).toFixed(0)} s (${summary.rows.map((r) => `${r.g === 'm' ? 'month' : 'day'} rows ${r.n.toLocaleString('en')}`).join(', ')})`);

    const server = await startBenchServer({ DATABASE_URL: postgres.url });
    const base = server.url;
    const cookie = await login(base, 'admin.hai-phong');
    const today = vietnamDay(new Date());
    const year = today.slice(0, 4);
    const month = today.slice(0, 7);
    const quarter = `${year}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
    const commune = 'binh-giang';
    const cases = [
      { name: 'city 12 months to today', path: `/api/v1/console/units/hai-phong/satisfaction?from=${shiftYear(today)}&to=${today}` },
      { name: `city ${year}`, path: `/api/v1/console/units/hai-phong/satisfaction?period=${year}&granularity=quarter` },
      { name: `city ${quarter}`, path: `/api/v1/console/units/hai-phong/satisfaction?period=${quarter}` },
      { name: `city ${month}`, path: `/api/v1/console/units/hai-phong/satisfaction?period=${month}` },
      { name: `${commune} ${year}`, path: `/api/v1/console/units/${commune}/satisfaction?period=${year}` },
    ];

    const loadBefore = os.loadavg()[0];
    const helloLatencies = await (async () => {
      await sequentialLatencies(base, '/bench/hello', cookie, 30);
      return sequentialLatencies(base, '/bench/hello', cookie, SEQUENTIAL);
    })();
    const latencies: { name: string; values: number[] }[] = [];
    for (const c of cases) {
      await sequentialLatencies(base, c.path, cookie, 20); // warm-up: JIT, plans, caches
      latencies.push({ name: c.name, values: await sequentialLatencies(base, c.path, cookie, SEQUENTIAL) });
    }
    const hello1 = await load('hello', base, ['/bench/hello']);
    const loads: LoadResult[] = [];
    for (const c of [cases[0], cases[4]]) loads.push(await load(`${c.name} (10 conn)`, base, [c.path], 5, 10, { cookie }));
    const hello2 = await load('hello (again)', base, ['/bench/hello']);
    const hello = (hello1.rps + hello2.rps) / 2;

    const checks: string[] = [];
    for (const c of cases) {
      const res = await fetch(base + c.path, { headers: { cookie } });
      const f = (await res.json()) as { from: string; to: string; responses: number; overall: { n: number; satisfied: number } };
      const direct = await directOverall(client, c.path.split('/')[5], f.from, f.to);
      const same = f.overall.n === direct.n && f.overall.satisfied === direct.satisfied && f.responses === direct.responses;
      checks.push(`${c.name.padEnd(26)} endpoint responses ${f.responses}, overall n ${f.overall.n}, satisfied ${f.overall.satisfied}; GROUP BY ${direct.responses}, ${direct.n}, ${direct.satisfied} → ${same ? 'equal' : 'DIFFERENT'}`);
    }
    await server.stop();
    await client.end();

    const loadAfter = os.loadavg()[0];
    const helloP50 = pct(helloLatencies, 50);
    console.log(`\nSatisfaction indices on PostgreSQL (fsync on), ${TOTAL.toLocaleString('en')} responses, ${UNITS} communes; hello 50 connections, figures 10; 5 s each`);
    console.log(`load average (1 min) ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after the measurements, on ${os.cpus().length} cores`);
    for (const r of [hello1, hello2, ...loads]) printRow(r, hello);
    console.log(`${'hello'.padEnd(26)} one client, ${helloLatencies.length} requests: p50 ${helloP50.toFixed(1)} ms, p95 ${pct(helloLatencies, 95).toFixed(1)} ms, p99 ${pct(helloLatencies, 99).toFixed(1)} ms`);
    for (const l of latencies) {
      const p95 = pct(l.values, 95);
      console.log(`${l.name.padEnd(26)} one client, ${l.values.length} requests: p50 ${pct(l.values, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, p99 ${pct(l.values, 99).toFixed(1)} ms (p50 ${(pct(l.values, 50) / helloP50).toFixed(1)}× hello's) ${p95 < TARGET_MS ? 'OK' : 'SLOW'}`);
    }
    for (const line of checks) console.log(line);
    console.log(`target < ${TARGET_MS} ms (p95 of the city's indices over ${TOTAL.toLocaleString('en')} responses)`);
  } finally {
    postgres.destroy();
  }
}

/**
 * Communes up to 114, then a million responses over the last two years on the city's default
 * question set: busier communes, a growing use, office hours in Viet Nam; each answers the six
 * index questions (five factors' satisfaction and the overall) and two criteria, on levels
 * leaning to 4, some naming one of eight procedures, a tenth with two expectations.
 */
async function growSurveys(client: pg.Client): Promise<void> {
  await client.query(`
    insert into units (slug, name, kind, parent_id, office_hours, is_demo)
    select 'xa-mau-' || g, 'Xã Mẫu ' || g, 'commune', (select id from units where slug = 'hai-phong'), '[]', true
    from generate_series(1, ${UNITS} - (select count(*) from units where kind <> 'city')) g`);
  const units = (await client.query<{ id: number }>(`select id from units where kind <> 'city' order by id`)).rows.map((r) => r.id);
  const set = (await client.query<{ id: number }>(`select s.id from survey_question_sets s join units c on c.id = s.city_id where c.slug = 'hai-phong' and s.status = 'open'`)).rows[0];
  if (!set || units.length !== UNITS) throw new Error('growSurveys: no open question set or not 114 communes');
  const questions = (await client.query<{ id: number; kind: string }>(`select id, kind from survey_questions where question_set_id = $1 order by position`, [set.id])).rows;
  const index = questions.filter((q) => q.kind !== 'criterion').map((q) => q.id);
  const criteria = questions.filter((q) => q.kind === 'criterion').map((q) => q.id);
  const procedures = ['1.001193', '1.000689', '1.004772', '1.004884', '1.000894', '1.004746', '1.000656', '1.005461'];

  await client.query('begin');
  await client.query('alter table survey_responses disable trigger survey_responses_sync');
  await client.query('alter table survey_answers disable trigger survey_answers_sync');
  await client.query('select setseed(0.1001)');
  await client.query(`
    with drawn as (
      select g, floor(power(random(), 1.7) * ${UNITS})::int as ui,
             floor(${DAYS} * case when random() < 0.5 then random() else 1 - sqrt(random()) end)::int as back,
             7 + random() * 10 as hour, random() as r_proc, random() as r_exp
      from generate_series(1, ${TOTAL}) g
    ), dated as (
      select d.*, ((now() at time zone 'UTC') + interval '7 hours')::date - back as day from drawn d
    )
    insert into survey_responses (unit_id, question_set_id, received_at, received_day, procedure_code, desk, respondent_hash, transaction_key, expectations, comment)
    select ($1::int[])[1 + ui], $2, least(now(), (day::timestamp + hour * interval '1 hour' - interval '7 hours') at time zone 'UTC'), day,
           case when r_proc < 0.7 then ($3::text[])[1 + floor(r_proc / 0.7 * 8)::int] end, 'Quầy 1', md5(g::text), 'bench:' || g,
           case when r_exp < 0.1 then array['E3', 'E4'] else '{}' end,
           case when g % 50 = 0 then 'Ý kiến mẫu số ' || g end
    from dated`, [units, set.id, procedures]);
  await client.query(`
    insert into survey_answers (response_id, question_id, value)
    select r.id, q.qid, greatest(1, least(5, round(4.05 + (random() + random() + random() - 1.5) * 1.7)))::smallint
    from survey_responses r
    cross join lateral (
      select unnest($1::int[]) as qid
      union all select ($2::int[])[1 + ((r.id * 7) % array_length($2::int[], 1))::int]
      union all select ($2::int[])[1 + ((r.id * 7 + 3) % array_length($2::int[], 1))::int]
    ) q
    where r.transaction_key like 'bench:%'
    on conflict do nothing`, [index, criteria]);
  await client.query('alter table survey_responses enable trigger survey_responses_sync');
  await client.query('alter table survey_answers enable trigger survey_answers_sync');
  await client.query('commit');
}

/** Responses and the overall question's answers counted straight from the answers. */
async function directOverall(client: pg.Client, slug: string, from: string, to: string) {
  const { rows } = await client.query<{ responses: number; n: number; satisfied: number }>(`
    with scope as (
      select id from units where slug = $1 and kind <> 'city'
      union all select c.id from units c join units p on p.id = c.parent_id where p.slug = $1 and p.kind = 'city'
    ), r as (
      select id from survey_responses where unit_id in (select id from scope) and received_day between $2::date and $3::date
    )
    select (select count(*) from r)::int as responses, count(a.*)::int as n, (count(*) filter (where a.value >= 4))::int as satisfied
    from survey_answers a join survey_questions q on q.id = a.question_id and q.kind = 'overall'
    where a.response_id in (select id from r)`, [slug, from, to]);
  return rows[0];
}

function shiftYear(day: string): string {
  return `${Number(day.slice(0, 4)) - 1}${day.slice(4, 8)}${String(Math.min(28, Number(day.slice(8)))).padStart(2, '0')}`;
}
