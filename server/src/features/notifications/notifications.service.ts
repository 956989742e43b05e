import type { Kysely, Transaction } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { DB } from '../../db/schema.ts';
import type { OaMessage } from '../../zalo/oa-message.ts';
import { ZaloApiError } from '../../zalo/zalo-errors.ts';
import type { FeedbackNotices } from '../feedback/notices.service.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import { NOTICE_KINDS, noticeMessage, noticeTemplateData, type NoticeKind } from './notice-texts.ts';
import { claimDue, enqueue, markEnded, markRetry, markSent, type OutboxItem } from './outbox.repository.ts';

const LEASE_MS = 60_000;
const MAX_ATTEMPTS = 10;
const FIRST_RETRY_MS = 5000;
const LAST_RETRY_MS = 3600_000;

export interface NotificationChannels {
  /** Sends an OA message (null: Zalo is not set up). */
  sendOa: ((oaUserId: string, message: OaMessage) => Promise<unknown>) | null;
  /** Sends a ZNS template to a phone number (null: not set up). */
  sendZns: ((phone: string, templateId: string, data: Record<string, string>, trackingId: string) => Promise<unknown>) | null;
  znsTemplates: Record<string, string>;
  replyWindowHours: number;
  /** When the OA user last wrote to the OA (the reply window opens then). */
  lastInteraction: (oaUserId: string) => Promise<Date | null>;
  /** The OA user behind a citizen key (zalo-oa:… directly; zalo:… through the citizen's record), if known. */
  oaUserOf: (citizenKey: string) => Promise<string | null>;
  /** A Mini App path → the link an OA button opens. */
  link: (path: string) => string;
}

/**
 * The notifications outbox: what must reach someone on Zalo, written in the transaction of the
 * change it tells of (replies by their senders; PAKN notices by a trigger on the PAKN's history),
 * delivered by any process with retries and backoff, inside the OA's reply window, else by a ZNS
 * template when one is configured, else recorded as undeliverable. Never dropped silently.
 */
export class NotificationsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly notices: FeedbackNotices,
    private readonly units: UnitDirectory,
    private readonly channels: NotificationChannels,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** A message to an OA user (a chat reply, an officer's reply), once per dedupe key. */
  enqueueMessage(db: Kysely<DB> | Transaction<DB>, item: { kind: string; unitId: number | null; oaUserId: string; message: OaMessage; dedupeKey: string }): Promise<boolean> {
    return enqueue(db, {
      kind: item.kind,
      unitId: item.unitId,
      recipientKind: 'oa_user',
      recipient: item.oaUserId,
      message: item.message as unknown as Record<string, unknown>,
      dedupeKey: item.dedupeKey,
    });
  }

  /** Officers' reminders for PAKN due tomorrow, once per PAKN, due date and officer. */
  enqueueDueReminders(items: { unitId: number; feedbackId: number; dueDate: string; officerId: number; oaUserId: string }[]): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      let written = 0;
      for (const r of items) {
        const fresh = await enqueue(trx, {
          kind: 'officer_due_tomorrow',
          unitId: r.unitId,
          recipientKind: 'officer',
          recipient: r.oaUserId,
          feedbackId: r.feedbackId,
          dedupeKey: `officer_due_tomorrow:${r.feedbackId}:${r.dueDate}:${r.officerId}`,
        });
        if (fresh) written++;
      }
      return written;
    });
  }

  claim(limit: number): Promise<OutboxItem[]> {
    return claimDue(this.db, limit, LEASE_MS);
  }

  async deliver(item: OutboxItem, now = new Date()): Promise<void> {
    try {
      const outcome = await this.tryDeliver(item, now);
      if (outcome.sent) await markSent(this.db, item.id, outcome.sent);
      else await markEnded(this.db, item.id, 'undeliverable', outcome.reason);
    } catch (error) {
      const reason = error instanceof ZaloApiError ? error.message : 'unexpected error';
      const retry = !(error instanceof ZaloApiError) || error.transient;
      if (!retry || item.attempts >= MAX_ATTEMPTS) {
        await markEnded(this.db, item.id, 'failed', reason);
        this.log.warn({ outbox: item.id, kind: item.kind, reason }, 'notification not delivered');
        return;
      }
      const delay = Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** (item.attempts - 1));
      await markRetry(this.db, item.id, new Date(now.getTime() + delay), reason);
    }
  }

  private async tryDeliver(item: OutboxItem, now: Date): Promise<{ sent: 'oa' | 'zns'; reason?: undefined } | { sent?: undefined; reason: string }> {
    const notice = NOTICE_KINDS.includes(item.kind as NoticeKind) ? (item.kind as NoticeKind) : null;
    const facts = item.feedbackId !== null ? await this.notices.facts(item.feedbackId) : null;
    if (notice && !facts) return { reason: 'the PAKN no longer exists' };
    const unit = facts ? await this.units.byId(facts.unitId) : null;
    const unitName = unit?.summary.name ?? '';
    const message = notice && facts
      ? noticeMessage(notice, { facts, unitName, unitSlug: unit?.slug ?? '', link: this.channels.link })
      : (item.message as unknown as OaMessage | null);
    if (!message) return { reason: 'nothing to send' };

    const oaUser = item.recipientKind === 'citizen' ? await this.channels.oaUserOf(item.recipient) : item.recipient;
    if (oaUser && this.channels.sendOa) {
      const last = await this.channels.lastInteraction(oaUser);
      const open = last !== null && now.getTime() - last.getTime() < this.channels.replyWindowHours * 3600_000;
      if (open) {
        try {
          await this.channels.sendOa(oaUser, message);
          return { sent: 'oa' };
        } catch (error) {
          if (!(error instanceof ZaloApiError && error.outsideReplyWindow)) throw error;
        }
      }
    }
    const template = notice ? this.channels.znsTemplates[notice] : undefined;
    if (template && facts && this.channels.sendZns && item.recipientKind === 'citizen') {
      await this.channels.sendZns(facts.contactPhone, template, noticeTemplateData(facts, unitName), `outbox-${item.id}`);
      return { sent: 'zns' };
    }
    return { reason: oaUser ? 'outside the OA reply window, and no ZNS template for it' : 'the recipient is not known on the OA' };
  }
}
