/**
 * How an officer's reply reaches the citizen, by the conversation's channel. The Mini App's is
 * the transcript itself: the reply is already stored, and the "Hỏi đáp" page shows it on its next
 * poll. The OA's is handed in by the composition root (an OA message through the outbox).
 */
import type { FastifyBaseLogger } from 'fastify';
import type { ChatChannel, OfficerReplyDelivery } from './chatbot.port.ts';

export class ChannelReplyDelivery implements OfficerReplyDelivery {
  constructor(
    private readonly oa: OfficerReplyDelivery | undefined,
    private readonly log: FastifyBaseLogger,
  ) {}

  async deliver(conversation: { sessionId: string; channel: ChatChannel; userKey: string; unitSlug: string }, text: string): Promise<void> {
    if (conversation.channel === 'miniapp') return; // stored in the transcript; the page polls for it
    if (!this.oa) {
      this.log.warn({ sessionId: conversation.sessionId }, 'officer reply to an OA conversation kept in the inbox: no OA delivery is wired');
      return;
    }
    await this.oa.deliver(conversation, text);
  }
}
