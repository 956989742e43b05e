import type { FastifyPluginAsync } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Open311Discovery } from '@cchc/shared/api/open311';
import { NotFoundError } from '../../lib/domain-errors.ts';
import { useErrorHandler } from '../../plugins/errors.ts';
import type { GeoReportService } from './georeport.service.ts';
import { FORMATS, open311Body, XML_TYPE } from './open311-format.ts';
import type { Open311IntakeService } from './open311-intake.service.ts';
import { xmlObject } from './open311-xml.ts';
import { open311Routes } from './open311.routes.ts';

export interface Open311FeatureOptions {
  georeport: GeoReportService;
  intake: Open311IntakeService;
  /** PUBLIC_URL: absolute media links start with it. */
  publicUrl: string;
  /** OPEN311_CONTACT: the contact in service discovery. */
  contact: string;
}

export const OPEN311_PREFIX = '/open311/v2';

const ENDPOINTS =
  'Không có địa chỉ Open311 này. Các địa chỉ (đuôi .xml hoặc .json): discovery, services, services/{service_code}, requests, ' +
  'requests/{service_request_id}, servicerequestupdates.';

/**
 * Open311 GeoReport v2 for city systems, under /open311/: discovery, and the v2
 * endpoints. A request POSTed here is stored by the feedback feature's own
 * SubmissionService (same checks, deadlines, tracking code).
 */
export const open311Feature: FastifyPluginAsync<Open311FeatureOptions> = async (app, { georeport, intake, publicUrl, contact }) => {
  // The one error handler with Open311's body as its variant, for everything under /open311
  // (this plugin is encapsulated: the rest of the API keeps the contract's body).
  useErrorHandler(app, open311Body);
  // Discovery at /open311/discovery.xml, where the specification puts it, and beside the v2 endpoints.
  for (const prefix of ['/open311', OPEN311_PREFIX]) await app.register(discoveryRoutes, { prefix, georeport, endpoint: `${publicUrl}${OPEN311_PREFIX}`, contact });
  await app.register(open311Routes, { prefix: OPEN311_PREFIX, publicUrl, georeport, intake });
  await app.register(async (scope) => {
    scope.setNotFoundHandler({ preHandler: scope.rateLimit({ max: 120, timeWindow: '1 minute' }) }, async () => {
      throw new NotFoundError('NOT_FOUND', ENDPOINTS);
    });
  }, { prefix: '/open311' });
};

const discoveryRoutes: FastifyPluginAsyncTypebox<{ georeport: GeoReportService; endpoint: string; contact: string }> = async (
  app,
  { georeport, endpoint, contact },
) => {
  for (const format of FORMATS) {
    app.get(`/discovery.${format}`, {
      config: { rateLimit: { max: 300, timeWindow: '1 minute' } },
      schema: {
        tags: ['Open311 GeoReport v2'],
        summary: `Khám phá dịch vụ (service discovery): địa chỉ, định dạng, liên hệ (${format})`,
        response: { 200: format === 'json' ? Open311Discovery : { type: 'string' } },
      },
    }, async (_request, reply) => {
      const discovery = georeport.discovery(endpoint, contact);
      if (format === 'json') return discovery;
      const { endpoints, ...rest } = discovery;
      return reply.type(XML_TYPE).send(xmlObject('discovery', {
        ...rest,
        endpoints: { endpoint: endpoints.map(({ formats, ...e }) => ({ ...e, formats: { format: formats } })) },
      }));
    });
  }
};
