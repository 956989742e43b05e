import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { moveCitizenFeedback } from './feedback.repository.ts';
import { moveFreeUploads } from './uploads.repository.ts';

/**
 * A device's PAKN (and photos not yet sent) filed under the Zalo citizen who opened the app on
 * it, so "Phản ánh của tôi" shows them with the rest. Idempotent: a second call finds nothing.
 */
export class CitizenLink {
  constructor(private readonly db: Kysely<DB>) {}

  async moveCitizen(fromKey: string, toKey: string): Promise<number> {
    if (!fromKey.startsWith('device:') || !toKey.startsWith('zalo:')) throw new Error('only a device moves to a Zalo citizen');
    return this.db.transaction().execute(async (trx) => {
      const moved = await moveCitizenFeedback(trx, fromKey, toKey);
      await moveFreeUploads(trx, fromKey, toKey);
      return moved;
    });
  }
}
