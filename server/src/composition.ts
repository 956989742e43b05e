import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.ts';
import { isDatabaseReady, type Database } from './db/database.ts';
import { ActivitiesService } from './features/activities/activities.service.ts';
import { EvidenceStorage } from './features/activities/evidence-storage.ts';
import { ArticleMediaStorage } from './features/articles/article-media-storage.ts';
import { ArticlesService } from './features/articles/articles.service.ts';
import { ReaderCountsService } from './features/articles/reader-counts.service.ts';
import { CatalogListsService } from './features/catalog/catalog-lists.service.ts';
import { CatalogService } from './features/catalog/catalog.service.ts';
import { readReferralRules } from './features/catalog/referral-file.ts';
import { ProcedureAdminService } from './features/catalog/procedure-admin.service.ts';
import { CitizensService } from './features/citizens/citizens.service.ts';
import { ZaloIdentity } from './features/citizens/zalo-identity.service.ts';
import { CitizenLink } from './features/feedback/citizen-link.service.ts';
import { ChatbotService } from './features/chatbot/chatbot.service.ts';
import { ChatInboxService } from './features/chatbot/inbox.service.ts';
import { ChannelReplyDelivery } from './features/chatbot/reply-delivery.ts';
import { ConsoleActionsService } from './features/feedback/console-actions.service.ts';
import { TransferAgencies } from './features/units/transfer-agencies.service.ts';
import { AnswerDocumentService } from './features/feedback/answer-document.service.ts';
import { ConsoleService } from './features/feedback/console.service.ts';
import { Open311Reads } from './features/feedback/open311-reads.service.ts';
import { PlansService } from './features/plans/plans.service.ts';
import { ProgressService } from './features/progress/progress.service.ts';
import { PhotoService } from './features/feedback/photo.service.ts';
import { SubmissionService } from './features/feedback/submission.service.ts';
import { feedbackFieldUsage, feedbackTopicUsage } from './features/feedback/topic-usage.service.ts';
import { TrackingService } from './features/feedback/tracking.service.ts';
import { UploadCleanup } from './features/feedback/upload-cleanup.ts';
import { UploadStorage } from './features/feedback/upload-storage.ts';
import { UploadsService } from './features/feedback/uploads.service.ts';
import { SessionService } from './features/officers/auth.service.ts';
import { LoginThrottle } from './features/officers/login-throttle.ts';
import { OfficerAccountsService } from './features/officers/officer-accounts.service.ts';
import { GeoReportService } from './features/open311/georeport.service.ts';
import { Open311Access } from './features/open311/open311-access.ts';
import { Open311IntakeService } from './features/open311/open311-intake.service.ts';
import { Open311KeysService } from './features/open311/open311-keys.service.ts';
import { RateLimits } from './features/rate-limits/rate-limits.service.ts';
import { CalendarSettingsService } from './features/rules/calendar-settings.service.ts';
import { CalendarStore } from './features/rules/calendar-store.ts';
import { DeadlineSettingsService } from './features/rules/deadline-settings.service.ts';
import { TopicSettingsService } from './features/rules/topic-settings.service.ts';
import { TopicsService } from './features/rules/topics.service.ts';
import { ReportDueService } from './features/reports/report-due.service.ts';
import type { ReportSources } from './features/reports/report-sources.ts';
import { ReportsService } from './features/reports/reports.service.ts';
import { FieldsService } from './features/rules/fields.service.ts';
import { PaknFiguresService } from './features/figures/figures.service.ts';
import { ReopenDaysService } from './features/units/reopen-days.service.ts';
import { UnitDirectory } from './features/units/units.service.ts';
import { secretKeyProvider } from './lib/secret-key.ts';
import { FeedbackRatingsService } from './features/feedback/ratings.service.ts';
import { QuestionSetsService } from './features/satisfaction/question-sets.service.ts';
import { SatisfactionService } from './features/satisfaction/satisfaction.service.ts';
import { SurveyService } from './features/satisfaction/survey.service.ts';
import { FeedbackCodes } from './features/feedback/feedback-codes.service.ts';
import type { Chatbot, OfficerReplyDelivery } from './features/chatbot/chatbot.port.ts';
import { FeedbackNotices } from './features/feedback/notices.service.ts';
import { DueReminders } from './features/notifications/due-reminders.ts';
import { NotificationsService } from './features/notifications/notifications.service.ts';
import { OfficerLinksService } from './features/notifications/officer-links.service.ts';
import { OaOfficerReplies } from './features/notifications/oa-officer-replies.ts';
import { OaMessenger } from './features/zalo-oa/oa-messenger.ts';
import { OaTokens } from './features/zalo-oa/oa-tokens.service.ts';
import { ZaloEventProcessor } from './features/zalo-oa/zalo-event-processor.ts';
import { ZaloEventsService } from './features/zalo-oa/zalo-events.service.ts';
import type { QueuedEvent } from './features/zalo-oa/zalo-events.repository.ts';
import type { OutboxItem } from './features/notifications/outbox.repository.ts';
import { QueueRunner } from './jobs/queue-runner.ts';
import { outboxWork } from './jobs/outbox-work.ts';
import { miniAppLink } from './zalo/mini-app-link.ts';
import { OaClient } from './zalo/oa-client.ts';
import { OauthClient } from './zalo/oauth-client.ts';
import { ZnsClient } from './zalo/zns-client.ts';
import { GraphClient } from './zalo/graph-client.ts';

/**
 * The one composition root: every service is built here, once per process, in
 * dependency order (units first, the features that call them after). Route plugins
 * receive these services and plain values, never the database or the config.
 */
/** Ports a test may hand in (small honest fakes of features wired elsewhere). */
export interface ServiceOverrides {
  /** The report's sources: plans, progress, activities, articles, PAKN figures (reports/report-sources.ts). */
  reportSources?: ReportSources;
  /** The chatbot the OA's events go to. */
  chatbot?: Chatbot;
  /** How an officer's inbox reply reaches a citizen on the OA (wired: through the outbox). */
  oaReplyDelivery?: OfficerReplyDelivery;
}

export function buildServices(config: Config, database: Database, log: FastifyBaseLogger, overrides: ServiceOverrides = {}) {
  const { db } = database;
  const units = new UnitDirectory(db);
  const limits = new RateLimits(db);
  const secret = secretKeyProvider(config.secretKey, config.dataDir);

  // rules: topics, deadline rules, the working-day calendar; they clear their own caches.
  const calendar = new CalendarStore(db);
  const topics = new TopicsService(db, units, config.urgentWorkingHours);
  const fields = new FieldsService(db, feedbackFieldUsage);
  const settings = {
    fields,
    topics: new TopicSettingsService(db, feedbackTopicUsage, topics),
    deadlines: new DeadlineSettingsService(db, topics, config.urgentWorkingHours),
    reopen: new ReopenDaysService(db),
    calendar: new CalendarSettingsService(db, calendar),
  };

  const catalog = new CatalogService(db, units, config.catalogRefreshMs, {
    referrals: readReferralRules(config.referralsFile),
    searchCacheSize: config.searchCacheSize,
  });
  const catalogAdmin = { procedures: new ProcedureAdminService(db, catalog), lists: new CatalogListsService(db, catalog) };

  const storage = new UploadStorage(config.dataDir);
  const photos = new PhotoService(db, storage, secret);
  const submissions = new SubmissionService(db, units, topics, calendar, secret);
  const consoleReads = new ConsoleService(db, calendar, photos, units);
  // Where PAKN outside a commune's competence go besides another commune (per province, units feature).
  const transferAgencies = new TransferAgencies(db);
  /** Open311's images go through the same checks and quota as the Mini App's. */
  const uploads = new UploadsService(db, storage, { ttlMinutes: config.uploadTtlMinutes, quotaBytes: config.uploadQuotaBytes });
  const feedback = {
    topics,
    photos,
    submissions,
    tracking: new TrackingService(db, units, topics, calendar, secret),
    uploads,
    cleanup: new UploadCleanup(db, storage, config.uploadTtlMinutes, log),
    consoleReads,
    consoleActions: new ConsoleActionsService(db, units, topics, calendar, consoleReads, fields, transferAgencies),
    transferAgencies,
    answerDocuments: new AnswerDocumentService(db, storage, secret),
  };

  // citizens (issue 9): the Mini App's Zalo users; their Bearer token resolved through Graph
  // (briefly cached), a device's PAKN moved to them by the feedback feature. No Zalo: devices only.
  const citizens = new CitizensService(db);
  const zaloIdentity = config.zalo
    ? new ZaloIdentity(new GraphClient(config.zalo.bases.graph, config.zalo.appSecret), citizens, new CitizenLink(db), log)
    : null;

  // chatbot (issue 9): the brain behind the OA chat and the Mini App's "Hỏi đáp"; it files PAKN
  // through the feedback feature's submission service, like the Mini App.
  const chatbot = new ChatbotService(db, units, catalog, topics, submissions, feedback.tracking);

  // open311: reads over the PAKN, and intake through the feedback feature's own services.
  const open311Access = new Open311Access(db);
  const open311Reads = new Open311Reads(db);

  // figures: PAKN figures read from the summary the database keeps (migration 013).
  const figures = new PaknFiguresService(db, {
    topicNames: (ids) => topics.names(ids),
    fieldNames: (ids) => fields.names(ids),
    unit: async (id) => {
      const unit = await units.byId(id);
      return unit && { slug: unit.slug, name: unit.summary.name };
    },
  });

  // satisfaction (issue 10): the city's question sets, the citizens' responses, the indices
  // (from the sums the database keeps), the PAKN figures and every rating ever given.
  const questionSets = new QuestionSetsService(db, units);
  const satisfaction = {
    sets: questionSets,
    survey: new SurveyService(db, units, questionSets, secret, new FeedbackCodes(db)),
    figures: new SatisfactionService(db, units, questionSets, {
      pakn: figures,
      ratings: new FeedbackRatingsService(db),
      procedures: (slug) => catalog.procedureIndex(slug),
    }),
  };

  // plans (issue 8): a unit's communication plans and their targets.
  const plans = new PlansService(db, units);
  // activities: logged by officers; a CountSource for progress and the report. An
  // activity must fall inside one of the unit's plans.
  const activities = new ActivitiesService(db, new EvidenceStorage(config.dataDir), plans);

  // articles: the feed, the console's editor, reader counts (a CountSource for progress).
  const readers = new ReaderCountsService(db, secret, log);
  const articles = {
    articles: new ArticlesService(db, new ArticleMediaStorage(config.dataDir), (id) => readers.forget(id)),
    readers,
  };

  // progress: the plan's targets against every source of counted facts.
  const counted = [activities, articles.articles];
  const progress = new ProgressService(plans, counted, units);

  // reports: drawn from the plan, progress, counts and PAKN figures of the period.
  const reportSources = {
    counts: counted,
    highlights: activities,
    plans,
    progress,
    pakn: figures,
    satisfaction: {
      figures: async (unitId: number, coveredIds: number[], from: string, to: string) => {
        const named = async (id: number) => {
          const u = (await units.byId(id))!;
          return { id: u.id, slug: u.slug, name: u.summary.name, kind: u.summary.kind };
        };
        return satisfaction.figures.figures(await named(unitId), await Promise.all(coveredIds.map(named)), from, to, 'month');
      },
    },
  };
  const reports = {
    reports: new ReportsService(db, overrides.reportSources ?? reportSources),
    due: new ReportDueService(db, units),
  };

  // Zalo (issue 9): the OA's token pair, its webhook queue, the notifications outbox.
  const zalo = config.zalo;
  const link = (path: string) => miniAppLink(path, { miniAppId: zalo?.miniAppId ?? null, publicUrl: config.publicUrl });
  const oaTokens = zalo
    ? new OaTokens(db, new OauthClient(zalo.bases.oauth, zalo.appId, zalo.appSecret), zalo.oaId,
      zalo.initialAccessToken && zalo.initialRefreshToken ? { accessToken: zalo.initialAccessToken, refreshToken: zalo.initialRefreshToken } : null, log)
    : null;
  const messenger = zalo && oaTokens ? new OaMessenger(new OaClient(zalo.bases.oa), oaTokens) : null;
  const zns = zalo ? new ZnsClient(zalo.bases.zns) : null;
  const runners: { events?: QueueRunner<QueuedEvent>; outbox?: QueueRunner<OutboxItem> } = {};
  const zaloEvents = zalo ? new ZaloEventsService(db, zalo, () => runners.events?.kick()) : null;
  const feedbackNotices = new FeedbackNotices(db);
  const officerLinks = new OfficerLinksService(db);
  const notifications = new NotificationsService(db, feedbackNotices, units, {
    sendOa: messenger ? (user, message) => messenger.send(user, message) : null,
    sendZns: zns && oaTokens
      ? async (phone, templateId, templateData, trackingId) => zns.send(await oaTokens.accessToken(), { phone, templateId, templateData, trackingId })
      : null,
    znsTemplates: zalo?.znsTemplates ?? {},
    replyWindowHours: zalo?.replyWindowHours ?? 48,
    lastInteraction: (user) => zaloEvents?.lastInteraction(user) ?? Promise.resolve(null),
    oaUserOf: (citizenKey) => citizens.oaUserOf(citizenKey),
    link,
  }, log);
  // The console inbox: an officer's reply goes back on the conversation's channel (the OA's through the outbox).
  const chatInbox = new ChatInboxService(db, units, new ChannelReplyDelivery(
    overrides.oaReplyDelivery ?? (zalo ? new OaOfficerReplies(db, notifications, units, () => runners.outbox?.kick()) : undefined), log));
  if (zalo) {
    const oaUnit = async () => {
      const slug = zalo.oaUnit ?? (await units.list()).find((u) => u.kind === 'city')?.slug;
      const unit = await units.get(slug ?? '');
      return { id: unit.id, slug: unit.slug };
    };
    runners.events = new QueueRunner('zalo-events', new ZaloEventProcessor(db, {
      chatbot: overrides.chatbot ?? chatbot,
      unit: oaUnit,
      links: officerLinks,
      notifications,
      receivePhoto: (bytes, citizenKey) => uploads.receive(bytes, citizenKey, 'zalo-oa'),
      limits,
      repliesPerMinute: zalo.repliesPerMinute,
      link,
      onReply: () => runners.outbox?.kick(),
    }, log), log, { pollMs: 500, batch: 20, concurrency: 4 });
  }
  if (zalo) runners.outbox = new QueueRunner('notifications', outboxWork(notifications), log, { pollMs: 1000, batch: 20, concurrency: 4 });
  const zaloServices = {
    events: zaloEvents,
    runners,
    reminders: zalo ? new DueReminders(feedbackNotices, officerLinks, notifications, log) : null,
  };

  return {
    zalo: zaloServices,
    notifications,
    officerLinks,
    units,
    citizens,
    zaloIdentity,
    plans,
    activities,
    articles,
    progress,
    reports,
    figures,
    satisfaction,
    limits,
    catalog,
    catalogAdmin,
    settings,
    feedback,
    chatbot,
    chatInbox,
    sessions: new SessionService(db, new LoginThrottle(limits), config.sessionMaxHours),
    accounts: new OfficerAccountsService(db, units),
    georeport: new GeoReportService(open311Reads, units, topics, open311Access),
    open311Intake: new Open311IntakeService(db, units, topics, submissions, uploads, open311Access, open311Reads),
    open311Keys: new Open311KeysService(db, units),
    databaseReady: () => isDatabaseReady(db),
  };
}

export type Services = ReturnType<typeof buildServices>;
