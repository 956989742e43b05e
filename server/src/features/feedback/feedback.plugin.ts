import type { FastifyPluginAsync } from 'fastify';
import type { RateLimits } from '../rate-limits/rate-limits.service.ts';
import type { TopicsService } from '../rules/topics.service.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import type { ConsoleActionsService } from './console-actions.service.ts';
import type { TransferAgencies } from '../units/transfer-agencies.service.ts';
import type { AnswerDocumentService } from './answer-document.service.ts';
import { answerDocumentRoutes } from './answer-document.routes.ts';
import { consoleFeedbackRoutes } from './console.routes.ts';
import type { ConsoleService } from './console.service.ts';
import { feedbackRoutes } from './feedback.routes.ts';
import type { PhotoService } from './photo.service.ts';
import type { SubmissionService } from './submission.service.ts';
import type { TrackingService } from './tracking.service.ts';
import type { UploadCleanup } from './upload-cleanup.ts';
import { uploadsRoutes } from './uploads.routes.ts';
import type { UploadsService } from './uploads.service.ts';

export interface FeedbackFeatureOptions {
  units: UnitDirectory;
  limits: RateLimits;
  services: {
    topics: TopicsService;
    photos: PhotoService;
    submissions: SubmissionService;
    tracking: TrackingService;
    uploads: UploadsService;
    cleanup: UploadCleanup;
    consoleReads: ConsoleService;
    consoleActions: ConsoleActionsService;
    transferAgencies: Pick<TransferAgencies, 'list'>;
    answerDocuments: AnswerDocumentService;
  };
  /** Plain values from the config. */
  feedbackRateLimit: number;
  feedbackCitizenRateLimit: number;
  uploadRateLimit: number;
  uploadCleanupIntervalMs: number;
}

/**
 * Citizen feedback (PAKN): uploads, submission, tracking, the published list and,
 * once officer authentication is registered, the officers' console routes.
 */
export const feedbackFeature: FastifyPluginAsync<FeedbackFeatureOptions> = async (app, options) => {
  const { services, units, limits } = options;
  await app.register(uploadsRoutes, { uploads: services.uploads, uploadRateLimit: options.uploadRateLimit });
  app.addHook('onReady', async () => services.cleanup.start(options.uploadCleanupIntervalMs));
  app.addHook('onClose', async () => services.cleanup.stop());
  await app.register(feedbackRoutes, {
    units,
    topics: services.topics,
    photos: services.photos,
    submissions: services.submissions,
    tracking: services.tracking,
    feedbackRateLimit: options.feedbackRateLimit,
    feedbackCitizenRateLimit: options.feedbackCitizenRateLimit,
    limits,
  });
  if (app.hasDecorator('requireOfficer')) {
    await app.register(consoleFeedbackRoutes, { reads: services.consoleReads, actions: services.consoleActions, agencies: services.transferAgencies });
    await app.register(answerDocumentRoutes, { documents: services.answerDocuments, reads: services.consoleReads });
  }
};
