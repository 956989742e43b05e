/**
 * The chatbot's brain: one turn of a conversation in, the answer out. The conversation lives in
 * the database (chat_conversations) and is written with an optimistic version check, so any
 * server process can take any turn; a turn that lost the race is computed again on the new state.
 */
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ChatIntentT, ChatReplyT } from '@cchc/shared/api/chat';
import { FEEDBACK_STATUS_LABELS } from '@cchc/shared/api/labels';
import { normalizeChat, type ChatText } from '@cchc/shared/text/chat-normalize';
import { foldForSearch } from '@cchc/shared/text/normalize';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';
import { ConflictError, DomainError } from '../../lib/domain-errors.ts';
import type { CatalogService } from '../catalog/catalog.service.ts';
import type { SubmissionService } from '../feedback/submission.service.ts';
import type { TrackingService } from '../feedback/tracking.service.ts';
import type { TopicsService } from '../rules/topics.service.ts';
import type { Unit, UnitDirectory } from '../units/units.service.ts';
import { afterIdle, IDLE_MS, readState, remember, type ChatLine, type ChatState, type PaknDraft } from './chat-state.ts';
import type { ChatAnswer, Chatbot, ChatTurn } from './chatbot.port.ts';
import * as repo from './chatbot.repository.ts';
import { advance, begin, confirmation, startDraft, type FlowTurn } from './pakn-flow.ts';
import { pickTopic } from './pakn-topic.ts';
import * as replies from './replies.ts';
import { saysYes, unitNamed } from './slots.ts';
import { understand, type ProcedureFinder, type Understanding } from './understand.ts';

const SAVE_ATTEMPTS = 4;
/** How long a repeated "Gửi" gets the last receipt back. */
const RECEIPT_MS = 10 * 60_000;
/** Intents whose answer depends on the commune (asked first when the OA is the city's). */
const NEEDS_COMMUNE = new Set<ChatIntentT>(['procedure', 'office', 'feedback_submit']);
/** "Gặp cán bộ", "cho tôi nói chuyện với người thật": the citizen asks for a human. */
const HUMAN_ASKS = ['gap', 'noi chuyen voi', 'ket noi voi', 'chuyen cho', 'hoi truc tiep'];
const HUMANS = ['can bo', 'nguoi that', 'nhan vien', 'nguoi truc'];
function wantsHuman(folded: string): boolean {
  const text = ` ${folded} `;
  const has = (p: string) => text.includes(` ${p} `);
  return has('can bo tra loi') || (HUMAN_ASKS.some(has) && HUMANS.some(has));
}

interface TurnResult {
  intent: ChatIntentT;
  reply: ChatReplyT;
  state: ChatState;
  handOff?: boolean;
}

interface Scope {
  /** The unit the conversation is with (the OA's or the Mini App's). */
  unit: Unit;
  /** The unit whose catalog, office and PAKN the answer is about: the commune, once known, for a city. */
  target: Unit | null;
}

export class ChatbotService implements Chatbot {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly units: UnitDirectory,
    private readonly catalog: CatalogService,
    private readonly topics: TopicsService,
    private readonly submissions: SubmissionService,
    private readonly tracking: TrackingService,
  ) {}

  /** What a message means in this unit (the eval's entry point): no state is read or written. */
  async understand(unitSlug: string, text: string): Promise<Understanding> {
    const unit = await this.units.get(unitSlug);
    const catalogUnit = unit.summary.kind === 'city' ? ((await this.communesOf(unit))[0] ?? unit) : unit;
    return understand(text, this.finder(catalogUnit.slug));
  }

  async answer(turn: ChatTurn): Promise<ChatAnswer> {
    const now = turn.now ?? new Date();
    const unit = await this.units.get(turn.unitSlug);
    for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
      // A first turn has no row yet: it is written with the turn's state (one statement), or the race is lost and run again.
      const row = (await repo.findConversation(this.db, turn.channel, turn.userKey)) ?? newConversation(turn, unit.id);
      let state = afterIdle(readState(row.state), row.expires_at, now);
      // The Mini App may switch unit: what was said about the other one is dropped.
      if (row.unit_id !== unit.id) state = { flowSeq: state.flowSeq, fallbacks: 0, recent: [] };
      const result = await this.turn(unit, row, state, turn);
      const lines: ChatLine[] = [
        { author: 'citizen', body: describeTurn(turn), at: now.toISOString() },
        { author: 'bot', body: result.reply.text, at: now.toISOString() },
      ];
      const handingOff = result.handOff === true && row.handoff !== 'waiting';
      const update = {
        unitId: unit.id,
        state: remember(result.state, lines) as unknown as Record<string, unknown>,
        expiresAt: new Date(now.getTime() + IDLE_MS),
        ...(handingOff ? { handoff: 'waiting' as const } : {}),
        now,
      };
      // The transcript: the turns before the hand-off, then every turn of a handed-off conversation.
      // (A conversation handed off before already has its earlier turns in the transcript.)
      const transcript = handingOff && row.handoff === null ? [...state.recent, ...lines] : row.handoff !== null ? lines : [];
      const save = (db: Executor) => (row.version === NEW ? repo.createConversation(db, row.id, turn.channel, turn.userKey, update) : repo.saveConversation(db, row.id, row.version, update));
      const saved = transcript.length === 0
        ? await save(this.db)
        : await this.db.transaction().execute(async (tx) => {
          if (!(await save(tx))) return false;
          await repo.insertMessages(tx, transcript.map((l) => ({ conversationId: row.id, author: l.author, body: l.body, at: new Date(l.at) })));
          return true;
        });
      if (saved) return { intent: result.intent, reply: result.reply, sessionId: row.id, ...(handingOff ? { handedOff: true } : {}) };
    }
    throw new ConflictError('CONFLICT', 'Tin nhắn trước của bạn đang được xử lý. Vui lòng gửi lại sau giây lát.');
  }

  private async turn(unit: Unit, row: repo.ConversationRow, state: ChatState, turn: ChatTurn): Promise<TurnResult> {
    if (turn.followed) return { intent: 'greeting', reply: replies.welcome(unit.summary.name), state };
    const text = turn.text !== undefined ? normalizeChat(turn.text) : undefined;
    const flowTurn: FlowTurn = { text, uploadId: turn.uploadId, location: turn.location, contact: turn.contact };

    if (state.draft) return this.continueDraft(unit, row, state, state.draft, flowTurn, turn);

    if (!text || text.empty) {
      if (turn.uploadId || turn.location) {
        // A photo or a place with no PAKN under way: it starts one.
        const started = begin(startDraft(undefined, flowTurn), flowTurn);
        return { intent: 'feedback_submit', reply: started.reply, state: { ...state, draft: started.draft, flowSeq: state.flowSeq + 1 } };
      }
      if (turn.contact) return { intent: 'thanks', reply: replies.shaped('Cảm ơn bạn đã chia sẻ thông tin liên hệ.', replies.MENU.slice(0, 3)), state };
      return { intent: 'fallback', reply: replies.emptyMessage(), state };
    }

    // The same "Gửi" again (a retried delivery, a second tap): the PAKN was sent, here is its receipt.
    if (state.receipt && saysYes(text.folded) && (turn.now ?? new Date()).getTime() - Date.parse(state.receipt.at) < RECEIPT_MS) {
      return { intent: 'feedback_submit', reply: replies.shaped(state.receipt.text, [{ type: 'open', title: 'Phản ánh của tôi', path: '/feedback/mine' }]), state };
    }
    const scope = await this.scope(unit, state, text);
    state = scope.state;
    // "Bình Giang" answering "Bạn ở xã, phường nào?": the question asked before is answered now.
    const asked = scope.named && state.pendingQuestion && text.words.length <= 5 ? state.pendingQuestion : text.clean;
    if (asked !== text.clean) state = { ...state, pendingQuestion: undefined };
    const u = await understand(asked, this.finder((scope.target ?? scope.fallbackCatalog).slug));

    if (wantsHuman(u.text.folded)) return this.handOff(unit, row, state);
    if (!scope.target && NEEDS_COMMUNE.has(u.intent)) {
      return { intent: u.intent, reply: replies.askCommune((await this.communesOf(unit)).map((c) => ({ name: c.summary.name }))), state: { ...state, pendingQuestion: asked } };
    }
    const target = scope.target ?? unit;
    // "Mất bao lâu?", "nộp ở đâu?" right after a procedure's answer: about that procedure.
    if (u.followUp && state.lastProcedure && !u.sure && (u.intent === 'procedure' || u.intent === 'fallback')) {
      const detail = (await this.catalog.getProcedure(target.slug, state.lastProcedure.code).catch(() => null))?.body;
      if (detail) return { intent: 'procedure', reply: replies.procedureAnswer(target.slug, detail, [], []), state: { ...state, fallbacks: 0 } };
    }
    state = { ...state, fallbacks: u.intent === 'fallback' ? state.fallbacks : 0 };
    switch (u.intent) {
      case 'greeting':
        return { intent: u.intent, reply: replies.greeting(target.summary.name), state };
      case 'thanks':
        return { intent: u.intent, reply: replies.thanks(), state };
      case 'survey':
        return { intent: u.intent, reply: replies.survey(target.slug), state };
      case 'hotline':
        return { intent: u.intent, reply: replies.hotlineAnswer((await this.catalog.listHotlines(target.slug)).body.items), state };
      case 'office':
        return { intent: u.intent, reply: replies.officeAnswer(target.detail), state };
      case 'online_guide':
        return { intent: u.intent, reply: await this.guideAnswer(target.slug, u), state };
      case 'procedure': {
        const reply = await this.procedureAnswer(target.slug, u);
        const shown = reply.procedures?.[0];
        return { intent: u.intent, reply, state: shown && u.sure ? { ...state, lastProcedure: shown } : state };
      }
      case 'feedback_status':
        return { intent: u.intent, reply: await this.statusAnswer(turn.userKey, u.feedbackCode), state };
      case 'feedback_submit': {
        const started = begin(startDraft(u.text, flowTurn), flowTurn);
        return { intent: u.intent, reply: started.reply, state: { ...state, draft: started.draft, flowSeq: state.flowSeq + 1 } };
      }
      case 'fallback':
        if (row.handoff === 'waiting') return { intent: 'fallback', reply: replies.waitingForOfficer(), state };
        if (state.fallbacks >= 1) return this.handOff(unit, row, state);
        return { intent: 'fallback', reply: replies.fallback(), state: { ...state, fallbacks: state.fallbacks + 1 } };
    }
  }

  private handOff(unit: Unit, row: repo.ConversationRow, state: ChatState): TurnResult {
    const reply = row.handoff === 'waiting' ? replies.waitingForOfficer() : replies.handedOff(unit.summary.name);
    return { intent: 'fallback', reply, state: { ...state, fallbacks: 0 }, handOff: true };
  }

  private async continueDraft(unit: Unit, row: repo.ConversationRow, state: ChatState, draft: PaknDraft, flowTurn: FlowTurn, turn: ChatTurn): Promise<TurnResult> {
    const outcome = advance(draft, flowTurn);
    if (outcome.kind === 'cancelled') return { intent: 'feedback_submit', reply: outcome.reply, state: { ...state, draft: undefined } };
    if (outcome.kind === 'continue') return { intent: 'feedback_submit', reply: outcome.reply, state: { ...state, draft: outcome.draft } };
    const target = unit.summary.kind === 'city' && state.communeSlug ? await this.units.get(state.communeSlug) : unit;
    const d = outcome.draft;
    try {
      const topicId = pickTopic(d.content, await this.topics.list(target.slug));
      if (topicId === null) throw new ConflictError('TOPIC_NOT_FOUND', 'Đơn vị chưa mở lĩnh vực phản ánh nào. Vui lòng gọi đường dây nóng.');
      const result = await this.submissions.submit({
        unitSlug: target.slug,
        channel: turn.channel,
        citizenKey: turn.userKey,
        // Derived from the conversation and its flow: a retried turn gets the same PAKN back.
        idempotencyKey: `chat-${row.id}-${state.flowSeq}`,
        body: {
          kind: d.kind,
          topicId,
          content: d.place ? `${d.content}\nNơi xảy ra: ${d.place}` : d.content,
          photoIds: d.photoIds,
          ...(d.location || d.place ? { location: { lat: d.location?.lat ?? null, lng: d.location?.lng ?? null, address: d.location?.address ?? d.place ?? null } } : {}),
          contact: { name: d.name!, phone: d.phone!, address: d.address! },
          hideIdentity: false,
        },
      });
      const reply = replies.shaped(
        `✅ Đã gửi ${d.kind === 'kien_nghi' ? 'kiến nghị' : 'phản ánh'} đến ${target.summary.name}.\nMã phản ánh: ${result.code}\nMã truy cập: ${result.accessKey}\nHạn trả lời: ${viDate(result.dueDate)}${result.dueDateProvisional ? ' (dự kiến)' : ''}\nBạn giữ hai mã này để tra cứu. Khi có trả lời, bạn sẽ được báo tại đây.`,
        [
          { type: 'open', title: 'Phản ánh của tôi', path: '/feedback/mine' },
          { type: 'query', title: 'Tra cứu phản ánh này', text: `Phản ánh ${result.code} đến đâu rồi` },
        ],
      );
      return { intent: 'feedback_submit', reply, state: { ...state, draft: undefined, receipt: { text: reply.text, at: (turn.now ?? new Date()).toISOString() } } };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const keep = error.code === 'UPLOAD_NOT_FOUND' ? { ...d, photoIds: [] } : d;
      return { intent: 'feedback_submit', reply: confirmation(keep, `Chưa gửi được: ${error.message}\n\n`), state: { ...state, draft: { ...keep, step: 'confirm' } } };
    }
  }

  private async procedureAnswer(unitSlug: string, u: Understanding): Promise<ChatReplyT> {
    const [best, ...others] = u.found.items;
    if (!best) return u.found.referrals.length > 0 ? replies.referralAnswer(u.found.referrals) : replies.procedureNotFound();
    // A faint match is offered, not asserted: "which of these?"
    if (!u.sure && u.found.referrals.length === 0) return replies.procedureChoice(u.found.items.slice(0, 4).map(({ code, name }) => ({ code, name })));
    const detail = (await this.catalog.getProcedure(unitSlug, best.code)).body;
    return replies.procedureAnswer(unitSlug, detail, others.slice(0, 4).map(({ code, name }) => ({ code, name })), u.found.referrals);
  }

  private async guideAnswer(unitSlug: string, u: Understanding): Promise<ChatReplyT> {
    const guides = (await this.catalog.listGuides(unitSlug)).body.items;
    const words = new Set(u.text.words.filter((w) => w.length > 2));
    let best: (typeof guides)[number] | undefined;
    let bestHits = 0;
    for (const g of guides) {
      const hits = foldForSearch(`${g.title} ${g.summary}`).split(' ').filter((w) => words.has(w)).length;
      if (hits > bestHits) {
        best = g;
        bestHits = hits;
      }
    }
    return replies.guidesAnswer(guides, best);
  }

  /** Only the citizen's own PAKN: another's code gets the same answer as an unknown one. */
  private async statusAnswer(userKey: string, code: string | null): Promise<ChatReplyT> {
    const mine = (await this.tracking.mine([userKey])).items;
    const lookup = { type: 'open' as const, title: 'Tra cứu bằng mã', path: code ? `/feedback/lookup?code=${encodeURIComponent(code)}` : '/feedback/lookup' };
    const line = (i: (typeof mine)[number]) => `• ${i.code} (${i.topic}): ${FEEDBACK_STATUS_LABELS[i.status]}, hạn trả lời ${viDate(i.dueDate)}`;
    if (code) {
      const item = mine.find((i) => i.code === code);
      if (!item) {
        return replies.shaped(`Mình không tìm thấy phản ánh ${code} trong các phản ánh bạn đã gửi từ tài khoản này. Nếu bạn gửi từ nơi khác, hãy tra cứu bằng mã phản ánh và mã truy cập trong tin nhắn xác nhận.`, [lookup]);
      }
      return replies.shaped(`Phản ánh ${item.code}:\n${line(item)}\nNội dung: ${item.excerpt}`, [{ type: 'open', title: 'Xem chi tiết', path: `/feedback/${item.code}` }]);
    }
    if (mine.length === 0) {
      return replies.shaped('Bạn chưa gửi phản ánh nào từ tài khoản này. Nếu đã gửi từ nơi khác, hãy tra cứu bằng mã phản ánh và mã truy cập.', [lookup, replies.MENU[2]!]);
    }
    return replies.shaped(`Các phản ánh bạn đã gửi (mới nhất trước):\n${mine.slice(0, 5).map(line).join('\n')}`, [{ type: 'open', title: 'Phản ánh của tôi', path: '/feedback/mine' }, lookup]);
  }

  private finder(unitSlug: string): ProcedureFinder {
    return async (query) => {
      const { body } = await this.catalog.listProcedures(unitSlug, { q: query, limit: 5 });
      return { items: body.items.map(({ code, name, field, summary }) => ({ code, name, field, summary })), referrals: body.referrals ?? [] };
    };
  }

  private async communesOf(city: Unit): Promise<Unit[]> {
    const all = await this.units.list();
    return Promise.all(all.filter((u) => u.parentSlug === city.slug).map((u) => this.units.get(u.slug)));
  }

  /** For a city: the commune named now or remembered. */
  private async scope(unit: Unit, state: ChatState, text: ChatText): Promise<Scope & { state: ChatState; named: boolean; fallbackCatalog: Unit }> {
    if (unit.summary.kind !== 'city') return { unit, target: unit, state, named: false, fallbackCatalog: unit };
    const communes = await this.communesOf(unit);
    const named = unitNamed(text.folded, communes.map((c) => ({ ...c, name: c.summary.name })));
    const next = named ? { ...state, communeSlug: named.slug } : state;
    const target = next.communeSlug ? (communes.find((c) => c.slug === next.communeSlug) ?? null) : null;
    return { unit, target, state: next, named: named !== null, fallbackCatalog: communes[0] ?? unit };
  }
}

/** The version of a conversation not written yet. */
const NEW = -1;

function newConversation(turn: ChatTurn, unitId: number): repo.ConversationRow {
  return {
    id: crypto.randomUUID(),
    channel: turn.channel,
    user_key: turn.userKey,
    unit_id: unitId,
    state: {},
    version: NEW,
    expires_at: new Date(8.64e15),
    handoff: null,
    handed_off_at: null,
    last_message_at: new Date(),
    created_at: new Date(),
  };
}

function describeTurn(turn: ChatTurn): string {
  const parts: string[] = [];
  if (turn.followed) parts.push('[Quan tâm OA]');
  if (turn.text !== undefined) parts.push(normalizeChat(turn.text).clean);
  if (turn.uploadId) parts.push('[Ảnh]');
  if (turn.location) parts.push(`[Vị trí${turn.location.address ? `: ${turn.location.address}` : ''}]`);
  if (turn.contact) parts.push('[Thông tin liên hệ]');
  return parts.filter(Boolean).join(' ') || '[Tin nhắn trống]';
}

/** 2026-12-03 → 03/12/2026. */
function viDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
