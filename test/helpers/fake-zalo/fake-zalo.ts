/**
 * A fake Zalo on loopback for tests and local demos: the OA message, OAuth, Graph and ZNS
 * endpoints with Zalo's wire format, checking what we send as Zalo would (headers, token
 * validity, body shapes, text ≤ 2,000 characters, refresh tokens that die after one use),
 * answering with Zalo's error codes when told to, and recording everything.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { csMessageProblem } from './wire-checks.ts';

export interface FakeZaloApp {
  appId: string;
  appSecret: string;
  oaId: string;
  oaSecret: string;
}

export interface SentMessage {
  userId: string;
  message: Record<string, unknown>;
  accessToken: string;
  messageId: string;
  at: Date;
}

export interface ZnsSent {
  phone: string;
  templateId: string;
  templateData: Record<string, string>;
  trackingId: string;
  at: Date;
}

type Api = 'oa.message.cs' | 'oauth' | 'graph.me' | 'graph.me.info' | 'zns.template';

const OK = { error: 0, message: 'Success' };
const ERR = {
  invalidParams: -201,
  tokenInvalid: -216,
  outsideWindow: -230,
  invalidAppSecret: -14002,
  invalidRefreshToken: -14014,
  invalidCode: -14019,
  graphTokenInvalid: 452,
  znsTemplate: -1124,
};

const random = (bytes = 24) => crypto.randomBytes(bytes).toString('base64url');
const digits = (n = 18) => Array.from({ length: n }, (_, i) => (i === 0 ? 1 + crypto.randomInt(9) : crypto.randomInt(10))).join('');

export class FakeZalo {
  readonly messages: SentMessage[] = [];
  readonly zns: ZnsSent[] = [];
  /** Every refresh token presented, in order, and whether it was alive. */
  readonly refreshUses: { token: string; alive: boolean }[] = [];
  /** Every request refused, with why: a test can assert there were none. */
  readonly refusals: { api: Api; code: number; why: string }[] = [];
  /** How many requests each API received (forced failures and refusals included). */
  readonly calls: Record<Api, number> = { 'oa.message.cs': 0, oauth: 0, 'graph.me': 0, 'graph.me.info': 0, 'zns.template': 0 };

  private readonly access = new Map<string, number>(); // OA access token → expires at (ms)
  private readonly refresh = new Map<string, boolean>(); // refresh token → still alive
  private readonly codes = new Set<string>();
  private readonly users = new Map<string, { id: string; name: string; idByOa: string }>(); // user access token → user
  private readonly phoneCodes = new Map<string, { token: string; number: string; expiresAt: number }>();
  private readonly templates = new Map<string, string[]>();
  private readonly closedWindows = new Set<string>();
  private readonly forced: { api: Api; code: number }[] = [];
  private server: http.Server | null = null;
  private delayMs = 0;
  url = '';

  constructor(readonly app: FakeZaloApp) {}

  async start(port = 0): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections();
  }

  /** The env a server needs to talk to this fake. */
  env(pair: { accessToken: string; refreshToken: string }): Record<string, string> {
    return {
      ZALO_APP_ID: this.app.appId,
      ZALO_APP_SECRET: this.app.appSecret,
      ZALO_OA_ID: this.app.oaId,
      ZALO_OA_SECRET: this.app.oaSecret,
      ZALO_OA_ACCESS_TOKEN: pair.accessToken,
      ZALO_OA_REFRESH_TOKEN: pair.refreshToken,
      ZALO_OA_API_BASE: this.url,
      ZALO_OAUTH_BASE: this.url,
      ZALO_GRAPH_BASE: this.url,
      ZALO_ZNS_BASE: this.url,
    };
  }

  /** A new OA token pair, as the OA admin would get it from Zalo; the access token lives `ttlMs`. */
  issuePair(ttlMs = 25 * 3600_000): { accessToken: string; refreshToken: string; expiresInSeconds: number } {
    const accessToken = random();
    const refreshToken = random(32);
    this.access.set(accessToken, Date.now() + ttlMs);
    this.refresh.set(refreshToken, true);
    return { accessToken, refreshToken, expiresInSeconds: Math.round(ttlMs / 1000) };
  }

  /** An authorization code the OA admin's consent would give. */
  authorizationCode(): string {
    const code = random();
    this.codes.add(code);
    return code;
  }

  /** Every OA access token issued so far stops working (as after ~25 hours). */
  expireAccessTokens(): void {
    for (const token of this.access.keys()) this.access.set(token, 0);
  }

  /** A Mini App user with the access token getAccessToken() would give them. */
  addUser(user: { name: string; id?: string; idByOa?: string }): { accessToken: string; id: string; idByOa: string } {
    const accessToken = random();
    const id = user.id ?? digits();
    const idByOa = user.idByOa ?? digits();
    this.users.set(accessToken, { id, name: user.name, idByOa });
    return { accessToken, id, idByOa };
  }

  /** The token getPhoneNumber() would give that user, valid two minutes (or `ttlMs`: -1 for one already expired) and once. */
  phoneToken(userAccessToken: string, number: string, ttlMs = 120_000): string {
    const code = random();
    this.phoneCodes.set(code, { token: userAccessToken, number, expiresAt: Date.now() + ttlMs });
    return code;
  }

  /** A ZNS template registered for the OA, with the parameters it requires. */
  addTemplate(templateId: string, params: string[]): void {
    this.templates.set(templateId, params);
  }

  /** The user has not written to the OA for too long: replies to them get -230. */
  closeWindow(userId: string): void {
    this.closedWindows.add(userId);
  }

  /** The next `times` calls to `api` answer Zalo's error `code`. */
  failNext(api: Api, code: number, times = 1): void {
    for (let i = 0; i < times; i++) this.forced.push({ api, code });
  }

  /** Every answer waits this long (a slow Zalo). */
  slowDown(ms: number): void {
    this.delayMs = ms;
  }

  messagesTo(userId: string): SentMessage[] {
    return this.messages.filter((m) => m.userId === userId);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    const url = new URL(req.url ?? '/', 'http://fake');
    const header = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    const send = (body: unknown, status = 200) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const refuse = (api: Api, code: number, why: string) => {
      this.refusals.push({ api, code, why });
      send({ error: code, message: why });
    };
    const route = `${req.method} ${url.pathname}`;
    const api: Api | null =
      route === 'POST /v3.0/oa/message/cs' ? 'oa.message.cs'
      : route === 'POST /v4/oa/access_token' ? 'oauth'
      : route === 'GET /v2.0/me' ? 'graph.me'
      : route === 'GET /v2.0/me/info' ? 'graph.me.info'
      : route === 'POST /message/template' ? 'zns.template'
      : null;
    if (!api) return send({ error: 404, message: 'Not found' }, 404);
    this.calls[api] += 1;
    const forced = this.forced.findIndex((f) => f.api === api);
    if (forced >= 0) {
      const [f] = this.forced.splice(forced, 1);
      return send({ error: f.code, message: 'forced by the test' });
    }

    if (api === 'oauth') {
      if (!/^application\/x-www-form-urlencoded/.test(header('content-type') ?? '')) return refuse(api, ERR.invalidParams, 'body must be form-encoded');
      if (header('secret_key') !== this.app.appSecret) return refuse(api, ERR.invalidAppSecret, 'Invalid secret key');
      const form = new URLSearchParams(raw);
      if (form.get('app_id') !== this.app.appId) return refuse(api, ERR.invalidParams, 'Invalid app_id');
      if (form.get('grant_type') === 'refresh_token') {
        const token = form.get('refresh_token') ?? '';
        const alive = this.refresh.get(token) === true;
        this.refreshUses.push({ token, alive });
        if (!alive) return refuse(api, ERR.invalidRefreshToken, 'Invalid refresh token');
        this.refresh.set(token, false);
      } else if (form.get('grant_type') === 'authorization_code') {
        const code = form.get('code') ?? '';
        if (!this.codes.delete(code)) return refuse(api, ERR.invalidCode, 'Invalid authorization code');
      } else {
        return refuse(api, ERR.invalidParams, 'Invalid grant_type');
      }
      const pair = this.issuePair();
      return send({ access_token: pair.accessToken, refresh_token: pair.refreshToken, expires_in: String(pair.expiresInSeconds) });
    }

    if (api === 'graph.me' || api === 'graph.me.info') {
      const token = header('access_token') ?? '';
      const user = this.users.get(token);
      if (!user) return refuse(api, ERR.graphTokenInvalid, 'Invalid access token');
      if (api === 'graph.me') {
        const proof = crypto.createHmac('sha256', this.app.appSecret).update(token).digest('hex');
        if (header('appsecret_proof') !== proof) return refuse(api, ERR.invalidAppSecret, 'Invalid appsecret_proof');
        return send({ id: user.id, name: user.name, id_by_oa: user.idByOa, picture: { data: { url: 'https://s120-ava-talk.zadn.vn/fake.jpg' } }, ...OK });
      }
      if (header('secret_key') !== this.app.appSecret) return refuse(api, ERR.invalidAppSecret, 'Invalid secret key');
      const code = this.phoneCodes.get(header('code') ?? '');
      if (!code || code.token !== token || code.expiresAt < Date.now()) return refuse(api, ERR.invalidCode, 'Invalid or expired code');
      // Each token gives the number once (zmp-sdk: "chỉ có thể truy xuất thông tin được 1 lần").
      this.phoneCodes.delete(header('code') ?? '');
      return send({ data: { number: code.number }, ...OK });
    }

    // OA APIs called with the OA's access token.
    const token = header('access_token') ?? '';
    const expires = this.access.get(token);
    if (expires === undefined || expires <= Date.now()) return refuse(api, ERR.tokenInvalid, 'Access token is invalid');
    if (!/^application\/json/.test(header('content-type') ?? '')) return refuse(api, ERR.invalidParams, 'body must be JSON');
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return refuse(api, ERR.invalidParams, 'body is not JSON');
    }

    if (api === 'oa.message.cs') {
      const problem = csMessageProblem(body);
      if (problem) return refuse(api, ERR.invalidParams, problem);
      const b = body as { recipient: { user_id: string }; message: Record<string, unknown> };
      if (this.closedWindows.has(b.recipient.user_id)) return refuse(api, ERR.outsideWindow, 'User has not interacted with the OA in the last 7 days');
      const messageId = random(16);
      this.messages.push({ userId: b.recipient.user_id, message: b.message, accessToken: token, messageId, at: new Date() });
      return send({ data: { message_id: messageId, user_id: b.recipient.user_id }, ...OK });
    }

    const z = body as { phone?: unknown; template_id?: unknown; template_data?: unknown; tracking_id?: unknown };
    if (typeof z.phone !== 'string' || !/^84\d{9,10}$/.test(z.phone)) return refuse(api, ERR.invalidParams, 'phone must be 84 followed by the number');
    const params = typeof z.template_id === 'string' ? this.templates.get(z.template_id) : undefined;
    if (!params) return refuse(api, ERR.znsTemplate, 'Template does not exist');
    const data = z.template_data;
    if (typeof data !== 'object' || data === null || params.some((p) => typeof (data as Record<string, unknown>)[p] !== 'string')) {
      return refuse(api, ERR.invalidParams, `template_data must give ${params.join(', ')}`);
    }
    if (typeof z.tracking_id !== 'string' || z.tracking_id === '') return refuse(api, ERR.invalidParams, 'tracking_id is required');
    this.zns.push({ phone: z.phone, templateId: z.template_id as string, templateData: data as Record<string, string>, trackingId: z.tracking_id, at: new Date() });
    return send({ data: { msg_id: random(16), sent_time: String(Date.now()) }, ...OK });
  }
}

export async function startFakeZalo(app: Partial<FakeZaloApp> = {}): Promise<FakeZalo> {
  return new FakeZalo({
    appId: app.appId ?? digits(19),
    appSecret: app.appSecret ?? random(15),
    oaId: app.oaId ?? digits(19),
    oaSecret: app.oaSecret ?? random(15),
  }).start();
}
