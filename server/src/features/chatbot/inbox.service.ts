/**
 * The console inbox: conversations the bot handed to an officer, their transcript, and the
 * officer's reply (stored in the transcript, then delivered on the conversation's channel).
 * Also the Mini App's side of that delivery: the page polls for the officer's replies.
 */
import type { Kysely } from 'kysely';
import type { ChatInboxItemT, ChatRepliesT, ChatTranscriptT } from '@cchc/shared/api/chat';
import { cleanText } from '@cchc/shared/text/normalize';
import type { DB } from '../../db/schema.ts';
import { InvalidInputError, NotFoundError } from '../../lib/domain-errors.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import type { OfficerReplyDelivery } from './chatbot.port.ts';
import * as repo from './chatbot.repository.ts';

const INBOX_LIMIT = 200;

const conversationNotFound = () =>
  new NotFoundError('NOT_FOUND', 'Không tìm thấy cuộc trò chuyện này trong hộp thư của đơn vị. Vui lòng tải lại danh sách.');

export class ChatInboxService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly units: UnitDirectory,
    private readonly delivery: OfficerReplyDelivery,
  ) {}

  /** The inbox of these units (a commune: itself; the city: every unit of the city). */
  async list(unitIds: number[]): Promise<{ items: ChatInboxItemT[] }> {
    const rows = await repo.listInbox(this.db, unitIds, INBOX_LIMIT);
    return { items: await Promise.all(rows.map((row) => this.item(row))) };
  }

  async transcript(unitIds: number[], id: string): Promise<ChatTranscriptT> {
    const row = await this.handedOff(unitIds, id);
    const messages = await repo.listMessages(this.db, id);
    const last = messages.filter((m) => m.author === 'citizen').at(-1);
    const item = await this.item({ ...row, handoff: row.handoff!, handed_off_at: row.handed_off_at!, last_body: last?.body ?? null, last_author: last?.author ?? null });
    return { ...item, messages: messages.map((m) => ({ id: m.id, author: m.author, text: m.body, at: m.created_at.toISOString() })) };
  }

  async reply(unitIds: number[], id: string, officerId: number, text: string): Promise<ChatTranscriptT> {
    const row = await this.handedOff(unitIds, id);
    const body = cleanText(text);
    if (body === '') throw new InvalidInputError('VALIDATION_FAILED', 'Vui lòng nhập nội dung trả lời.');
    await this.db.transaction().execute(async (tx) => {
      await repo.insertMessages(tx, [{ conversationId: id, author: 'officer', body, officerId }]);
      await repo.markAnswered(tx, id);
    });
    const unit = await this.units.byId(row.unit_id);
    await this.delivery.deliver({ sessionId: row.id, channel: row.channel, userKey: row.user_key, unitSlug: unit?.slug ?? '' }, body);
    return this.transcript(unitIds, id);
  }

  /** The Mini App's poll: the officer's replies in the citizen's own conversation, after `after`. */
  async repliesFor(userKey: string, sessionId: string, after: number): Promise<ChatRepliesT> {
    const row = /^[0-9a-f-]{36}$/i.test(sessionId) ? await repo.findConversationById(this.db, sessionId) : undefined;
    // Someone else's conversation answers like an unknown one.
    if (!row || row.user_key !== userKey || row.channel !== 'miniapp') return { items: [] };
    const messages = await repo.listMessages(this.db, row.id, after, ['officer']);
    return { items: messages.map((m) => ({ id: m.id, text: m.body, at: m.created_at.toISOString() })) };
  }

  private async handedOff(unitIds: number[], id: string): Promise<repo.ConversationRow> {
    const row = /^[0-9a-f-]{36}$/i.test(id) ? await repo.findConversationById(this.db, id) : undefined;
    if (!row || row.handoff === null || !unitIds.includes(row.unit_id)) throw conversationNotFound();
    return row;
  }

  private async item(row: repo.InboxRow): Promise<ChatInboxItemT> {
    const unit = await this.units.byId(row.unit_id);
    return {
      id: row.id,
      channel: row.channel,
      unit: { slug: unit?.slug ?? '', name: unit?.summary.name ?? '' },
      status: row.handoff,
      handedOffAt: row.handed_off_at.toISOString(),
      lastMessageAt: row.last_message_at.toISOString(),
      lastMessage: row.last_body,
    };
  }
}
