import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../../server/src/app.ts';
import type { ServiceOverrides } from '../../server/src/composition.ts';
import { loadConfig, type Config } from '../../server/src/config.ts';
import type { Database } from '../../server/src/db/database.ts';
import { openTestDatabase } from './database.ts';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** A built app on a private copy of the seeded template database. */
export async function buildTestApp(overrides: Partial<Config> = {}, logStream?: NodeJS.WritableStream, services?: ServiceOverrides): Promise<TestApp> {
  const database = await openTestDatabase(inject('template'));
  // Uploads and the generated secret go to a private folder, never to ./data.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-test-'));
  const config: Config = { ...loadConfig({}), logLevel: 'silent', staticDir: null, dataDir, ...overrides };
  const app = await buildApp({ config, database, logStream, overrides: services });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
