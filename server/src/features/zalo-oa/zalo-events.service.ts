import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { InvalidInputError, UnauthenticatedError } from '../../lib/domain-errors.ts';
import { validWebhookSignature } from '../../zalo/webhook-signature.ts';
import { envelopeOf } from './zalo-event.ts';
import { insertEvent, lastInteraction } from './zalo-events.repository.ts';

/**
 * The OA webhook's intake: checks Zalo's signature on the exact bytes, then stores the event in
 * the database queue (deduped on its msg_id) before Zalo gets its 200. Handling happens later,
 * in any process (ZaloEventProcessor).
 */
export class ZaloEventsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly app: { appId: string; oaSecret: string },
    private readonly onQueued: () => void,
  ) {}

  async receive(raw: Buffer, signature: string | undefined): Promise<{ queued: boolean; eventName: string }> {
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new InvalidInputError('VALIDATION_FAILED', 'Nội dung sự kiện không phải JSON hợp lệ.');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new InvalidInputError('VALIDATION_FAILED', 'Sự kiện phải là một đối tượng JSON.');
    const envelope = envelopeOf(body as Record<string, unknown>);
    if (!validWebhookSignature({ ...this.app, rawBody: raw, timestamp: envelope.timestamp, header: signature })) {
      throw new UnauthenticatedError('UNAUTHENTICATED', 'Chữ ký sự kiện Zalo không hợp lệ.');
    }
    if (!envelope.eventName) return { queued: false, eventName: '' };
    const queued = await insertEvent(this.db, {
      dedupeKey: envelope.dedupeKey,
      eventName: envelope.eventName.slice(0, 100),
      userId: envelope.userId,
      // PostgreSQL's jsonb holds no NUL character: a user's stray one is dropped, not the event.
      payload: JSON.stringify(body, (_key, value: unknown) => (typeof value === 'string' ? value.replaceAll('\u0000', '') : value)),
    });
    if (queued) this.onQueued();
    return { queued, eventName: envelope.eventName };
  }

  lastInteraction(oaUserId: string): Promise<Date | null> {
    return lastInteraction(this.db, oaUserId);
  }
}
