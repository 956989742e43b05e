import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { readZaloConfig } from '../../../server/src/zalo/zalo-config.ts';
import type { FakeZalo } from '../../helpers/fake-zalo/fake-zalo.ts';
import { someAddress } from '../feedback/feedback-fixtures.ts';

/** The server's Zalo configuration pointing at the fake. */
export function zaloConfigFor(zalo: FakeZalo) {
  const problems: string[] = [];
  const config = readZaloConfig(zalo.env(zalo.issuePair()), problems);
  if (!config || problems.length) throw new Error(`fake Zalo config: ${problems.join('; ')}`);
  return config;
}

export interface Who {
  /** getAccessToken()'s token, sent as Bearer. */
  token?: string;
  device?: string;
}

export function citizenHeaders({ token, device }: Who): Record<string, string> {
  const headers: Record<string, string> = {};
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  if (device !== undefined) headers['x-device-id'] = device;
  return headers;
}

export function submitAs(app: FastifyInstance, who: Who, body: unknown) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/units/binh-giang/feedback',
    headers: { ...citizenHeaders(who), 'idempotency-key': crypto.randomUUID() },
    payload: body as object,
    remoteAddress: someAddress(),
  });
}

export function mine(app: FastifyInstance, who: Who) {
  return app.inject({ method: 'GET', url: '/api/v1/feedback/mine', headers: citizenHeaders(who) });
}

export function me(app: FastifyInstance, who: Who) {
  return app.inject({ method: 'GET', url: '/api/v1/me', headers: citizenHeaders(who) });
}

export function sendPhone(app: FastifyInstance, who: Who, phoneToken: string) {
  return app.inject({ method: 'POST', url: '/api/v1/me/phone', headers: citizenHeaders(who), payload: { token: phoneToken } });
}
