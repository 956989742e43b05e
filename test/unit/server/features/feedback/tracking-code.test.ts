import { describe, expect, it } from 'vitest';
import {
  accessKeyFor,
  accessKeyMatches,
  CODE_ALPHABET,
  FEEDBACK_CODE,
  hashAccessKey,
  newFeedbackCode,
  normalizeAccessKey,
  photoLinkExpiry,
  photoSignature,
  photoSignatureMatches,
} from '../../../../../server/src/features/feedback/tracking-code.ts';

const secret = Buffer.from('a-test-secret-of-at-least-32-characters');

describe('tracking codes citizens read out on the phone', () => {
  it('has the kind, the year and month in Vietnam, and five unambiguous symbols', () => {
    // 23:30 UTC on 31/10/2026 is already 1/11/2026 in Vietnam.
    const code = newFeedbackCode('phan_anh', new Date('2026-10-31T23:30:00Z'));
    expect(code).toMatch(/^PA-2611-[2-9A-HJ-NP-Z]{5}$/);
    expect(code).toMatch(FEEDBACK_CODE);
    expect(newFeedbackCode('kien_nghi', new Date('2026-01-15T03:00:00Z'))).toMatch(/^KN-2601-/);
  });

  it('never uses 0, O, 1 or I', () => {
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(CODE_ALPHABET).not.toMatch(/[01OI]/);
    const codes = Array.from({ length: 2000 }, () => newFeedbackCode('phan_anh', new Date()));
    expect(codes.every((code) => /^[2-9A-HJ-NP-Z]{5}$/.test(code.slice(-5)))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(1990);
  });

  it('uses every symbol of the alphabet', () => {
    const code = newFeedbackCode('phan_anh', new Date('2026-05-05T00:00:00Z'), () => Uint8Array.from([0, 31, 32, 255, 8]));
    expect(code).toBe(`PA-2605-${CODE_ALPHABET[0]}${CODE_ALPHABET[31]}${CODE_ALPHABET[0]}${CODE_ALPHABET[31]}${CODE_ALPHABET[8]}`);
  });
});

describe('access keys', () => {
  it('are derived from the code and the secret: the same every time, different per code and secret', () => {
    const key = accessKeyFor(secret, 'PA-2611-7K3M9');
    expect(key).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    expect(accessKeyFor(secret, 'PA-2611-7K3M9')).toBe(key);
    expect(accessKeyFor(secret, 'PA-2611-7K3MA')).not.toBe(key);
    expect(accessKeyFor(Buffer.from('another-secret-of-at-least-32-chars!!'), 'PA-2611-7K3M9')).not.toBe(key);
  });

  it('are checked against the stored hash whatever the case, spaces or dashes typed', () => {
    const key = accessKeyFor(secret, 'PA-2611-7K3M9');
    const stored = hashAccessKey(key);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(accessKeyMatches(key, stored)).toBe(true);
    expect(accessKeyMatches(key.toLowerCase().replace('-', ' '), stored)).toBe(true);
    expect(normalizeAccessKey(' ab-cd ef ')).toBe('ABCDEF');
    expect(accessKeyMatches('WRONG-KEYXX', stored)).toBe(false);
    expect(accessKeyMatches(undefined, stored)).toBe(false);
    expect(accessKeyMatches(key, null)).toBe(false);
  });
});

describe('signed photo links', () => {
  it('open one photo until one expiry, and only with the right signature', () => {
    const id = '3f2a8c1e-2b7d-4c1a-9e3f-0a1b2c3d4e5f';
    const exp = 1_800_000_000;
    const sig = photoSignature(secret, id, exp);
    expect(photoSignatureMatches(secret, id, exp, sig)).toBe(true);
    expect(photoSignatureMatches(secret, '3f2a8c1e-2b7d-4c1a-9e3f-0a1b2c3d4e50', exp, sig)).toBe(false);
    expect(photoSignatureMatches(secret, id, exp + 3600, sig)).toBe(false);
    expect(photoSignatureMatches(secret, id, undefined, sig)).toBe(false);
    expect(photoSignatureMatches(secret, id, exp, undefined)).toBe(false);
    expect(photoSignatureMatches(secret, id, exp, 'x')).toBe(false);
  });

  it('expire 55 to 60 minutes after they are made, on a 5-minute step', () => {
    const now = Date.UTC(2026, 11, 2, 5, 3, 17);
    const exp = photoLinkExpiry(now);
    expect(exp % 300).toBe(0);
    expect(exp * 1000 - now).toBeGreaterThanOrEqual(55 * 60_000);
    expect(exp * 1000 - now).toBeLessThanOrEqual(60 * 60_000);
  });
});
