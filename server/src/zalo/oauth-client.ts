import { ZaloApiError } from './zalo-errors.ts';
import { callZalo } from './zalo-http.ts';

export interface OaTokenPair {
  accessToken: string;
  refreshToken: string;
  /** When the access token stops working. */
  expiresAt: Date;
}

interface TokenAnswer {
  access_token?: string;
  refresh_token?: string;
  expires_in?: string | number;
}

/**
 * OA OAuth v4: the first pair from an authorization code, and a new pair from the refresh token.
 * The refresh token is single-use: the answer's pair replaces the old one, which is dead.
 */
export class OauthClient {
  constructor(
    private readonly base: string,
    private readonly appId: string,
    private readonly appSecret: string,
  ) {}

  exchange(code: string, codeVerifier?: string): Promise<OaTokenPair> {
    return this.tokens('oauth.exchange', { code, app_id: this.appId, grant_type: 'authorization_code', ...(codeVerifier ? { code_verifier: codeVerifier } : {}) });
  }

  refresh(refreshToken: string): Promise<OaTokenPair> {
    return this.tokens('oauth.refresh', { refresh_token: refreshToken, app_id: this.appId, grant_type: 'refresh_token' });
  }

  private async tokens(api: string, form: Record<string, string>): Promise<OaTokenPair> {
    const started = Date.now();
    const body = await callZalo<TokenAnswer>(api, `${this.base}/v4/oa/access_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: this.appSecret },
      body: new URLSearchParams(form).toString(),
    });
    const seconds = Number(body.expires_in);
    if (!body.access_token || !body.refresh_token || !Number.isFinite(seconds)) throw new ZaloApiError(0, 'answer without a token pair', api);
    return { accessToken: body.access_token, refreshToken: body.refresh_token, expiresAt: new Date(started + seconds * 1000) };
  }
}
