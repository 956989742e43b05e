import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { unsatisfiedNotOverdue } from './feedback.repository.ts';

/**
 * What other features read of the citizens' ratings of PAKN (feedback_ratings: every rating
 * ever given, issue 10). The satisfaction feature takes the figures' overdue and adds these.
 */
export class FeedbackRatingsService {
  constructor(private readonly db: Kysely<DB>) {}

  /** PAKN of the range rated "không hài lòng" at least once that the figures do not count as overdue. */
  unsatisfiedNotOverdue(unitIds: number[], from: string, to: string, today: string): Promise<number> {
    return unsatisfiedNotOverdue(this.db, unitIds, { from, to }, today);
  }
}
