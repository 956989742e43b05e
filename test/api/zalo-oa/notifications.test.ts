import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/src/db/database.ts';
import { FeedbackNotices } from '../../../server/src/features/feedback/notices.service.ts';
import { DueReminders } from '../../../server/src/features/notifications/due-reminders.ts';
import { NotificationsService } from '../../../server/src/features/notifications/notifications.service.ts';
import { OfficerLinksService } from '../../../server/src/features/notifications/officer-links.service.ts';
import { UnitDirectory } from '../../../server/src/features/units/units.service.ts';
import { loginAs as login } from '../../helpers/officers.ts';
import { startFakeZalo, type FakeZalo } from '../../helpers/fake-zalo/fake-zalo.ts';
import { WebhookEmitter } from '../../helpers/fake-zalo/webhook-emitter.ts';
import { answer, newDevice, submit, topicIds, validBody } from '../feedback/feedback-fixtures.ts';
import { EchoChatbot, buildZaloApp, openDatabase, postEvent, until, type ZaloApp } from './zalo-test-kit.ts';

let database: Database;
let zalo: FakeZalo;
let emitter: WebhookEmitter;
let t: ZaloApp;
let topic: number;
let user = 3468458835291979000n;
const newUser = () => String(++user);

beforeAll(async () => {
  database = await openDatabase();
  zalo = await startFakeZalo();
  zalo.addTemplate('301234', ['ma_pakn', 'don_vi', 'han_tra_loi']);
  t = await buildZaloApp(database, zalo, zalo.issuePair(), new EchoChatbot(), { ZALO_ZNS_TEMPLATES: '{"pakn_answered":"301234"}' });
  emitter = new WebhookEmitter(zalo.app, 'http://unused');
  [topic] = await topicIds(t.app);
});
afterAll(async () => {
  await t.close();
  await zalo.stop();
  await database.close();
});

async function write(id: string, text: string) {
  const event = emitter.userSendText(id, text);
  const raw = JSON.stringify(event);
  expect((await postEvent(t.app, raw, emitter.sign(raw, event.timestamp))).statusCode).toBe(200);
}

/** A PAKN filed under an OA user (as the OA chat files it). */
async function paknOf(citizenKey: string): Promise<string> {
  const res = await submit(t.app, validBody(topic), { device: newDevice() });
  expect(res.statusCode).toBe(201);
  const { code } = res.json();
  await database.db.updateTable('feedback').set({ citizen_key: citizenKey }).where('code', '=', code).execute();
  return code;
}

/** Console headers as inject() takes them. */
const loginAs = async (app: typeof t.app, username: string): Promise<Record<string, string>> => ({ ...(await login(app, username)) });
const officers = async () => ({ officer: await loginAs(t.app, 'canbo.binh-giang'), leader: await loginAs(t.app, 'lanhdao.binh-giang') });

describe('notifications on Zalo', () => {
  it('tell the citizen on the OA when an officer answers their PAKN', async () => {
    const id = newUser();
    await write(id, 'xin chào');
    await until('the chat reply', () => zalo.messagesTo(id), (m) => m.length === 1);
    const code = await paknOf(`zalo-oa:${id}`);
    await answer(t.app, await officers(), code);
    const [, notice] = await until('the notice', () => zalo.messagesTo(id), (m) => m.length === 2);
    expect(notice.message.text).toContain(`Phản ánh ${code} đã có câu trả lời của Xã Bình Giang`);
    expect(notice.message.text).toContain('UBND xã đã cử cán bộ kiểm tra và sửa đèn đường');
    // Zalo has the message a moment before the outbox records it as sent.
    const outbox = await until('the outbox row', () => database.db.selectFrom('notification_outbox').select(['kind', 'status', 'via']).where('kind', '=', 'pakn_answered').where('recipient', '=', `zalo-oa:${id}`).execute(), (rows) => rows[0]?.status !== 'pending');
    expect(outbox).toEqual([{ kind: 'pakn_answered', status: 'sent', via: 'oa' }]);
  });

  it('fall back to the ZNS template outside the reply window, to the number the citizen gave', async () => {
    const id = newUser(); // never wrote to the OA: no window
    const code = await paknOf(`zalo-oa:${id}`);
    await answer(t.app, await officers(), code);
    const sent = await until('the ZNS', () => zalo.zns.filter((z) => z.templateData.ma_pakn === code), (z) => z.length === 1);
    expect(sent[0]).toMatchObject({ phone: expect.stringMatching(/^84\d{9}$/), templateId: '301234', templateData: { don_vi: 'Xã Bình Giang' } });
    expect(zalo.messagesTo(id)).toEqual([]);
  });

  it('record a notice it cannot deliver instead of dropping it', async () => {
    const id = newUser();
    const code = await paknOf(`zalo-oa:${id}`);
    const officerHeaders = await loginAs(t.app, 'canbo.binh-giang');
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/console/feedback/${code}/actions`, headers: officerHeaders, payload: { action: 'reject', reason: 'thieu_thong_tin', note: 'Vui lòng ghi rõ vị trí cột đèn.' } });
    expect(res.statusCode).toBe(200);
    const row = await until('the outcome', () => database.db.selectFrom('notification_outbox').select(['status', 'last_error']).where('kind', '=', 'pakn_needs_info').where('recipient', '=', `zalo-oa:${id}`).executeTakeFirst(), (r) => r?.status !== 'pending');
    expect(row).toMatchObject({ status: 'undeliverable' });
  });

  it('write nothing for a citizen who is not on Zalo', async () => {
    const before = await database.db.selectFrom('notification_outbox').select('id').where('recipient_kind', '=', 'citizen').execute();
    const res = await submit(t.app, validBody(topic), { device: newDevice() });
    await answer(t.app, await officers(), res.json().code);
    const after = await database.db.selectFrom('notification_outbox').select('id').where('recipient_kind', '=', 'citizen').execute();
    expect(after.length).toBe(before.length);
  });

  it('tell a linked officer of a new PAKN in their unit, and the day before one falls due', async () => {
    const officer = await loginAs(t.app, 'canbo.binh-giang');
    const issued = await t.app.inject({ method: 'POST', url: '/api/v1/console/me/zalo-link', headers: officer });
    expect(issued.statusCode).toBe(201);
    const oaId = newUser();
    await write(oaId, 'LK 000000');
    await until('a refusal', () => zalo.messagesTo(oaId), (m) => m.length === 1);
    expect(zalo.messagesTo(oaId)[0].message.text).toMatch(/không đúng hoặc đã hết hạn/);
    await write(oaId, `lien ket ${issued.json().code}`);
    await until('the confirmation', () => zalo.messagesTo(oaId), (m) => m.length === 2);
    expect(zalo.messagesTo(oaId)[1].message.text).toMatch(/Đã liên kết/);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/console/me/zalo-link', headers: officer })).json()).toMatchObject({ linked: true, available: true });

    const res = await submit(t.app, validBody(topic), { device: newDevice() });
    const { code } = res.json();
    const notices = await until('the new-PAKN notice', () => zalo.messagesTo(oaId), (m) => m.length === 3);
    expect(notices[2].message.text).toContain(`Có phản ánh mới ${code} tại Xã Bình Giang`);

    // Due tomorrow: every process may run the reminders; each goes once.
    const tomorrow = new Date(Date.now() + 24 * 3600_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
    await database.db.updateTable('feedback').set({ due_date: tomorrow }).where('code', '=', code).execute();
    const log = pino({ level: 'silent' });
    const notices_ = new FeedbackNotices(database.db);
    const units = new UnitDirectory(database.db);
    const channels = { sendOa: null, sendZns: null, znsTemplates: {}, replyWindowHours: 48, lastInteraction: async () => null, oaUserOf: async () => null, link: (p: string) => p };
    const reminders = () => new DueReminders(notices_, new OfficerLinksService(database.db), new NotificationsService(database.db, notices_, units, channels, log), log);
    const written = await Promise.all([reminders().runOnce(), reminders().runOnce()]);
    expect(written.reduce((a, b) => a + b, 0)).toBe(1);
    const all = await until('the reminder', () => zalo.messagesTo(oaId), (m) => m.length === 4);
    expect(all[3].message.text).toMatch(new RegExp(`phản ánh ${code} .* đến hạn trả lời ngày mai`));

    expect((await t.app.inject({ method: 'DELETE', url: '/api/v1/console/me/zalo-link', headers: officer })).statusCode).toBe(204);
    await submit(t.app, validBody(topic), { device: newDevice() });
    await new Promise((r) => setTimeout(r, 1500));
    expect(zalo.messagesTo(oaId)).toHaveLength(4);
  });
});
