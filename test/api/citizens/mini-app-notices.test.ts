import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/src/db/database.ts';
import { loginAs } from '../../helpers/officers.ts';
import { startFakeZalo, type FakeZalo } from '../../helpers/fake-zalo/fake-zalo.ts';
import { WebhookEmitter } from '../../helpers/fake-zalo/webhook-emitter.ts';
import { answer, newDevice, topicIds, validBody } from '../feedback/feedback-fixtures.ts';
import { EchoChatbot, buildZaloApp, openDatabase, postEvent, until, type ZaloApp } from '../zalo-oa/zalo-test-kit.ts';
import { submitAs } from './zalo-fixtures.ts';

let database: Database;
let zalo: FakeZalo;
let t: ZaloApp;

beforeAll(async () => {
  database = await openDatabase();
  zalo = await startFakeZalo();
  t = await buildZaloApp(database, zalo, zalo.issuePair(), new EchoChatbot());
});
afterAll(async () => {
  await t?.close();
  await zalo?.stop();
  await database?.close();
});

describe('a PAKN sent from the Mini App with a Zalo identity', () => {
  it('is answered on the OA, to the OA-scoped id the citizen record keeps', async () => {
    const user = zalo.addUser({ name: 'Lâm Thị Báo Tin', idByOa: '3468458835291979777' });
    const [topic] = await topicIds(t.app);
    const sent = await submitAs(t.app, { token: user.accessToken, device: newDevice() }, validBody(topic));
    expect(sent.statusCode).toBe(201);
    const { code } = sent.json();

    // The citizen has written to the OA lately: the reply window is open.
    const emitter = new WebhookEmitter(zalo.app, 'http://unused');
    const event = emitter.userSendText(user.idByOa, 'xin chào');
    const raw = JSON.stringify(event);
    expect((await postEvent(t.app, raw, emitter.sign(raw, event.timestamp))).statusCode).toBe(200);
    const texts = () => zalo.messagesTo(user.idByOa).map((m) => String(m.message.text));
    await until('the chat reply', texts, (m) => m.includes('Đã nhận: xin chào'));
    // The notice of receipt, held back until the window opened, goes there too.
    await until('the receipt', texts, (m) => m.some((text) => text.includes(`Mã theo dõi: ${code}`)));

    await answer(t.app, { officer: { ...(await loginAs(t.app, 'canbo.binh-giang')) }, leader: { ...(await loginAs(t.app, 'lanhdao.binh-giang')) } }, code);
    await until('the answer notice', texts, (m) => m.some((text) => text.includes(`Phản ánh ${code} đã có câu trả lời`)));
  });
});
