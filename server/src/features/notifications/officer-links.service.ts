import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { consumeCode, link, linkedAt, linkedOfficers, replaceCode, unlink } from './officer-links.repository.ts';

const CODE_MINUTES = 10;
/** What an officer sends to the OA: "LK 123456" (also "lien ket 123456", "liên kết 123456"). */
const COMMAND = /^(?:lk|li[eê]n ?k[eế]t) ?[:#-]? ?(\d{6})$/;

const hash = (code: string) => crypto.createHash('sha256').update(`officer-zalo-link|${code}`).digest('hex');

/**
 * Officers link their Zalo account to be told of new PAKN and PAKN due tomorrow: the console gives
 * a one-time code (10 minutes), the officer sends "LK <code>" to the OA.
 */
export class OfficerLinksService {
  constructor(private readonly db: Kysely<DB>) {}

  async issueCode(officerId: number, now = new Date()): Promise<{ code: string; expiresAt: Date; command: string }> {
    const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(now.getTime() + CODE_MINUTES * 60_000);
    await replaceCode(this.db, officerId, hash(code), expiresAt);
    return { code, expiresAt, command: `LK ${code}` };
  }

  /** The text is a link command: links the OA user and says so; null when the text is not one. */
  async tryLink(text: string, oaUserId: string): Promise<{ linked: boolean } | null> {
    const match = COMMAND.exec(text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' '));
    if (!match) return null;
    const officerId = await consumeCode(this.db, hash(match[1]));
    if (officerId === null) return { linked: false };
    await link(this.db, officerId, oaUserId);
    return { linked: true };
  }

  async status(officerId: number): Promise<{ linked: boolean; linkedAt: string | null }> {
    const at = await linkedAt(this.db, officerId);
    return { linked: at !== null, linkedAt: at?.toISOString() ?? null };
  }

  unlink(officerId: number): Promise<void> {
    return unlink(this.db, officerId);
  }

  linkedOfficers(unitIds?: number[]) {
    return linkedOfficers(this.db, unitIds);
  }
}
