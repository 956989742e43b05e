import { Writable } from 'node:stream';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/src/app.ts';
import type { Chatbot, ChatTurn } from '../../../server/src/features/chatbot/chatbot.port.ts';
import { loadConfig, type Config } from '../../../server/src/config.ts';
import type { Database } from '../../../server/src/db/database.ts';
import { openTestDatabase } from '../../helpers/database.ts';
import type { FakeZalo } from '../../helpers/fake-zalo/fake-zalo.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A chatbot for testing the OA's plumbing: echoes what it got, with one button of each kind. */
export class EchoChatbot implements Chatbot {
  readonly turns: ChatTurn[] = [];
  fail = 0;
  async answer(turn: ChatTurn) {
    this.turns.push(turn);
    if (this.fail > 0) {
      this.fail--;
      throw new Error('the brain crashed');
    }
    const said = turn.text ?? (turn.followed ? 'follow' : turn.location ? 'location' : turn.uploadId ? 'photo' : turn.contact ? 'contact' : '');
    return {
      intent: 'fallback' as const,
      reply: { text: `Đã nhận: ${said}`, buttons: [{ type: 'open' as const, title: 'Mở ứng dụng', path: '/procedures' }, { type: 'phone' as const, title: 'Gọi xã', phone: '0220 3 888 999' }] },
      sessionId: 'test',
    };
  }
}

export interface ZaloApp {
  app: FastifyInstance;
  logs: string[];
  close(): Promise<void>;
}

/** A built app wired to the fake Zalo, on the given database (several apps may share one: processes); null: the real chatbot. */
export async function buildZaloApp(database: Database, zalo: FakeZalo, pair: { accessToken: string; refreshToken: string }, chatbot: Chatbot | null, env: Record<string, string> = {}): Promise<ZaloApp> {
  const logs: string[] = [];
  const logStream = new Writable({ write: (chunk, _enc, done) => (logs.push(String(chunk)), done()) });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-zalo-'));
  const base = loadConfig({ ...zalo.env(pair), ZALO_OA_UNIT: 'binh-giang', ...env });
  const config: Config = { ...base, logLevel: 'info', staticDir: null, dataDir };
  const app = await buildApp({ config, database, logStream, overrides: chatbot ? { chatbot } : {} });
  await app.ready();
  return {
    app,
    logs,
    close: async () => {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const openDatabase = () => openTestDatabase(inject('template'));

export async function until<T>(what: string, read: () => T | Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function postEvent(app: FastifyInstance, raw: string, signature: string | null) {
  return app.inject({
    method: 'POST',
    url: '/zalo/webhook',
    headers: { 'content-type': 'application/json', ...(signature === null ? {} : { 'x-zevent-signature': signature }) },
    payload: raw,
  });
}
