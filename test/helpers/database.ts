/**
 * Test databases on both engines. The schema and demo data are built once per
 * run into a template: on PGlite a data-directory dump loaded per test file, on
 * PostgreSQL (TEST_DATABASE_URL) a template database cloned per test file.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../server/src/db/database.ts';
import { MIGRATIONS_DIR, migrate } from '../../server/src/db/migrate.ts';
import { SEED_DIR, seedDemo } from '../../server/src/seed/demo-seed.ts';

export const testDatabaseUrl = process.env.TEST_DATABASE_URL || null;

/** Changes whenever a migration or the demo data changes, so a stale template is never reused. */
function templateKey(): string {
  const hash = crypto.createHash('sha256');
  for (const dir of [MIGRATIONS_DIR, SEED_DIR]) {
    for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (fs.statSync(path.join(dir, file)).isFile()) hash.update(file).update(fs.readFileSync(path.join(dir, file)));
    }
  }
  // Seeding code lives in several features: any server source change makes a new template.
  for (const file of fs.readdirSync(path.join(SEED_DIR, '../src'), { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(SEED_DIR, '../src', file);
    if (file.endsWith('.ts')) hash.update(file).update(fs.readFileSync(full));
  }
  return hash.digest('hex').slice(0, 12);
}

export interface TemplateRef {
  engine: 'pglite' | 'postgres';
  /** A dump file (PGlite) or a database name (PostgreSQL). */
  location: string;
}

/** Builds (or reuses) the migrated, seeded template. Runs once, in vitest's global setup. */
export async function prepareTemplate(): Promise<TemplateRef> {
  const key = templateKey();
  if (testDatabaseUrl) {
    const name = `cchc_tpl_${key}`;
    const admin = new pg.Client({ connectionString: testDatabaseUrl });
    await admin.connect();
    try {
      const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
      if (exists.rowCount === 0) {
        const building = `${name}_building`;
        await admin.query(`drop database if exists ${building}`);
        await admin.query(`create database ${building}`);
        const database = await openPostgres({ connectionString: withDatabase(testDatabaseUrl, building) });
        await migrate(database);
        await seedDemo(database.db);
        await database.close();
        await admin.query(`alter database ${building} rename to ${name}`);
      }
    } finally {
      await admin.end();
    }
    return { engine: 'postgres', location: name };
  }
  const file = path.join(os.tmpdir(), `cchc-template-${key}.tar.gz`);
  if (!fs.existsSync(file)) {
    const database = await openPglite({});
    await migrate(database);
    await seedDemo(database.db);
    const dump = await database.pglite.dumpDataDir('gzip');
    const partial = `${file}.${process.pid}`;
    fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(partial, file);
    await database.close();
  }
  return { engine: 'pglite', location: file };
}

/** A private copy of the template for one test file. */
export async function openTestDatabase(template: TemplateRef): Promise<Database> {
  if (template.engine === 'pglite') {
    const bytes = fs.readFileSync(template.location);
    return openPglite({ loadDataDir: new Blob([bytes]) });
  }
  const name = `cchc_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl! });
  await admin.connect();
  await admin.query(`create database ${name} template ${template.location}`);
  await admin.end();
  const database = await openPostgres({ connectionString: withDatabase(testDatabaseUrl!, name), maxConnections: 5 });
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: testDatabaseUrl! });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
