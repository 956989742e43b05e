/**
 * The brain's conversation state across server processes: two composition roots on one
 * database stand for two processes behind a load balancer.
 */
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { buildServices, type Services } from '../../../server/src/composition.ts';
import { loadConfig } from '../../../server/src/config.ts';
import type { Database } from '../../../server/src/db/database.ts';
import type { ChatTurn } from '../../../server/src/features/chatbot/chatbot.port.ts';
import { openTestDatabase } from '../../helpers/database.ts';
import { PAKN_TURNS } from './chat-fixtures.ts';

let database: Database;
let one: Services;
let two: Services;
const oaDelivered: { userKey: string; text: string }[] = [];

beforeAll(async () => {
  database = await openTestDatabase(inject('template'));
  const config = { ...loadConfig({}), logLevel: 'silent' as const, secretKey: 'test-secret-key-of-at-least-32-characters' };
  const log = Fastify({ logger: false }).log;
  const overrides = { oaReplyDelivery: { deliver: async (c: { userKey: string }, text: string) => void oaDelivered.push({ userKey: c.userKey, text }) } };
  one = buildServices(config, database, log, overrides);
  two = buildServices(config, database, log, overrides);
});
afterAll(() => database?.close());

let n = 0;
const user = () => `zalo-oa:test-${++n}-${Date.now()}`;
const turn = (userKey: string, text: string, extra: Partial<ChatTurn> = {}): ChatTurn => ({ unitSlug: 'binh-giang', channel: 'zalo_oa', userKey, text, ...extra });

describe('conversation state', () => {
  it('any process takes the next turn: a PAKN started on one is finished on the other', async () => {
    const u = user();
    for (const [i, text] of PAKN_TURNS.entries()) await (i % 2 === 0 ? one : two).chatbot.answer(turn(u, text));
    const sent = await one.chatbot.answer(turn(u, 'Gửi'));
    expect(sent.reply.text).toMatch(/Mã phản ánh: PA-/);
    const rows = await database.db.selectFrom('feedback').select(['channel', 'citizen_key']).where('citizen_key', '=', u).execute();
    expect(rows).toEqual([{ channel: 'zalo_oa', citizen_key: u }]);
  });

  it('the same "Gửi" reaching two processes at once files one PAKN', async () => {
    const u = user();
    for (const text of PAKN_TURNS) await one.chatbot.answer(turn(u, text));
    const [a, b] = await Promise.all([one.chatbot.answer(turn(u, 'Gửi')), two.chatbot.answer(turn(u, 'Gửi'))]);
    const code = (s: string) => /Mã phản ánh: (\S+)/.exec(s)?.[1];
    expect(code(a.reply.text)).toBeDefined();
    expect(code(b.reply.text)).toBe(code(a.reply.text));
    const rows = await database.db.selectFrom('feedback').select('code').where('citizen_key', '=', u).execute();
    expect(rows).toHaveLength(1);
    const conv = await database.db.selectFrom('chat_conversations').select('version').where('user_key', '=', u).executeTakeFirstOrThrow();
    expect(conv.version).toBe(PAKN_TURNS.length + 2);
  });

  it('a new user\'s first two messages on two processes at once make one conversation', async () => {
    const u = user();
    const [a, b] = await Promise.all([one.chatbot.answer(turn(u, 'chào bạn')), two.chatbot.answer(turn(u, 'sdt duong day nong'))]);
    expect(a.sessionId).toBe(b.sessionId);
    const rows = await database.db.selectFrom('chat_conversations').select(['version', 'state']).where('user_key', '=', u).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.version).toBe(2);
    expect((rows[0]!.state as { recent: unknown[] }).recent).toHaveLength(4);
  });

  it('a photo, a location and the OA contact form go into the PAKN', async () => {
    const u = user();
    await one.chatbot.answer(turn(u, 'phản ánh rác thải đổ trộm ở bờ mương thôn Tây mấy ngày nay'));
    await one.chatbot.answer(turn(u, '', { text: undefined, location: { lat: 20.9, lng: 106.3, address: 'Bờ mương thôn Tây' } }));
    const confirm = await one.chatbot.answer(turn(u, '', { text: undefined, contact: { name: 'Trần Thị Bình', phone: '0987654321', address: 'Thôn Tây, xã Bình Giang' } }));
    expect(confirm.reply.text).toContain('Bạn kiểm tra lại');
    await one.chatbot.answer(turn(u, 'đồng ý'));
    const row = await database.db.selectFrom('feedback').select(['contact_name', 'location']).where('citizen_key', '=', u).executeTakeFirstOrThrow();
    expect(row.contact_name).toBe('Trần Thị Bình');
    expect(row.location).toMatchObject({ lat: 20.9, lng: 106.3 });
  });

  it('after 30 minutes idle the guided flow starts over', async () => {
    const u = user();
    const t0 = new Date();
    await one.chatbot.answer(turn(u, 'tôi muốn phản ánh', { now: t0 }));
    const soon = await one.chatbot.answer(turn(u, 'sdt duong day nong', { now: new Date(t0.getTime() + 60_000) }));
    expect(soon.intent).toBe('feedback_submit'); // still collecting the content
    const late = await two.chatbot.answer(turn(u, 'sdt duong day nong', { now: new Date(t0.getTime() + 31 * 60_000 + 60_000) }));
    expect(late.intent).toBe('hotline');
  });

  it('the city\'s OA asks the commune first, then remembers it', async () => {
    const u = user();
    const asked = await one.chatbot.answer(turn(u, 'đăng ký khai sinh cần gì', { unitSlug: 'hai-phong' }));
    expect(asked.reply.text).toContain('Bạn ở xã, phường nào?');
    expect(asked.reply.buttons.length).toBeGreaterThan(0);
    const answered = await two.chatbot.answer(turn(u, 'Bình Giang', { unitSlug: 'hai-phong' }));
    expect(answered.intent).toBe('procedure');
    expect(answered.reply.buttons[0]).toMatchObject({ type: 'open', path: expect.stringMatching(/^\/units\/binh-giang\/procedures\//) });
    const office = await one.chatbot.answer(turn(u, 'giờ làm việc của ủy ban', { unitSlug: 'hai-phong' }));
    expect(office.reply.text).toContain('Bình Giang');
  });

  it('"mất bao lâu?" after a procedure\'s answer is about that procedure; a faint match is offered, not asserted', async () => {
    const u = user();
    const first = await one.chatbot.answer(turn(u, 'đăng ký kết hôn'));
    const code = first.reply.procedures![0]!.code;
    const next = await two.chatbot.answer(turn(u, 'mất bao lâu?'));
    expect(next.intent).toBe('procedure');
    expect(next.reply.procedures![0]!.code).toBe(code);
    const vague = await one.chatbot.answer(turn(user(), 'tôi muốn hỏi thủ tục khác'));
    expect(vague.intent).toBe('procedure');
    expect(vague.reply.text).toContain('Bạn muốn hỏi thủ tục nào?');
  });

  it('the follow event gets the welcome with the menu', async () => {
    const a = await one.chatbot.answer({ unitSlug: 'binh-giang', channel: 'zalo_oa', userKey: user(), followed: true });
    expect(a.intent).toBe('greeting');
    expect(a.reply.text).toContain('Chào mừng');
    expect(a.reply.buttons).toHaveLength(5);
  });

  it('an officer\'s reply to an OA conversation goes out through the OA delivery', async () => {
    const u = user();
    await one.chatbot.answer(turn(u, 'hát cho tôi nghe'));
    const handed = await two.chatbot.answer(turn(u, 'kể chuyện cười đi'));
    expect(handed.handedOff).toBe(true);
    const unit = await one.units.get('binh-giang');
    const officer = await database.db.selectFrom('officers').select('id').where('username', '=', 'canbo.binh-giang').executeTakeFirstOrThrow();
    await one.chatInbox.reply([unit.id], handed.sessionId, officer.id, 'Cán bộ xã xin trả lời bạn.');
    expect(oaDelivered).toEqual([{ userKey: u, text: 'Cán bộ xã xin trả lời bạn.' }]);
    const transcript = await two.chatInbox.transcript([unit.id], handed.sessionId);
    expect(transcript.messages.map((m) => m.author)).toEqual(['citizen', 'bot', 'citizen', 'bot', 'officer']);

    // After the answer, the next turns are kept too; a second hand-off puts it back in the queue, without repeating earlier turns.
    await one.chatbot.answer(turn(u, 'ai vô địch world cup'));
    const again = await two.chatbot.answer(turn(u, 'gặp cán bộ'));
    expect(again.handedOff).toBe(true);
    const [item] = (await one.chatInbox.list([unit.id])).items.filter((i) => i.id === handed.sessionId);
    expect(item!.status).toBe('waiting');
    const later = await one.chatInbox.transcript([unit.id], handed.sessionId);
    expect(later.messages.map((m) => m.text).filter((t) => t === 'hát cho tôi nghe')).toHaveLength(1);
    expect(later.messages).toHaveLength(9);
  });
});
