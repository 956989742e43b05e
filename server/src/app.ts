import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { activitiesRoutes } from './features/activities/activities.routes.ts';
import { articlesFeature } from './features/articles/articles.plugin.ts';
import { buildServices, type ServiceOverrides } from './composition.ts';
import { catalogRoutes } from './features/catalog/catalog.routes.ts';
import { chatRoutes } from './features/chatbot/chat.routes.ts';
import { inboxRoutes } from './features/chatbot/inbox.routes.ts';
import { catalogAdminRoutes } from './features/catalog/catalog-admin.routes.ts';
import { feedbackFeature } from './features/feedback/feedback.plugin.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { open311Feature } from './features/open311/open311.plugin.ts';
import { plansRoutes } from './features/plans/plans.routes.ts';
import { progressRoutes } from './features/progress/progress.routes.ts';
import { reportsRoutes } from './features/reports/reports.routes.ts';
import { settingsRoutes } from './features/settings/settings.routes.ts';
import { figuresRoutes } from './features/figures/figures.routes.ts';
import { satisfactionConsoleRoutes } from './features/satisfaction/satisfaction-console.routes.ts';
import { surveyRoutes } from './features/satisfaction/survey.routes.ts';
import { unitsRoutes } from './features/units/units.routes.ts';
import { citizenCorsPlugin } from './plugins/citizen-cors.ts';
import { citizenIdentityPlugin } from './plugins/citizen-identity.ts';
import { meRoutes } from './features/citizens/me.routes.ts';
import { docsPlugin } from './plugins/docs.ts';
import { clientErrorHandler } from './plugins/client-errors.ts';
import { errorsPlugin } from './plugins/errors.ts';
import { finiteNumbersAjvPlugin } from './plugins/finite-numbers.ts';
import { rejectNulPlugin } from './plugins/reject-nul.ts';
import { officerAuthPlugin } from './plugins/officer-auth.ts';
import { sessionRoutes } from './features/officers/session.routes.ts';
import { officersRoutes } from './features/officers/officers.routes.ts';
import { open311KeysRoutes } from './features/open311/open311-keys.routes.ts';
import { officerLinksRoutes } from './features/notifications/officer-links.routes.ts';
import { webhookRoutes } from './features/zalo-oa/webhook.routes.ts';
import { requestLogSerializer } from './lib/log-redaction.ts';
import { lazySerializers } from './lib/lazy-serializers.ts';
import { databaseRateLimitStore } from './plugins/rate-limit-store.ts';
import { appEntryFor, isAppRoute, miniappStaticPlugin } from './plugins/miniapp-static.ts';

export interface AppDeps {
  config: Config;
  database: Database;
  /** Where logs go (standard output by default); tests read them to check nothing personal is written. */
  logStream?: NodeJS.WritableStream;
  /** Ports handed to the composition root instead of the wired ones (tests). */
  overrides?: ServiceOverrides;
}

/** Builds the whole server: plugins, then features. Does not listen. */
export async function buildApp({ config, database, logStream, overrides }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(logStream ? { stream: logStream } : {}),
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-access-key"]'],
      // api_key and photo-link signatures in the query string never reach the logs.
      serializers: { req: requestLogSerializer },
    },
    // Off unless TRUST_PROXY names the proxies: X-Forwarded-For from anyone else is ignored.
    trustProxy: config.trustProxy,
    requestTimeout: 30_000,
    // Long values reach the schemas, which answer in Vietnamese, instead of a bare 414.
    routerOptions: { maxParamLength: 1000 },
    // Malformed URLs and headers, caught before routing.
    frameworkErrors: (_error, _request, reply: FastifyReply) =>
      reply.code(400).send({ error: { code: 'VALIDATION_FAILED', message: 'Đường dẫn hoặc tiêu đề yêu cầu không hợp lệ. Vui lòng kiểm tra lại.' } }),
    // The HTTP parser's own errors (431, bad Content-Length, …) in the contract's shape.
    clientErrorHandler,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true }, plugins: [finiteNumbersAjvPlugin] },
    schemaController: { compilersFactory: { buildSerializer: lazySerializers } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // The one composition root: every service, built once.
  const services = buildServices(config, database, app.log, overrides);
  const { units, catalog, limits } = services;

  // External plugins first, then the app's own, then the routes (fastify/demo's order).
  await app.register(errorsPlugin);
  await app.register(rejectNulPlugin);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(citizenCorsPlugin, { origins: config.corsOrigins });
  await app.register(rateLimit, {
    global: false,
    store: databaseRateLimitStore(limits),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: `Bạn thao tác quá nhanh. Vui lòng thử lại sau ${Math.ceil(context.ttl / 1000)} giây.`,
    }),
  });
  await app.register(docsPlugin, { publicUrl: config.publicUrl });
  await app.register(officerAuthPlugin, { resolveSession: (token: string) => services.sessions.resolve(token) });
  const { zaloIdentity } = services;
  await app.register(citizenIdentityPlugin, {
    resolve: zaloIdentity ? (token: string, deviceKey: string | null) => zaloIdentity.resolve(token, deviceKey) : null,
  });

  await app.register(healthRoutes, { databaseReady: services.databaseReady });
  await app.register(unitsRoutes, { units });
  await app.register(catalogRoutes, { catalog, searchRateLimit: config.searchRateLimit });
  await app.register(sessionRoutes, { sessions: services.sessions, httpsPublicUrl: config.publicUrl.startsWith('https://') });
  await app.register(officersRoutes, { accounts: services.accounts });
  await app.register(meRoutes, { citizens: services.citizens, identity: zaloIdentity });
  await app.register(feedbackFeature, {
    units,
    limits,
    services: services.feedback,
    feedbackRateLimit: config.feedbackRateLimit,
    feedbackCitizenRateLimit: config.feedbackCitizenRateLimit,
    uploadRateLimit: config.uploadRateLimit,
    uploadCleanupIntervalMs: config.uploadCleanupIntervalMs,
  });
  await app.register(chatRoutes, { chatbot: services.chatbot, inbox: services.chatInbox, chatRateLimit: config.chatRateLimit });
  await app.register(inboxRoutes, { inbox: services.chatInbox, units });
  await app.register(settingsRoutes, { units, ...services.settings });
  await app.register(catalogAdminRoutes, { ...services.catalogAdmin, units });
  await app.register(figuresRoutes, { units, figures: services.figures });
  await app.register(surveyRoutes, {
    survey: services.satisfaction.survey,
    satisfaction: services.satisfaction.figures,
    limits,
    surveyRateLimit: config.surveyRateLimit,
    surveyCitizenRateLimit: config.surveyCitizenRateLimit,
  });
  await app.register(satisfactionConsoleRoutes, { units, satisfaction: services.satisfaction.figures, sets: services.satisfaction.sets });
  await app.register(open311Feature, {
    georeport: services.georeport,
    intake: services.open311Intake,
    publicUrl: config.publicUrl,
    contact: config.open311Contact,
  });
  await app.register(open311KeysRoutes, { keys: services.open311Keys });
  await app.register(plansRoutes, { plans: services.plans, units });
  await app.register(activitiesRoutes, { activities: services.activities, units });
  await app.register(articlesFeature, { units, services: services.articles, readerRateLimit: config.readerRateLimit });
  await app.register(progressRoutes, { progress: services.progress, units });
  await app.register(reportsRoutes, { units, ...services.reports });
  await app.register(officerLinksRoutes, { links: services.officerLinks, available: services.zalo.events !== null });
  if (services.zalo.events) await app.register(webhookRoutes, { events: services.zalo.events });
  app.addHook('onReady', async () => {
    services.zalo.runners.events?.start();
    services.zalo.runners.outbox?.start();
    services.zalo.reminders?.start();
  });
  app.addHook('onClose', async () => {
    services.zalo.reminders?.stop();
    await services.zalo.runners.events?.stop();
    await services.zalo.runners.outbox?.stop();
  });

  if (config.staticDir) await app.register(miniappStaticPlugin, { root: config.staticDir });

  app.setNotFoundHandler(
    { preHandler: app.rateLimit({ max: 120, timeWindow: '1 minute' }) },
    (request, reply) => {
      if (app.hasDecorator('miniappFallback') && isAppRoute(request.url, request.method)) {
        return reply.header('cache-control', 'no-cache').sendFile(appEntryFor(request.url));
      }
      return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy địa chỉ này. Vui lòng kiểm tra lại đường dẫn.' } });
    },
  );

  return app;
}
