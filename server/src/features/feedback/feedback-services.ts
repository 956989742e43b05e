import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/schema.ts';
import { secretKeyProvider } from '../../lib/secret-key.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import { CalendarStore } from '../rules/calendar-store.ts';
import { SubmissionService } from './submission.service.ts';
import { TopicsService } from '../rules/topics.service.ts';

/**
 * The feedback services several features share (the Mini App routes, Open311, the
 * settings that change their rules): one instance each per process, so an edit in
 * the settings reaches them at once.
 */
export function createFeedbackServices(db: Kysely<DB>, units: UnitDirectory, config: Config) {
  const secret = secretKeyProvider(config.secretKey, config.dataDir);
  const calendar = new CalendarStore(db);
  const topics = new TopicsService(db, units, config.urgentWorkingHours);
  return { secret, calendar, topics, submissions: new SubmissionService(db, units, topics, calendar, secret) };
}

export type FeedbackServices = ReturnType<typeof createFeedbackServices>;
