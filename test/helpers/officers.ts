import type { FastifyInstance } from 'fastify';
import { DEFAULT_DEMO_PASSWORD } from '../../server/src/config.ts';

export interface OfficerHeaders {
  cookie: string;
  'x-csrf-token': string;
}

/** Logs a demo officer in; the headers to pass to inject() for console calls (cookie and CSRF token). */
export async function loginAs(app: FastifyInstance, username: string, password = DEFAULT_DEMO_PASSWORD): Promise<OfficerHeaders> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/console/session', payload: { username, password } });
  if (res.statusCode !== 204) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const cookie = String(res.headers['set-cookie']).split(';')[0];
  const me = await app.inject({ method: 'GET', url: '/api/v1/console/me', headers: { cookie } });
  return { cookie, 'x-csrf-token': me.json().csrfToken };
}
