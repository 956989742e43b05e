import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import type { NotificationsService } from './notifications.service.ts';

/**
 * An officer's reply from the console inbox to a citizen who wrote on the OA: an OA message
 * through the outbox (so it retries, respects the reply window, and is never lost).
 */
export class OaOfficerReplies {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly notifications: NotificationsService,
    private readonly units: UnitDirectory,
    private readonly onQueued: () => void,
  ) {}

  async deliver(conversation: { sessionId: string; userKey: string; unitSlug: string }, text: string): Promise<void> {
    if (!conversation.userKey.startsWith('zalo-oa:')) throw new Error('not an OA conversation');
    const unit = await this.units.get(conversation.unitSlug);
    await this.notifications.enqueueMessage(this.db, {
      kind: 'officer_reply',
      unitId: unit.id,
      oaUserId: conversation.userKey.slice('zalo-oa:'.length),
      message: { type: 'text', text: `${unit.summary.name} trả lời:\n${text}` },
      dedupeKey: `officer_reply:${conversation.sessionId}:${crypto.randomUUID()}`,
    });
    this.onQueued();
  }
}
