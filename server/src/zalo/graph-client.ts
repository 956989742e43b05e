import crypto from 'node:crypto';
import { ZaloApiError } from './zalo-errors.ts';
import { callZalo } from './zalo-http.ts';

export interface ZaloUser {
  /** The user's id in our Mini App (app-scoped). */
  id: string;
  name: string;
  /** The same user's id for our OA, when Zalo gives it (OA-scoped). */
  idByOa: string | null;
}

/** Zalo's Graph API, called with a Mini App user's access token. */
export class GraphClient {
  constructor(
    private readonly base: string,
    private readonly appSecret: string,
  ) {}

  /** Who holds this token (the token is proved ours by appsecret_proof). */
  async me(accessToken: string): Promise<ZaloUser> {
    const body = await callZalo<{ id?: string; name?: string; id_by_oa?: string }>('graph.me', `${this.base}/v2.0/me?fields=id,name,id_by_oa`, {
      headers: { access_token: accessToken, appsecret_proof: this.proof(accessToken) },
    });
    if (typeof body.id !== 'string' || body.id === '') throw new ZaloApiError(0, 'answer without a user id', 'graph.me');
    return { id: body.id, name: typeof body.name === 'string' ? body.name : '', idByOa: typeof body.id_by_oa === 'string' && body.id_by_oa ? body.id_by_oa : null };
  }

  /** The phone number behind a getPhoneNumber() token (valid about two minutes), as Zalo writes it (84…). */
  async phoneNumber(accessToken: string, code: string): Promise<string> {
    const body = await callZalo<{ data?: { number?: string } }>('graph.me.info', `${this.base}/v2.0/me/info`, {
      headers: { access_token: accessToken, code, secret_key: this.appSecret },
    });
    const number = body.data?.number;
    if (typeof number !== 'string' || !/^\d{9,15}$/.test(number)) throw new ZaloApiError(0, 'answer without a phone number', 'graph.me.info');
    return number;
  }

  private proof(accessToken: string): string {
    return crypto.createHmac('sha256', this.appSecret).update(accessToken).digest('hex');
  }
}
