import { callZalo } from './zalo-http.ts';
import { wireMessage, type OaMessage } from './oa-message.ts';

/** The OA's customer-service messages: a reply to a user who wrote to the OA. */
export class OaClient {
  constructor(private readonly base: string) {}

  async sendCs(accessToken: string, userId: string, message: OaMessage): Promise<{ messageId: string }> {
    const body = await callZalo<{ data?: { message_id?: string } }>('oa.message.cs', `${this.base}/v3.0/oa/message/cs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', access_token: accessToken },
      body: JSON.stringify({ recipient: { user_id: userId }, message: wireMessage(message) }),
    });
    return { messageId: String(body.data?.message_id ?? '') };
  }
}
