import type { Kysely } from 'kysely';
import { normalizeFeedbackCode } from '@cchc/shared/text/feedback-code';
import type { DB } from '../../db/schema.ts';

/** What other features may ask of a PAKN by its code alone: whether it is one of a unit's, and its canonical form. */
export class FeedbackCodes {
  constructor(private readonly db: Kysely<DB>) {}

  /** The code as stored ("PA-2612-6K7ZM") when the unit received a PAKN with it, however it was typed; else null. */
  async ofUnit(unitId: number, typed: string): Promise<string | null> {
    const code = normalizeFeedbackCode(typed);
    if (code === null) return null;
    const row = await this.db.selectFrom('feedback').select('code').where('code', '=', code).where('unit_id', '=', unitId).executeTakeFirst();
    return row?.code ?? null;
  }
}
