/**
 * Two server processes on one PostgreSQL count every limit together: the login limit
 * per address (20 a minute) and the PAKN limit per citizen, whichever process answers.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../server/src/db/database.ts';
import { migrate } from '../../server/src/db/migrate.ts';
import { seedDemo } from '../../server/src/seed/demo-seed.ts';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../helpers/throwaway-postgres.ts';

let postgres: ThrowawayPostgres;
let servers: ServerProcess[] = [];

beforeAll(async () => {
  postgres = startThrowawayPostgres();
  const database = await openPostgres({ connectionString: postgres.url });
  await migrate(database);
  await seedDemo(database.db);
  await database.close();
  const env = { DATABASE_URL: postgres.url, SECRET_KEY: 'shared-limits-test-secret-key-0123456789', FEEDBACK_CITIZEN_RATE_LIMIT: '3' };
  servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
}, 120_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.kill('SIGKILL')));
  postgres?.destroy();
});

describe('limits shared by two server processes', () => {
  it('allows 20 logins a minute from one address in all, not 20 per process', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await fetch(`${servers[i % 2].url}/api/v1/console/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: `khong.co.ai.${i}`, password: 'sai-mat-khau' }),
      });
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(20);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
  });

  it('counts one citizen’s PAKN per hour across both processes', async () => {
    const topics = await (await fetch(`${servers[0].url}/api/v1/units/binh-giang/feedback/topics`)).json();
    const deviceId = crypto.randomUUID();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${servers[i % 2].url}/api/v1/units/binh-giang/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID(), 'x-device-id': deviceId },
        body: JSON.stringify({
          kind: 'phan_anh',
          topicId: topics.items[0].id,
          content: `Đèn đường ở ngõ 12 thôn Đông bị hỏng đã hai tuần, buổi tối rất tối (lần ${i}).`,
          contact: { name: 'Nguyễn Văn Thử', phone: '0900 000 099', address: 'Thôn Đông, xã Bình Giang' },
        }),
      });
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
  });
});
