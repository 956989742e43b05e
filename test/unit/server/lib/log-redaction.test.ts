import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../../../server/src/lib/log-redaction.ts';

describe('redactUrl', () => {
  it('replaces the values of api_key and sig, whatever their case or encoding, and keeps the rest', () => {
    expect(redactUrl('/open311/v2/requests.json?jurisdiction_id=binh-giang&api_key=abc123')).toBe('/open311/v2/requests.json?jurisdiction_id=binh-giang&api_key=[redacted]');
    expect(redactUrl('/x?API_KEY=abc&sig=def&q=giay+khai+sinh')).toBe('/x?API_KEY=[redacted]&sig=[redacted]&q=giay+khai+sinh');
    expect(redactUrl('/x?api%5Fkey=abc&%73ig=def')).toBe('/x?api%5Fkey=[redacted]&%73ig=[redacted]');
    expect(redactUrl('/x?api_key=a&api_key=b')).toBe('/x?api_key=[redacted]&api_key=[redacted]');
  });

  it('leaves URLs without secrets untouched, malformed escapes included', () => {
    for (const url of ['/api/v1/units', '/api/v1/units?q=%E0%A4', '/x?%E0=1', '/x?a&b=']) expect(redactUrl(url)).toBe(url);
  });
});
