/**
 * Issue 8's progress figure, on PostgreSQL: the city progress for a year over 114 units ×
 * 20 targets × 12 months, with 2,000,000 reader events and 200,000 activities (target
 * < 300 ms), beside the hello route's throughput measured in the same run.
 *
 * TODO(integrator): once the activities and articles features are merged, insert the
 * 200,000 activities and 2,000,000 reader events into their own tables (through their
 * repositories) and build ProgressService with their services as the CountSources instead
 * of `BenchCounts` below; the bench tables `bench_activities` and `bench_reader_events`
 * then go away.
 */
import { sql, type Kysely } from 'kysely';
import { openPostgres } from '../../server/src/db/database.ts';
import { migrate } from '../../server/src/db/migrate.ts';
import type { DB } from '../../server/src/db/schema.ts';
import { PlansService } from '../../server/src/features/plans/plans.service.ts';
import { createPlan } from '../../server/src/features/plans/plan-writes.ts';
import { ProgressService } from '../../server/src/features/progress/progress.service.ts';
import { UnitDirectory } from '../../server/src/features/units/units.service.ts';
import { findUnitBySlug, upsertUnit } from '../../server/src/features/units/units.repository.ts';
import { seedDemo } from '../../server/src/seed/demo-seed.ts';
import type { CountRowT, CountSource } from '../../shared/src/plan/vocabulary.ts';
import { startThrowawayPostgres } from '../helpers/throwaway-postgres.ts';
import { startBenchServer } from './bench-process.ts';
import { load, printRow } from './load.ts';

const UNITS = 114;
const CHANNEL_KINDS = [
  ['dai_truyen_thanh', 'tin_bai'], ['cong_thong_tin', 'tin_bai'], ['cong_thong_tin', 'van_ban'], ['fanpage', 'tin_bai'], ['zalo_oa', 'tin_bai'],
  ['truc_quan', 'bang_ron'], ['hoi_nghi', 'hoi_nghi'], ['hoi_nghi', 'tap_huan'], ['truc_tiep', 'ho_tro'], ['dai_truyen_thanh', 'file_am_thanh'],
] as const;

/** A CountSource over the bench's raw tables, aggregated per unit, day, channel and kind at query time. */
class BenchCounts implements CountSource {
  constructor(private readonly db: Kysely<DB>) {}
  async counts(unitIds: number[], fromDay: string, toDay: string): Promise<CountRowT[]> {
    const ids = sql.join(unitIds);
    const { rows } = await sql<CountRowT>`
      select unit_id as "unitId", to_char(day, 'YYYY-MM-DD') as day, channel, kind, sum(count)::int as count, sum(attendees)::int as attendees
        from bench_activities where unit_id in (${ids}) and day between ${fromDay} and ${toDay} group by 1, 2, 3, 4
      union all
      select unit_id, to_char(day, 'YYYY-MM-DD'), 'mini_app', 'luot_truy_cap', count(*)::int, 0
        from bench_reader_events where unit_id in (${ids}) and day between ${fromDay} and ${toDay} group by 1, 2`.execute(this.db);
    return rows;
  }
}

export async function progressBench(): Promise<void> {
  const pg = startThrowawayPostgres();
  try {
    const database = await openPostgres({ connectionString: pg.url, maxConnections: 10 });
    const { db } = database;
    await migrate(database);
    await seedDemo(db);
    const city = (await findUnitBySlug(db, 'hai-phong'))!;
    const existing = (await db.selectFrom('units').select('id').where('parent_id', '=', city.id).execute()).length;
    for (let i = existing; i < UNITS; i++) {
      await upsertUnit(db, { slug: `xa-bench-${i}`, name: `Xã Thử ${i}`, kind: 'commune', parentId: city.id, address: null, officeHours: [], isDemo: true });
    }
    const communes = await db.selectFrom('units').select('id').where('parent_id', '=', city.id).execute();
    const targets = Array.from({ length: 20 }, (_, i) => {
      const [channel, kind] = CHANNEL_KINDS[i % CHANNEL_KINDS.length];
      return { label: `Chỉ tiêu thử ${i + 1}`, channel, kind, minimum: 2 + (i % 3), periodicity: 'month' as const, office: 'Phòng Văn hóa - Xã hội', taskIndex: null };
    });
    for (const c of communes) {
      if (await db.selectFrom('plans').select('id').where('unit_id', '=', c.id).where('starts_on', '=', '2026-01-01').executeTakeFirst()) continue;
      await createPlan(db, c.id, { number: '1/KH-UBND', signedOn: null, title: 'Kế hoạch thử năm 2026', legalBasis: [], from: '2026-01-01', to: '2026-12-31', tasks: [], targets });
    }
    await sql`create table bench_activities (unit_id int not null, day date not null, channel text not null, kind text not null, count int not null, attendees int not null)`.execute(db);
    await sql`create table bench_reader_events (unit_id int not null, day date not null, reader_hash text not null)`.execute(db);
    const ids = `{${communes.map((c) => c.id).join(',')}}`;
    const ck = CHANNEL_KINDS.map(([c, k]) => `${c}:${k}`);
    // Bulk generation runs past the server's 15 s statement timeout: lift it for this transaction only.
    await db.transaction().execute(async (tx) => {
    await sql`set local statement_timeout = 0`.execute(tx);
    await sql`insert into bench_activities
      select (${ids}::int[])[1 + (g % ${communes.length})], date '2026-01-01' + (g % 365), split_part((${`{${ck.join(',')}}`}::text[])[1 + (g % ${ck.length})], ':', 1),
             split_part((${`{${ck.join(',')}}`}::text[])[1 + (g % ${ck.length})], ':', 2), 1, (g % 7) * 10
        from generate_series(1, 200000) g`.execute(tx);
    await sql`insert into bench_reader_events
      select (${ids}::int[])[1 + (g % ${communes.length})], date '2026-01-01' + (g % 365), md5(g::text) from generate_series(1, 2000000) g`.execute(tx);
    await sql`create index on bench_activities (unit_id, day)`.execute(tx);
    await sql`create index on bench_reader_events (unit_id, day)`.execute(tx);
    });
    await sql`analyze`.execute(db);

    const units = new UnitDirectory(db);
    const progress = new ProgressService(new PlansService(db, units), [new BenchCounts(db)], units);
    await progress.city(city.id, '2026', '2026-07-15'); // warm caches and plans
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const answer = await progress.city(city.id, '2026', '2026-07-15');
      times.push(performance.now() - start);
      rows = answer.items.reduce((n, r) => n + r.targets.length, 0);
    }
    times.sort((a, b) => a - b);
    await database.close();

    const server = await startBenchServer({ DATABASE_URL: pg.url });
    const hello = await load('hello', server.url, ['/bench/hello']);
    await server.stop();
    console.log(`\nProgress on PostgreSQL: ${communes.length} units × 20 targets × 12 months (${rows} target-periods), 2,000,000 reader events, 200,000 activities`);
    printRow(hello, hello.rps);
    const median = times[Math.floor(times.length / 2)];
    console.log(`city progress for 2026: median ${median.toFixed(0)} ms, best ${times[0].toFixed(0)} ms (target < 300 ms) ${median < 300 ? 'OK' : 'SLOW'}; ~${(1000 / median).toFixed(1)} per second vs hello ${hello.rps.toFixed(0)} req/s = ${((1000 / median / hello.rps) * 100).toFixed(3)}%`);
  } finally {
    pg.destroy();
  }
}
