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
/** How long a citizen's photo link works: the tracking page hands out a fresh one on every read. */
export const PHOTO_LINK_SECONDS = 3600;
const PHOTO_LINK_STEP = 300;

/** The expiry (unix seconds) of a link made now: 55–60 minutes ahead, on a 5-minute step so links stay cacheable. */
export function photoLinkExpiry(now = Date.now()): number {
  const earliest = Math.floor(now / 1000) + PHOTO_LINK_SECONDS - PHOTO_LINK_STEP;
  return Math.ceil(earliest / PHOTO_LINK_STEP) * PHOTO_LINK_STEP;
}

/** The signature covers the photo and the expiry: moving the expiry breaks it. */
export function photoSignature(secret: Buffer, photoId: string, expiresAt: number): string {
  return crypto.createHmac('sha256', secret).update(`photo:${photoId}:${expiresAt}`).digest('base64url').slice(0, 22);
}

export function photoSignatureMatches(secret: Buffer, photoId: string, expiresAt: number | undefined, given: string | undefined): boolean {
  if (expiresAt === undefined) return false;
  const expected = Buffer.from(photoSignature(secret, photoId, expiresAt));
  const actual = Buffer.from(given ?? '');
  return actual.length === expected.length && crypto.timingSafeEqual(expected, actual);
}
