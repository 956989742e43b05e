import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { DB } from '../../db/schema.ts';
import type { QueueWork } from '../../jobs/queue-runner.ts';
import { DomainError } from '../../lib/domain-errors.ts';
import { downloadMedia } from '../../zalo/media-download.ts';
import type { OaMessage } from '../../zalo/oa-message.ts';
import { ZaloApiError } from '../../zalo/zalo-errors.ts';
import type { Chatbot, ChatTurn } from '../chatbot/chatbot.port.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { OfficerLinksService } from '../notifications/officer-links.service.ts';
import type { RateLimits } from '../rate-limits/rate-limits.service.ts';
import { chatReplyMessage } from './chat-reply-message.ts';
import { readEvent, type ZaloEvent } from './zalo-event.ts';
import { claimEvents, markDone, markFailed, markRetry, type QueuedEvent } from './zalo-events.repository.ts';

const LEASE_MS = 60_000;
const MAX_ATTEMPTS = 8;
const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
const TEXT_MAX = 2000;

export interface EventProcessorDeps {
  chatbot: Chatbot;
  /** The unit whose OA this is. */
  unit: () => Promise<{ id: number; slug: string }>;
  links: OfficerLinksService;
  notifications: NotificationsService;
  /** Stores a photo the user sent as an upload of theirs (the same checks as the Mini App's). */
  receivePhoto: (bytes: Buffer, citizenKey: string) => Promise<{ id: string }>;
  limits: RateLimits;
  /** Replies to one user per minute at most; a flood beyond gets one notice, then silence. */
  repliesPerMinute: number;
  link: (path: string) => string;
  /** New outbox items were written: deliver soon. */
  onReply: () => void;
}

/**
 * Handles queued OA events: a user's message goes to the chatbot and the reply into the outbox,
 * in the same transaction that marks the event done, under a dedupe key of the event; so a retry
 * after a crash never sends a second reply, and a reply is never lost once the event is done.
 */
export class ZaloEventProcessor implements QueueWork<QueuedEvent> {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: EventProcessorDeps,
    private readonly log: FastifyBaseLogger,
  ) {}

  claim(limit: number): Promise<QueuedEvent[]> {
    return claimEvents(this.db, limit, LEASE_MS);
  }

  async handle(queued: QueuedEvent): Promise<void> {
    const event = readEvent(queued.payload);
    try {
      const unit = await this.deps.unit();
      const reply = await this.replyTo(event, unit.slug);
      await this.db.transaction().execute(async (trx) => {
        if (reply && 'userId' in event) {
          await this.deps.notifications.enqueueMessage(trx, { kind: 'chat_reply', unitId: unit.id, oaUserId: event.userId, message: reply, dedupeKey: `reply:${queued.id}` });
        }
        await markDone(trx, queued.id);
      });
      if (reply) this.deps.onReply();
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error instanceof ZaloApiError || error instanceof DomainError ? error.message : 'failed'}` : 'failed';
      if (queued.attempts >= MAX_ATTEMPTS) {
        await markFailed(this.db, queued.id, reason);
        this.log.error({ zaloEvent: queued.id, eventName: queued.eventName, reason }, 'zalo event given up after retries');
        return;
      }
      await markRetry(this.db, queued.id, new Date(Date.now() + Math.min(600_000, 2000 * 2 ** (queued.attempts - 1))), reason);
      this.log.warn({ zaloEvent: queued.id, eventName: queued.eventName, reason }, 'zalo event to be retried');
    }
  }

  private async replyTo(event: ZaloEvent, unitSlug: string): Promise<OaMessage | null> {
    if (event.name === 'other' || event.name === 'unfollow') return null;
    const userKey = `zalo-oa:${event.userId}`;
    const turn: ChatTurn = { unitSlug, channel: 'zalo_oa', userKey };

    if (event.name === 'user_send_text') {
      const linked = await this.deps.links.tryLink(event.text, event.userId);
      if (linked) {
        return {
          type: 'text',
          text: linked.linked
            ? 'Đã liên kết tài khoản Zalo này với tài khoản cán bộ. Từ nay bạn sẽ được báo khi có phản ánh mới và trước ngày đến hạn trả lời.'
            : 'Mã liên kết không đúng hoặc đã hết hạn. Vui lòng lấy mã mới trong trang quản trị (mục Tài khoản → Liên kết Zalo) rồi gửi lại.',
        };
      }
    }
    const limited = await this.overLimit(event.userId);
    if (limited === 'silent') return null;
    if (limited === 'notice') return { type: 'text', text: 'Bạn đang gửi tin nhắn quá nhanh. Vui lòng chờ một phút rồi gửi tiếp, chúng tôi vẫn đang đọc tin của bạn.' };

    switch (event.name) {
      case 'user_send_text':
        turn.text = Array.from(event.text).slice(0, TEXT_MAX).join('');
        break;
      case 'user_send_image':
        turn.text = event.text || undefined;
        turn.uploadId = await this.photo(event.imageUrl, userKey);
        break;
      case 'user_send_location':
        turn.location = { lat: event.lat, lng: event.lng };
        break;
      case 'user_submit_info':
        turn.contact = event.info;
        break;
      case 'follow':
        turn.followed = true;
        break;
    }
    const answer = await this.deps.chatbot.answer(turn);
    return chatReplyMessage(answer.reply, this.deps.link);
  }

  private async overLimit(userId: string): Promise<'ok' | 'notice' | 'silent'> {
    const { count } = await this.deps.limits.hit('oa-reply', userId, 60_000);
    if (count <= this.deps.repliesPerMinute) return 'ok';
    return count === this.deps.repliesPerMinute + 1 ? 'notice' : 'silent';
  }

  /** The photo as the user's upload; a photo that cannot be read is left out (the bot asks again). */
  private async photo(url: string, userKey: string): Promise<string | undefined> {
    try {
      return (await this.deps.receivePhoto(await downloadMedia(url, PHOTO_MAX_BYTES), userKey)).id;
    } catch (error) {
      if (error instanceof ZaloApiError && error.transient) throw error;
      this.log.warn({ reason: error instanceof Error ? error.name : 'failed' }, 'photo from the OA not kept');
      return undefined;
    }
  }
}
