/**
 * Posts OA webhook events as Zalo does: JSON bodies whose ids and timestamps are strings,
 * signed with `X-ZEvent-Signature: mac=` + SHA-256(app id + raw body + timestamp + OA secret),
 * retried when the answer is not a 200 within 2 seconds, and sometimes delivered twice.
 */
import crypto from 'node:crypto';
import type { FakeZaloApp } from './fake-zalo.ts';

export type ZaloEvent = Record<string, unknown> & { event_name: string; timestamp: string };

let sequence = 0;
const msgId = () => `${crypto.randomBytes(16).toString('hex')}${(sequence++).toString(16)}`;

export class WebhookEmitter {
  constructor(
    private readonly app: FakeZaloApp,
    private readonly webhookUrl: string,
  ) {}

  sign(raw: string, timestamp: string, secret = this.app.oaSecret): string {
    return `mac=${crypto.createHash('sha256').update(this.app.appId + raw + timestamp + secret).digest('hex')}`;
  }

  /** One delivery; `signature` overrides the header (a forger's, or none with null). */
  async post(event: ZaloEvent, options: { signature?: string | null; raw?: string } = {}): Promise<{ status: number; ms: number; body: string }> {
    const raw = options.raw ?? JSON.stringify(event);
    const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'ZaloWebhook/1.0' };
    const signature = options.signature === undefined ? this.sign(raw, event.timestamp) : options.signature;
    if (signature !== null) headers['x-zevent-signature'] = signature;
    const started = performance.now();
    const res = await fetch(this.webhookUrl, { method: 'POST', headers, body: raw, signal: AbortSignal.timeout(2000) }).catch(() => null);
    return { status: res?.status ?? 0, ms: performance.now() - started, body: res ? await res.text() : '' };
  }

  /** Delivers until a 200 (at most `attempts` tries), as Zalo retries. */
  async deliver(event: ZaloEvent, attempts = 3): Promise<number> {
    let status = 0;
    for (let i = 0; i < attempts && status !== 200; i++) status = (await this.post(event)).status;
    return status;
  }

  userSendText(userId: string, text: string): ZaloEvent {
    return this.userEvent('user_send_text', userId, { text, msg_id: msgId() });
  }

  userSendImage(userId: string, imageUrl: string, text?: string): ZaloEvent {
    return this.userEvent('user_send_image', userId, { msg_id: msgId(), ...(text ? { text } : {}), attachments: [{ type: 'image', payload: { thumbnail: imageUrl, url: imageUrl } }] });
  }

  userSendLocation(userId: string, latitude: number, longitude: number): ZaloEvent {
    return this.userEvent('user_send_location', userId, {
      msg_id: msgId(),
      attachments: [{ type: 'location', payload: { coordinates: { latitude: String(latitude), longitude: String(longitude) } } }],
    });
  }

  follow(userId: string, name = 'follow'): ZaloEvent {
    return { app_id: this.app.appId, oa_id: this.app.oaId, event_name: name, follower: { id: userId }, source: 'testing', user_id_by_app: `9${userId.slice(1)}`, timestamp: String(Date.now()) };
  }

  userSubmitInfo(userId: string, info: { name: string; phone: string; address?: string }): ZaloEvent {
    return {
      app_id: this.app.appId,
      event_name: 'user_submit_info',
      sender: { id: userId },
      recipient: { id: this.app.oaId },
      info: { name: info.name, phone: info.phone, address: info.address ?? '', city: '', district: '', ward: '' },
      user_id_by_app: `9${userId.slice(1)}`,
      timestamp: String(Date.now()),
    };
  }

  private userEvent(name: string, userId: string, message: Record<string, unknown>): ZaloEvent {
    return {
      app_id: this.app.appId,
      event_name: name,
      sender: { id: userId },
      recipient: { id: this.app.oaId },
      user_id_by_app: `9${userId.slice(1)}`,
      message,
      timestamp: String(Date.now()),
    };
  }
}
