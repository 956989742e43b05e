import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const API_PREFIXES = ['/api/', '/docs', '/open311/', '/zalo/', '/healthz', '/readyz'];

/**
 * Serves the built Mini App. Hashed assets are cached for a year; HTML is
 * revalidated. Deep links (/procedures/1.001193) get index.html.
 */
export const miniappStaticPlugin = fp(async (app: FastifyInstance, { root }: { root: string }) => {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    app.log.warn({ root }, 'Mini App is not built: run "npm run build:miniapp" (npm start does it)');
    return;
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    setHeaders: (res, filePath) => {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.decorate('miniappFallback', true);
});

// Procedure codes contain dots (/procedures/1.000894): only these endings mean a missing file.
const FILE_ENDING = /\.(js|mjs|css|map|json|png|jpe?g|webp|gif|svg|ico|woff2?|ttf|txt|html|xml|webmanifest)$/i;

/** A browser navigation to a screen of the app (deep link), as opposed to an API call or a missing file. */
export function isAppRoute(url: string, method: string): boolean {
  const path = url.split('?')[0];
  return (method === 'GET' || method === 'HEAD') && !API_PREFIXES.some((p) => path.startsWith(p)) && !path.startsWith('/assets/') && !FILE_ENDING.test(path);
}

/** The officers' console is a second entry of the same build. */
export function appEntryFor(url: string): string {
  return /^\/console(\/|\?|$)/.test(url) ? 'console.html' : 'index.html';
}
