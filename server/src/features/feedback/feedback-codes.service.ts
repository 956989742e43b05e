import type { Kysely } from 'kysely';
import { normalizeFeedbackCode } from '@cchc/shared/text/feedback-code';
import type { DB } from '../../db/schema.ts';
import { findCodeInUnit } from './feedback.repository.ts';

/** What other features may ask of a PAKN by its code alone: whether it is one of a unit's, and its canonical form. */
export class FeedbackCodes {
  constructor(private readonly db: Kysely<DB>) {}

  /** The code as stored ("PA-2612-6K7ZM") when the unit received a PAKN with it, however it was typed; else null. */
  async ofUnit(unitId: number, typed: string): Promise<string | null> {
    const code = normalizeFeedbackCode(typed);
    return code === null ? null : findCodeInUnit(this.db, unitId, code);
  }
}
