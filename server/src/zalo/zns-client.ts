import { callZalo } from './zalo-http.ts';

export interface ZnsMessage {
  /** Vietnamese mobile number in any usual writing (0912 345 678, +84 912…): sent as 84…. */
  phone: string;
  templateId: string;
  templateData: Record<string, string>;
  /** Our id for the message, echoed in Zalo's delivery events. */
  trackingId: string;
}

/** Zalo Notification Service: a registered template sent to a phone number, outside the chat. */
export class ZnsClient {
  constructor(private readonly base: string) {}

  async send(accessToken: string, message: ZnsMessage): Promise<{ messageId: string }> {
    const body = await callZalo<{ data?: { msg_id?: string } }>('zns.template', `${this.base}/message/template`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', access_token: accessToken },
      body: JSON.stringify({ phone: znsPhone(message.phone), template_id: message.templateId, template_data: message.templateData, tracking_id: message.trackingId }),
    });
    return { messageId: String(body.data?.msg_id ?? '') };
  }
}

/** "0912 345 678", "+84 912 345 678" → "84912345678". */
export function znsPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.startsWith('84')) return digits;
  if (digits.startsWith('0')) return `84${digits.slice(1)}`;
  return digits;
}
