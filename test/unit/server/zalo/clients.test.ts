import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphClient } from '../../../../server/src/zalo/graph-client.ts';
import { OaClient } from '../../../../server/src/zalo/oa-client.ts';
import { OauthClient } from '../../../../server/src/zalo/oauth-client.ts';
import { ZaloApiError } from '../../../../server/src/zalo/zalo-errors.ts';
import { ZnsClient, znsPhone } from '../../../../server/src/zalo/zns-client.ts';
import { startFakeZalo, type FakeZalo } from '../../../helpers/fake-zalo/fake-zalo.ts';

let zalo: FakeZalo;
beforeAll(async () => (zalo = await startFakeZalo()));
afterAll(() => zalo.stop());

const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a ZaloApiError'); }, (e: unknown) => e as ZaloApiError);

describe('the Zalo clients against the fake Zalo', () => {
  it('send an OA message that Zalo records, and map error answers given with HTTP 200', async () => {
    const { accessToken } = zalo.issuePair();
    const oa = new OaClient(zalo.url);
    const sent = await oa.sendCs(accessToken, '2468458835291979220', { type: 'text', text: 'Chào bạn' });
    expect(sent.messageId).not.toBe('');
    expect(zalo.messagesTo('2468458835291979220').at(-1)?.message).toEqual({ text: 'Chào bạn' });

    const invalid = await failure(oa.sendCs('not-a-token', '2468458835291979220', { type: 'text', text: 'Chào' }));
    expect(invalid).toBeInstanceOf(ZaloApiError);
    expect(invalid.tokenInvalid).toBe(true);
    expect(invalid.message).not.toContain('not-a-token');

    zalo.closeWindow('111');
    expect((await failure(oa.sendCs(accessToken, '111', { type: 'text', text: 'Chào' }))).outsideReplyWindow).toBe(true);
  });

  it('refresh the OA pair: the new pair works, the old refresh token is dead', async () => {
    const first = zalo.issuePair();
    const oauth = new OauthClient(zalo.url, zalo.app.appId, zalo.app.appSecret);
    const next = await oauth.refresh(first.refreshToken);
    expect(next.refreshToken).not.toBe(first.refreshToken);
    expect(next.expiresAt.getTime()).toBeGreaterThan(Date.now() + 24 * 3600_000);
    await new OaClient(zalo.url).sendCs(next.accessToken, '2468458835291979221', { type: 'text', text: 'ok' });
    const again = await failure(oauth.refresh(first.refreshToken));
    expect(again.code).toBe(-14014);
    expect(await failure(new OauthClient(zalo.url, zalo.app.appId, 'wrong').refresh(next.refreshToken))).toBeInstanceOf(ZaloApiError);
    const exchanged = await oauth.exchange(zalo.authorizationCode());
    expect(exchanged.accessToken).not.toBe('');
  });

  it('learn who a Mini App user is (with appsecret_proof) and decode their phone token', async () => {
    const user = zalo.addUser({ name: 'Nguyễn Thị Hoa' });
    const graph = new GraphClient(zalo.url, zalo.app.appSecret);
    expect(await graph.me(user.accessToken)).toEqual({ id: user.id, name: 'Nguyễn Thị Hoa', idByOa: user.idByOa });
    expect(await graph.phoneNumber(user.accessToken, zalo.phoneToken(user.accessToken, '84912345678'))).toBe('84912345678');
    expect(await failure(new GraphClient(zalo.url, 'wrong-secret').me(user.accessToken))).toBeInstanceOf(ZaloApiError);
    expect(await failure(graph.phoneNumber(user.accessToken, 'made-up'))).toBeInstanceOf(ZaloApiError);
  });

  it('send a ZNS template to the number as 84…', async () => {
    const { accessToken } = zalo.issuePair();
    zalo.addTemplate('301234', ['ma_pakn', 'trang_thai']);
    await new ZnsClient(zalo.url).send(accessToken, { phone: '0912 345 678', templateId: '301234', templateData: { ma_pakn: 'PA-2026-000123', trang_thai: 'Đã trả lời' }, trackingId: 'n-1' });
    expect(zalo.zns.at(-1)).toMatchObject({ phone: '84912345678', templateId: '301234' });
    expect(znsPhone('+84 912 345 678')).toBe('84912345678');
    const missing = await failure(new ZnsClient(zalo.url).send(accessToken, { phone: '0912345678', templateId: '301234', templateData: { ma_pakn: 'x' }, trackingId: 'n-2' }));
    expect(missing.code).toBe(-201);
  });

  it('turn a network failure into a transient error', async () => {
    const error = await failure(new OaClient('http://127.0.0.1:9').sendCs('t', '1', { type: 'text', text: 'x' }));
    expect(error.transient).toBe(true);
  });
});
