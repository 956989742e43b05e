import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Database } from '../../../server/src/db/database.ts';
import { OaMessenger } from '../../../server/src/features/zalo-oa/oa-messenger.ts';
import { OaTokens } from '../../../server/src/features/zalo-oa/oa-tokens.service.ts';
import { OaClient } from '../../../server/src/zalo/oa-client.ts';
import { OauthClient } from '../../../server/src/zalo/oauth-client.ts';
import { openTestDatabase } from '../../helpers/database.ts';
import { startFakeZalo, type FakeZalo } from '../../helpers/fake-zalo/fake-zalo.ts';

const silent = pino({ level: 'silent' });
let database: Database;
let zalo: FakeZalo;
let first: { accessToken: string; refreshToken: string };

/** What one server process builds: its own token cache over the shared database. */
function process_() {
  const tokens = new OaTokens(database.db, new OauthClient(zalo.url, zalo.app.appId, zalo.app.appSecret), zalo.app.oaId, first, silent);
  return { tokens, messenger: new OaMessenger(new OaClient(zalo.url), tokens) };
}

beforeAll(async () => {
  database = await openTestDatabase(inject('template'));
  zalo = await startFakeZalo();
});
afterAll(async () => {
  await zalo.stop();
  await database.close();
});
beforeEach(async () => {
  await database.db.deleteFrom('zalo_oa_tokens').execute();
  first = zalo.issuePair();
});

describe('the OA token pair, shared by every process', () => {
  it('sends with the configured pair, and after a restart still uses the stored one', async () => {
    await process_().messenger.send('2468458835291979220', { type: 'text', text: 'Xin chào' });
    expect(zalo.messages.at(-1)?.accessToken).toBe(first.accessToken);
    expect(zalo.refreshUses).toHaveLength(0);
  });

  it('refreshes an expired access token once, and the message still goes out', async () => {
    const uses = zalo.refreshUses.length;
    const { messenger } = process_();
    await messenger.send('2468458835291979221', { type: 'text', text: 'Lần một' });
    zalo.expireAccessTokens();
    await messenger.send('2468458835291979221', { type: 'text', text: 'Lần hai' });
    expect(zalo.refreshUses.slice(uses)).toEqual([{ token: first.refreshToken, alive: true }]);
    const sent = zalo.messagesTo('2468458835291979221');
    expect(sent.map((m) => m.message.text)).toEqual(['Lần một', 'Lần hai']);
    expect(sent[1].accessToken).not.toBe(first.accessToken);
    const stored = await database.db.selectFrom('zalo_oa_tokens').selectAll().executeTakeFirstOrThrow();
    expect(stored.generation).toBe(1);
    expect(stored.refresh_token).not.toBe(first.refreshToken);
  });

  it('never uses a refresh token twice, with two processes refreshing at the same moment', async () => {
    const uses = zalo.refreshUses.length;
    const a = process_();
    const b = process_();
    await a.messenger.send('2468458835291979222', { type: 'text', text: 'mở đầu' });
    await b.messenger.send('2468458835291979222', { type: 'text', text: 'mở đầu' });
    zalo.expireAccessTokens();
    await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? a : b).messenger.send('2468458835291979222', { type: 'text', text: `tin ${i}` })));
    const used = zalo.refreshUses.slice(uses);
    expect(used).toHaveLength(1);
    expect(used.every((u) => u.alive)).toBe(true);
    expect(zalo.messagesTo('2468458835291979222')).toHaveLength(8);
    // Later, each process learns the rotated pair from the database, not from its memory.
    zalo.expireAccessTokens();
    await a.messenger.send('2468458835291979222', { type: 'text', text: 'sau' });
    await b.messenger.send('2468458835291979222', { type: 'text', text: 'sau nữa' });
    expect(zalo.refreshUses.slice(uses).map((u) => u.alive)).toEqual([true, true]);
  });

  it('refreshes ahead of expiry, so a message does not wait for Zalo to refuse it', async () => {
    const { tokens } = process_();
    await tokens.accessToken();
    const uses = zalo.refreshUses.length;
    await database.db.updateTable('zalo_oa_tokens').set({ access_expires_at: new Date(Date.now() + 60_000) }).execute();
    const later = Date.now() + 10_000; // past the process's few seconds of trust
    const token = await tokens.accessToken(later);
    expect(token).not.toBe(first.accessToken);
    expect(zalo.refreshUses.length).toBe(uses + 1);
  });

  it('does not retry a refusal other than an invalid token', async () => {
    const { messenger } = process_();
    zalo.closeWindow('2468458835291979223');
    await expect(messenger.send('2468458835291979223', { type: 'text', text: 'x' })).rejects.toMatchObject({ outsideReplyWindow: true });
    expect(zalo.refreshUses.filter((u) => u.token === first.refreshToken)).toHaveLength(0);
  });
});
