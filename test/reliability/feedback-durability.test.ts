/**
 * Under load, the server process is killed and PostgreSQL is crashed and restarted:
 * every submission acknowledged with 201 exists exactly once afterwards, the API
 * answers 503 quickly while the database is down, and recovers without a restart.
 */
import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../server/src/db/database.ts';
import { migrate } from '../../server/src/db/migrate.ts';
import { seedDemo } from '../../server/src/seed/demo-seed.ts';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../helpers/throwaway-postgres.ts';

let postgres: ThrowawayPostgres;
let server: ServerProcess;
let topicId: number;

beforeAll(async () => {
  postgres = startThrowawayPostgres();
  const database = await openPostgres({ connectionString: postgres.url });
  await migrate(database);
  await seedDemo(database.db);
  await database.close();
  server = await startServerProcess({ DATABASE_URL: postgres.url, FEEDBACK_RATE_LIMIT: '100000', FEEDBACK_CITIZEN_RATE_LIMIT: '100000' });
  const topics = await (await fetch(`${server.url}/api/v1/units/binh-giang/feedback/topics`)).json();
  topicId = topics.items[0].id;
}, 120_000);

afterAll(async () => {
  await server?.kill('SIGKILL');
  postgres?.destroy();
});

interface Outcome {
  key: string;
  code: string | null;
}

/** A citizen's app: one submission, retried with the same key until it is acknowledged or time runs out. */
async function submitUntilAcknowledged(key: string, until: number, statuses: number[]): Promise<Outcome> {
  const deviceId = crypto.randomUUID();
  while (Date.now() < until) {
    try {
      const res = await fetch(`${server.url}/api/v1/units/binh-giang/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key, 'x-device-id': deviceId },
        body: JSON.stringify({
          kind: 'phan_anh',
          topicId,
          content: `Đèn đường ở ngõ 12 thôn Đông bị hỏng đã hai tuần, buổi tối rất tối và nguy hiểm (${key}).`,
          contact: { name: 'Nguyễn Văn Thử', phone: '0900 000 099', address: 'Thôn Đông, xã Bình Giang' },
        }),
        signal: AbortSignal.timeout(5000),
      });
      statuses.push(res.status);
      if (res.status === 201) return { key, code: (await res.json()).code };
      await res.arrayBuffer();
    } catch {
      statuses.push(0);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { key, code: null };
}

describe('submissions survive a killed server and a crashed database', () => {
  it('keeps every acknowledged submission exactly once, answers 503 quickly while the database is down, and recovers', async () => {
    const statuses: number[] = [];
    const outcomes: Outcome[] = [];
    const loadEnds = Date.now() + 60_000;
    let stop = false;
    let issued = 0;
    const workers = Array.from({ length: 8 }, async () => {
      while (!stop) {
        const outcome = await submitUntilAcknowledged(`rel-${issued++}-${crypto.randomUUID()}`, loadEnds, statuses);
        outcomes.push(outcome);
      }
    });

    await new Promise((r) => setTimeout(r, 2000));
    // 1. The server process dies without warning, then comes back.
    await server.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    await server.restart();
    await new Promise((r) => setTimeout(r, 2000));

    // 2. PostgreSQL crashes; while it is down the API says 503, fast.
    postgres.stop('immediate');
    const started = Date.now();
    const down = await fetch(`${server.url}/api/v1/feedback/PA-0000-AAAAA`, { headers: { 'x-access-key': 'AAAA-AAAA' }, signal: AbortSignal.timeout(10_000) });
    const downMs = Date.now() - started;
    const ready = await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(10_000) });
    expect(down.status).toBe(503);
    expect((await down.json()).error.code).toBe('SERVICE_UNAVAILABLE');
    expect(downMs).toBeLessThan(3000);
    expect(ready.status).toBe(503);
    await new Promise((r) => setTimeout(r, 1000));
    postgres.start();

    // 3. Without restarting the server, it answers again.
    let recovered = false;
    for (let i = 0; i < 100 && !recovered; i++) {
      recovered = (await fetch(`${server.url}/readyz`).then((r) => r.status, () => 0)) === 200;
      if (!recovered) await new Promise((r) => setTimeout(r, 200));
    }
    expect(recovered).toBe(true);
    await new Promise((r) => setTimeout(r, 3000));
    stop = true;
    await Promise.all(workers);

    const acknowledged = outcomes.filter((o) => o.code !== null);
    expect(acknowledged.length).toBeGreaterThan(20);
    expect(statuses.filter((s) => s >= 500 && s !== 503)).toEqual([]);

    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    try {
      const rows = await client.query<{ idempotency_key: string; code: string; n: number }>(
        `select idempotency_key, min(code) as code, count(*)::int as n from feedback where idempotency_key like 'rel-%' group by idempotency_key`,
      );
      const stored = new Map(rows.rows.map((r) => [r.idempotency_key, r]));
      for (const a of acknowledged) {
        expect(stored.get(a.key), a.key).toMatchObject({ code: a.code, n: 1 });
      }
      expect(rows.rows.every((r) => r.n === 1)).toBe(true);
      const events = await client.query<{ n: number }>(
        `select count(*)::int as n from feedback f where f.idempotency_key like 'rel-%' and not exists (select 1 from feedback_events e where e.feedback_id = f.id)`,
      );
      expect(events.rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  }, 180_000);
});
