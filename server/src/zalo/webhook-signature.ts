import crypto from 'node:crypto';

/**
 * Zalo signs each OA webhook event: `X-ZEvent-Signature: mac=<hex>`, hex = SHA-256 of
 * app id + the raw body + the body's `timestamp` + the OA secret key, over the exact bytes received.
 * Compared in constant time.
 */
export function validWebhookSignature(input: { appId: string; oaSecret: string; rawBody: Buffer; timestamp: string; header: string | undefined }): boolean {
  const match = /^mac=([0-9a-f]{64})$/i.exec(input.header?.trim() ?? '');
  if (!match) return false;
  const expected = crypto
    .createHash('sha256')
    .update(Buffer.concat([Buffer.from(input.appId), input.rawBody, Buffer.from(input.timestamp), Buffer.from(input.oaSecret)]))
    .digest();
  return crypto.timingSafeEqual(expected, Buffer.from(match[1], 'hex'));
}
