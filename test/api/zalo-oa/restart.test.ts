import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/src/db/database.ts';
import { startFakeZalo, type FakeZalo } from '../../helpers/fake-zalo/fake-zalo.ts';
import { WebhookEmitter } from '../../helpers/fake-zalo/webhook-emitter.ts';
import { EchoChatbot, buildZaloApp, openDatabase, postEvent, until } from './zalo-test-kit.ts';

let database: Database;
let zalo: FakeZalo;
beforeAll(async () => {
  database = await openDatabase();
  zalo = await startFakeZalo();
});
afterAll(async () => {
  await zalo.stop();
  await database.close();
});

describe('a restart in the middle', () => {
  it('loses no queued event and no queued reply, and sends each reply once', async () => {
    const pair = zalo.issuePair();
    const emitter = new WebhookEmitter(zalo.app, 'http://unused');
    const crashing = new EchoChatbot();
    crashing.fail = 100; // the first process's brain fails every turn: its events wait for a retry
    const first = await buildZaloApp(database, zalo, pair, crashing);
    const users = ['5468458835291979001', '5468458835291979002', '5468458835291979003'];
    for (const id of users) {
      const event = emitter.userSendText(id, `trước khi khởi động lại ${id}`);
      const raw = JSON.stringify(event);
      expect((await postEvent(first.app, raw, emitter.sign(raw, event.timestamp))).statusCode).toBe(200);
    }
    await until('a first try', () => crashing.turns.length, (n) => n >= users.length);
    // A reply already in the outbox when the process stops, and a process that died holding a lease.
    await database.db.insertInto('notification_outbox').values({
      kind: 'chat_reply', unit_id: null, recipient_kind: 'oa_user', recipient: '5468458835291979009',
      message: JSON.stringify({ type: 'text', text: 'Trả lời đã xếp hàng' }), dedupe_key: 'test:queued-reply',
      locked_until: new Date(Date.now() + 1500),
    }).execute();
    await first.close();

    const working = new EchoChatbot();
    const second = await buildZaloApp(database, zalo, pair, working);
    // The window for the queued reply's user: they wrote a moment ago.
    await database.db.insertInto('zalo_events').values({ dedupe_key: 'test:recent', event_name: 'user_send_text', user_id: '5468458835291979009', payload: '{}', status: 'done' }).execute();
    try {
      for (const id of users) await until(`the reply to ${id}`, () => zalo.messagesTo(id), (m) => m.length === 1, 15_000);
      await until('the queued reply', () => zalo.messagesTo('5468458835291979009'), (m) => m.length === 1, 15_000);
      await new Promise((r) => setTimeout(r, 1000));
      for (const id of [...users, '5468458835291979009']) expect(zalo.messagesTo(id)).toHaveLength(1);
      const left = await database.db.selectFrom('zalo_events').select('status').where('status', '=', 'pending').execute();
      expect(left).toEqual([]);
    } finally {
      await second.close();
    }
  });
});
