import type { FastifyPluginAsync } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/schema.ts';
import type { RateLimits } from '../rate-limits/rate-limits.service.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import { ConsoleActionsService } from './console-actions.service.ts';
import { consoleFeedbackRoutes } from './console.routes.ts';
import { ConsoleService } from './console.service.ts';
import { feedbackRoutes } from './feedback.routes.ts';
import { PhotoService } from './photo.service.ts';
import type { FeedbackServices } from './feedback-services.ts';
import { TrackingService } from './tracking.service.ts';
import { UploadCleanup } from './upload-cleanup.ts';
import { UploadStorage } from './upload-storage.ts';
import { uploadsRoutes } from './uploads.routes.ts';

export interface FeedbackFeatureOptions {
  db: Kysely<DB>;
  units: UnitDirectory;
  config: Config;
  services: FeedbackServices;
  limits: RateLimits;
}

/**
 * Citizen feedback (PAKN): uploads, submission, tracking, the published list and,
 * once officer authentication is registered, the officers' console routes.
 */
export const feedbackFeature: FastifyPluginAsync<FeedbackFeatureOptions> = async (app, { db, units, config, services, limits }) => {

  const { secret, calendar, topics, submissions, uploads } = services;
  const storage = new UploadStorage(config.dataDir);
  const photos = new PhotoService(db, storage, secret);

  await app.register(uploadsRoutes, { uploads, uploadRateLimit: config.uploadRateLimit });
  const cleanup = new UploadCleanup(db, storage, config.uploadTtlMinutes, app.log);
  app.addHook('onReady', async () => cleanup.start(config.uploadCleanupIntervalMs));
  app.addHook('onClose', async () => cleanup.stop());
  await app.register(feedbackRoutes, {
    units,
    topics,
    photos,
    submissions,
    tracking: new TrackingService(db, units, topics, calendar, secret),
    feedbackRateLimit: config.feedbackRateLimit,
    feedbackCitizenRateLimit: config.feedbackCitizenRateLimit,
    limits,
  });
  if (app.hasDecorator('requireOfficer')) {
    const reads = new ConsoleService(db, calendar, photos);
    await app.register(consoleFeedbackRoutes, { reads, actions: new ConsoleActionsService(db, units, topics, calendar, reads) });
  }
};
