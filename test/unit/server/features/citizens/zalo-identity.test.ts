import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { CitizensService } from '../../../../../server/src/features/citizens/citizens.service.ts';
import { ZaloIdentity, type ZaloGraph } from '../../../../../server/src/features/citizens/zalo-identity.service.ts';
import { DomainError } from '../../../../../server/src/lib/domain-errors.ts';
import { GraphClient } from '../../../../../server/src/zalo/graph-client.ts';
import { ZaloApiError } from '../../../../../server/src/zalo/zalo-errors.ts';

const silent = pino({ level: 'silent' });

/** The citizens table's service, as far as the resolver uses it (the API tests use the real one). */
const citizens = {
  seen: async (u: { appUserId: string; oaUserId: string | null; name: string }) => ({ id: 1, key: `zalo:${u.appUserId}`, appUserId: u.appUserId, oaUserId: u.oaUserId, name: u.name, phone: null }),
} as unknown as CitizensService;

function countingGraph(answer: (token: string) => Promise<{ id: string; name: string; idByOa: string | null }>) {
  const graph = { calls: 0, me: async (token: string) => (graph.calls++, answer(token)), phoneNumber: async () => '84912345678' };
  return graph satisfies ZaloGraph & { calls: number };
}

const noDevices = { moveCitizen: async () => 0 };

async function failure(promise: Promise<unknown>): Promise<{ kind: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return { kind: error.kind, message: error.message };
    throw error;
  }
  throw new Error('expected a failure');
}

describe('ZaloIdentity', () => {
  it('remembers a refused token: Graph is not asked again', async () => {
    const graph = countingGraph(async () => Promise.reject(new ZaloApiError(452, 'Invalid access token', 'graph.me')));
    const identity = new ZaloIdentity(graph, citizens, noDevices, silent);
    expect((await failure(identity.resolve('t', null))).kind).toBe('unauthenticated');
    expect((await failure(identity.resolve('t', null))).kind).toBe('unauthenticated');
    expect(graph.calls).toBe(1);
  });

  it('does not remember Zalo being down: the next request asks again', async () => {
    let down = true;
    const graph = countingGraph(async () => (down ? Promise.reject(new ZaloApiError(0, 'network error', 'graph.me')) : { id: '42', name: 'A', idByOa: null }));
    const identity = new ZaloIdentity(graph, citizens, noDevices, silent);
    expect((await failure(identity.resolve('t', null))).kind).toBe('unavailable');
    down = false;
    expect(await identity.resolve('t', null)).toEqual({ appUserId: '42', key: 'zalo:42', keys: ['zalo:42'] });
    expect(graph.calls).toBe(2);
  });

  it('moves a device’s PAKN once per token and device', async () => {
    const moves: string[] = [];
    const identity = new ZaloIdentity(countingGraph(async () => ({ id: '7', name: 'B', idByOa: '9' })), citizens, { moveCitizen: async (from, to) => (moves.push(`${from}→${to}`), 1) }, silent);
    await identity.resolve('t', 'device:a');
    await identity.resolve('t', 'device:a');
    await identity.resolve('t', 'device:b');
    await identity.resolve('t', null);
    expect(moves).toEqual(['device:a→zalo:7', 'device:b→zalo:7']);
  });

  it('answers 503-kind, not a crash, when Graph cannot be reached at all', async () => {
    const identity = new ZaloIdentity(new GraphClient('http://127.0.0.1:9', 'secret'), citizens, noDevices, silent);
    const refused = await failure(identity.resolve('some-token', null));
    expect(refused.kind).toBe('unavailable');
    expect(refused.message).toMatch(/Zalo/);
  });
});
