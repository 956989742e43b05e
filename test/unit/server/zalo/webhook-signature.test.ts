import { describe, expect, it } from 'vitest';
import { validWebhookSignature } from '../../../../server/src/zalo/webhook-signature.ts';
import { WebhookEmitter } from '../../../helpers/fake-zalo/webhook-emitter.ts';

const app = { appId: '3604567890123456789', appSecret: 'app-secret', oaId: '1234567890987654321', oaSecret: 'oa-secret-key' };
const emitter = new WebhookEmitter(app, 'http://127.0.0.1:1/zalo/webhook');

describe('the OA webhook signature', () => {
  const event = emitter.userSendText('2468458835291979220', 'xin giấy xác nhận độc thân ở đâu');
  const raw = JSON.stringify(event);
  const check = (rawBody: string, header: string | undefined, timestamp = event.timestamp) =>
    validWebhookSignature({ appId: app.appId, oaSecret: app.oaSecret, rawBody: Buffer.from(rawBody), timestamp, header });

  it('holds for what Zalo signs, over the exact bytes', () => {
    expect(check(raw, emitter.sign(raw, event.timestamp))).toBe(true);
    expect(check(raw, emitter.sign(raw, event.timestamp).toUpperCase().replace('MAC=', 'mac='))).toBe(true);
  });

  it('fails for another body, timestamp or secret, and for a header not of the form mac=<hex>', () => {
    const header = emitter.sign(raw, event.timestamp);
    expect(check(raw.replace('độc thân', 'doc than'), header)).toBe(false);
    expect(check(`${raw} `, header)).toBe(false);
    expect(check(raw, header, String(Number(event.timestamp) + 1))).toBe(false);
    expect(check(raw, emitter.sign(raw, event.timestamp, 'another-secret'))).toBe(false);
    for (const bad of [undefined, '', 'mac=', 'mac=zz', header.slice(4), `${header}00`, 'sha256=' + header.slice(4)]) expect(check(raw, bad)).toBe(false);
  });
});
