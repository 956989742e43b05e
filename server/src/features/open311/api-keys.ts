import crypto from 'node:crypto';

/** A new key for a city system: shown once, only its hash is stored. */
export function newApiKey(): string {
  return `o311_${crypto.randomBytes(24).toString('base64url')}`;
}

export function hashApiKey(key: string): string {
  return crypto.createHash('sha256').update(key.trim()).digest('hex');
}
