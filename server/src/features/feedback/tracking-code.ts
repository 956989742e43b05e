import crypto from 'node:crypto';
import type { FeedbackKindT } from '@cchc/shared/api/feedback';
import { vietnamDay } from '@cchc/shared/calendar/working-days';

/** Read out on the phone: no 0/O or 1/I to confuse. 32 symbols, so one byte's low 5 bits pick one without bias. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const CODE_RANDOM_LENGTH = 5;
const ACCESS_KEY_LENGTH = 10;

export const FEEDBACK_CODE = /^(PA|KN)-\d{4}-[2-9A-HJ-NP-Z]{5}$/;

function symbols(bytes: Uint8Array, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += CODE_ALPHABET[bytes[i]! & 31];
  return out;
}

/** "PA-2611-7K3M9": PA for phản ánh, KN for kiến nghị, the year and month received (Vietnam time), 5 random symbols. */
export function newFeedbackCode(kind: FeedbackKindT, at: Date, random: (n: number) => Uint8Array = crypto.randomBytes): string {
  const day = vietnamDay(at);
  const yymm = day.slice(2, 4) + day.slice(5, 7);
  return `${kind === 'phan_anh' ? 'PA' : 'KN'}-${yymm}-${symbols(random(CODE_RANDOM_LENGTH), CODE_RANDOM_LENGTH)}`;
}

/**
 * The access key is derived from the code with the server secret, so it is never
 * stored: a replayed submission and "Phản ánh của tôi" recompute it; the database
 * keeps only its hash. Grouped "7K3M9-PQR2X" for reading out.
 */
export function accessKeyFor(secret: Buffer, code: string): string {
  const mac = crypto.createHmac('sha256', secret).update(`access-key:${code}`).digest();
  const key = symbols(mac, ACCESS_KEY_LENGTH);
  return `${key.slice(0, 5)}-${key.slice(5)}`;
}

/** What a citizen typed → the canonical key: case, spaces and dashes do not matter. */
export function normalizeAccessKey(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function hashAccessKey(key: string): string {
  return crypto.createHash('sha256').update(normalizeAccessKey(key)).digest('hex');
}

const DUMMY_HASH = hashAccessKey('NOT-A-KEY');

/** Constant-time check; an unknown code still costs one comparison so timing does not tell it apart. */
export function accessKeyMatches(given: string | undefined, storedHash: string | null): boolean {
  const expected = Buffer.from(storedHash ?? DUMMY_HASH, 'hex');
  const actual = Buffer.from(hashAccessKey(given ?? ''), 'hex');
  return crypto.timingSafeEqual(expected, actual) && storedHash !== null && given !== undefined;
}

/** Lets a citizen's app load their own photo without putting the access key in a URL (URLs are logged). */
export function photoSignature(secret: Buffer, photoId: string): string {
  return crypto.createHmac('sha256', secret).update(`photo:${photoId}`).digest('base64url').slice(0, 22);
}

export function photoSignatureMatches(secret: Buffer, photoId: string, given: string | undefined): boolean {
  const expected = Buffer.from(photoSignature(secret, photoId));
  const actual = Buffer.from(given ?? '');
  return actual.length === expected.length && crypto.timingSafeEqual(expected, actual);
}
