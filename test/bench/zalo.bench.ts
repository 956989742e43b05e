/**
 * Issue 9's webhook figure, on PostgreSQL: signed OA events posted at 200 per second for 10 s
 * (distinct messages from 500 users), acknowledgement p50/p99 (target p99 < 100 ms), then every
 * event handled and answered exactly once (one OA reply per event, none twice), beside the
 * hello route's throughput measured in the same run.
 */
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { openPostgres } from '../../server/src/db/database.ts';
import { migrate } from '../../server/src/db/migrate.ts';
import { seedDemo } from '../../server/src/seed/demo-seed.ts';
import { startFakeZalo } from '../helpers/fake-zalo/fake-zalo.ts';
import { WebhookEmitter } from '../helpers/fake-zalo/webhook-emitter.ts';
import { startThrowawayPostgres } from '../helpers/throwaway-postgres.ts';
import { startBenchServer } from './bench-process.ts';
import { load, printRow } from './load.ts';

const RATE = 200;
const SECONDS = 10;
const USERS = 500;

export async function zaloBench(): Promise<void> {
  const postgres = startThrowawayPostgres();
  const zalo = await startFakeZalo();
  try {
    const database = await openPostgres({ connectionString: postgres.url, maxConnections: 4 });
    await migrate(database);
    await seedDemo(database.db);
    const server = await startBenchServer({ DATABASE_URL: postgres.url, ...zalo.env(zalo.issuePair()), ZALO_OA_UNIT: 'binh-giang', LOG_LEVEL: 'warn' });
    const emitter = new WebhookEmitter(zalo.app, `${server.url}/zalo/webhook`);
    const hello1 = await load('hello', server.url, ['/bench/hello']);

    let n = 0;
    // What was sent, per user: requests still in flight when the load stops are not among autocannon's
    // answers, but the server received (and must answer) them.
    const sentTo = new Map<string, number>();
    const result = await autocannon({
      url: server.url,
      connections: 20,
      overallRate: RATE,
      duration: SECONDS,
      requests: [{
        method: 'POST',
        path: '/zalo/webhook',
        setupRequest: (request) => {
          const user = String(7468458835291970000n + BigInt(n % USERS));
          const text = `thủ tục đăng ký khai sinh ${n++}`;
          sentTo.set(user, (sentTo.get(user) ?? 0) + 1);
          const event = emitter.userSendText(user, text);
          const raw = JSON.stringify(event);
          return { ...request, headers: { 'content-type': 'application/json', 'x-zevent-signature': emitter.sign(raw, event.timestamp) }, body: raw };
        },
      }],
    });
    const acknowledged = result['2xx'];
    const started = Date.now();
    while (Date.now() - started < 120_000) {
      const pending = await sql<{ n: number }>`select count(*)::int as n from zalo_events where status = 'pending'`.execute(database.db);
      const outbox = await sql<{ n: number }>`select count(*)::int as n from notification_outbox where status = 'pending'`.execute(database.db);
      if (pending.rows[0].n === 0 && outbox.rows[0].n === 0 && zalo.messages.length >= n) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const drainSeconds = (Date.now() - started) / 1000;
    const hello2 = await load('hello (again)', server.url, ['/bench/hello']);
    await server.stop();

    const stored = await sql<{ n: number; done: number }>`select count(*)::int as n, count(*) filter (where status = 'done')::int as done from zalo_events`.execute(database.db);
    const replies = zalo.messages.length;
    const usersAnsweredExactly = [...sentTo].filter(([user, count]) => zalo.messagesTo(user).length === count).length;
    const hello = (hello1.rps + hello2.rps) / 2;
    console.log(`\nOA webhook on PostgreSQL: ${RATE} events/s for ${SECONDS} s, ${USERS} users; ratios to the mean of both hello runs`);
    for (const r of [hello1, hello2]) printRow(r, hello);
    printRow({ name: 'webhook (signed events)', rps: result.requests.average, p95: result.latency.p97_5, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors }, hello);
    console.log(`acknowledgement: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms (target p99 < 100 ms)`);
    console.log(`events sent ${n} (${acknowledged} answers read before the load stopped), stored ${stored.rows[0].n}, handled ${stored.rows[0].done}, OA replies ${replies} (all handled ${drainSeconds.toFixed(1)} s after the load ended)`);
    const once = stored.rows[0].n === n && stored.rows[0].done === n && replies === n && usersAnsweredExactly === sentTo.size;
    console.log(`exactly once: ${once ? 'yes' : 'NO'} (${usersAnsweredExactly} of ${sentTo.size} users got one reply per message); refused by the fake Zalo: ${zalo.refusals.length}`);
    await database.close();
  } finally {
    await zalo.stop();
    postgres.destroy();
  }
}
