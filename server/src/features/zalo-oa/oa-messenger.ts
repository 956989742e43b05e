import type { OaClient } from '../../zalo/oa-client.ts';
import type { OaMessage } from '../../zalo/oa-message.ts';
import { ZaloApiError } from '../../zalo/zalo-errors.ts';
import type { OaTokens } from './oa-tokens.service.ts';

/** Sends OA messages with the shared token: an invalid token is refreshed once and the message sent again. */
export class OaMessenger {
  constructor(
    private readonly client: OaClient,
    private readonly tokens: OaTokens,
  ) {}

  async send(userId: string, message: OaMessage): Promise<{ messageId: string }> {
    const token = await this.tokens.accessToken();
    try {
      return await this.client.sendCs(token, userId, message);
    } catch (error) {
      if (!(error instanceof ZaloApiError && error.tokenInvalid)) throw error;
      return this.client.sendCs(await this.tokens.refreshAfter(token), userId, message);
    }
  }
}
