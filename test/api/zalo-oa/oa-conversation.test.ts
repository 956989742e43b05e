import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/src/db/database.ts';
import { loginAs as login } from '../../helpers/officers.ts';
import { startFakeZalo, type FakeZalo } from '../../helpers/fake-zalo/fake-zalo.ts';
import { WebhookEmitter, type ZaloEvent } from '../../helpers/fake-zalo/webhook-emitter.ts';
import { answer } from '../feedback/feedback-fixtures.ts';
import { buildZaloApp, openDatabase, postEvent, until, type ZaloApp } from './zalo-test-kit.ts';

/*
 * The OA chat with the real chatbot behind it, against the fake Zalo: the questions of the issue,
 * a guided PAKN to its tracking code, the officer's answer told on Zalo, and the status asked after.
 */
let database: Database;
let zalo: FakeZalo;
let emitter: WebhookEmitter;
let t: ZaloApp;

beforeAll(async () => {
  database = await openDatabase();
  zalo = await startFakeZalo();
  t = await buildZaloApp(database, zalo, zalo.issuePair(), null);
  emitter = new WebhookEmitter(zalo.app, 'http://unused');
});
afterAll(async () => {
  await t.close();
  await zalo.stop();
  await database.close();
});

/** Sends the event and waits for the OA's next message to that user. */
async function turn(userId: string, event: ZaloEvent) {
  const before = zalo.messagesTo(userId).length;
  const raw = JSON.stringify(event);
  expect((await postEvent(t.app, raw, emitter.sign(raw, event.timestamp))).statusCode).toBe(200);
  const sent = await until('the reply', () => zalo.messagesTo(userId), (m) => m.length > before);
  return sent[before].message as { text?: string; attachment?: { payload: { buttons?: { type: string; title: string; payload: unknown }[] } } };
}
const say = (userId: string, text: string) => turn(userId, emitter.userSendText(userId, text));
const buttons = (m: Awaited<ReturnType<typeof turn>>) => m.attachment?.payload.buttons ?? [];

describe('the OA answers citizens in their own words', () => {
  it('answers a procedure question with what to bring and a button into the Mini App', async () => {
    const reply = await say('9468458835291979001', 'xin giấy xác nhận độc thân ở đâu');
    expect(reply.text).toMatch(/tình trạng hôn nhân/i);
    expect(buttons(reply).some((b) => b.type === 'oa.open.url')).toBe(true);
    expect(zalo.refusals).toEqual([]);
  });

  it('gives the hotlines with call buttons', async () => {
    const reply = await say('9468458835291979002', 'sdt duong day nong');
    expect(buttons(reply).some((b) => b.type === 'oa.open.phone')).toBe(true);
  });

  it('says where "đăng ký tạm trú" is handled (Công an xã)', async () => {
    const reply = await say('9468458835291979003', 'đăng ký tạm trú');
    expect(reply.text).toMatch(/Công an/);
  });

  it('files a guided PAKN, tells the citizen when it is answered, and answers its status', async () => {
    const id = '9468458835291979004';
    await say(id, 'tôi muốn phản ánh đèn đường hỏng');
    await say(id, 'đèn đường ở ngõ 5 thôn Đông hỏng từ tuần trước, buổi tối rất tối');
    await turn(id, emitter.userSendLocation(id, 20.95, 106.32));
    await turn(id, emitter.userSubmitInfo(id, { name: 'Nguyễn Văn An', phone: '0912345678', address: 'Thôn Đông, xã Bình Giang' }));
    const done = await say(id, 'Gửi');
    const row = await database.db.selectFrom('feedback').select(['code', 'channel', 'citizen_key', 'contact_name']).where('citizen_key', '=', `zalo-oa:${id}`).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ channel: 'zalo_oa', contact_name: 'Nguyễn Văn An' });
    expect(done.text).toContain(row.code);

    const received = await until('the received notice', () => zalo.messagesTo(id).filter((m) => String(m.message.text).includes('đã nhận phản ánh')), (m) => m.length === 1);
    expect(received[0].message.text).toContain(row.code);

    const headers = async (u: string) => ({ ...(await login(t.app, u)) }) as Record<string, string>;
    await answer(t.app, { officer: await headers('canbo.binh-giang'), leader: await headers('lanhdao.binh-giang') }, row.code);
    await until('the answered notice', () => zalo.messagesTo(id).filter((m) => String(m.message.text).includes('đã có câu trả lời')), (m) => m.length === 1);

    const status = await say(id, `phản ánh ${row.code} của tôi đến đâu rồi`);
    expect(status.text).toContain(row.code);
    expect(status.text).toMatch(/trả lời/i);
  });

  it('never tells one citizen the status of another’s PAKN', async () => {
    const code = (await database.db.selectFrom('feedback').select('code').where('citizen_key', '=', 'zalo-oa:9468458835291979004').executeTakeFirstOrThrow()).code;
    const reply = await say('9468458835291979005', `phản ánh ${code} đến đâu rồi`);
    expect(reply.text).not.toMatch(/đã có câu trả lời|UBND xã đã cử cán bộ/);
  });
});
