import type { FastifyPluginAsync } from 'fastify';
import type { GeoReportService } from './georeport.service.ts';
import { open311Routes } from './open311.routes.ts';

export interface Open311FeatureOptions {
  georeport: GeoReportService;
  /** PUBLIC_URL: absolute media links start with it. */
  publicUrl: string;
}

export const OPEN311_PREFIX = '/open311/v2';

/**
 * Open311 GeoReport v2 for city systems. A request POSTed here is stored by the
 * feedback feature's own SubmissionService (same checks, deadlines, tracking code).
 */
export const open311Feature: FastifyPluginAsync<Open311FeatureOptions> = async (app, { georeport, publicUrl }) => {
  await app.register(open311Routes, { prefix: OPEN311_PREFIX, publicUrl, georeport });
};
