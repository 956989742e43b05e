import type { FastifyPluginAsync } from 'fastify';
import type { UnitDirectory } from '../units/units.service.ts';
import { articlesConsoleRoutes } from './articles-console.routes.ts';
import { articlesRoutes } from './articles.routes.ts';
import type { ArticlesService } from './articles.service.ts';
import type { ReaderCountsService } from './reader-counts.service.ts';

export interface ArticlesFeatureOptions {
  units: UnitDirectory;
  services: { articles: ArticlesService; readers: ReaderCountsService };
  readerRateLimit: number;
}

/** Articles: the Mini App's feed and reader counts, and the console's editor. The reader buffer is flushed on close. */
export const articlesFeature: FastifyPluginAsync<ArticlesFeatureOptions> = async (app, { units, services, readerRateLimit }) => {
  app.addHook('onClose', async () => services.readers.close());
  await app.register(articlesRoutes, { articles: services.articles, readers: services.readers, units, readerRateLimit });
  if (app.hasDecorator('requireOfficer')) await app.register(articlesConsoleRoutes, { articles: services.articles, units });
};
