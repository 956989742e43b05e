import fs from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock.ts';
import type { DB } from './schema.ts';

export type Engine = 'pglite' | 'postgres';

/** The Kysely instance plus what differs between the two engines. */
export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  /** Runs a multi-statement SQL script (migrations); an open transaction is rolled back on error. */
  execScript(script: string): Promise<void>;
  close(): Promise<void>;
}

const INT8 = 20;
const DATE = 1082;

export interface PgliteOptions {
  dataDir?: string;
  /** A data directory dump (from PGlite.dumpDataDir) to start from, for tests. */
  loadDataDir?: Blob | File;
  /** Who opens dataDir ("server", "officer:create"...): named in the lock a second opener is refused with. */
  purpose?: string;
}

export interface PgliteDatabase extends Database {
  pglite: PGlite;
}

export async function openPglite(options: PgliteOptions): Promise<PgliteDatabase> {
  if (options.dataDir) await fs.mkdir(path.dirname(options.dataDir), { recursive: true });
  // One process at a time on a directory: a second one would lose its writes silently.
  const lock = options.dataDir ? acquireDataDirLock(`${options.dataDir}.lock`, options.purpose ?? 'server') : null;
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir,
      parsers: { [INT8]: Number, [DATE]: (value: string) => value },
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    pglite,
    engine: 'pglite',
    execScript: async (script) => {
      try {
        await pglite.exec(script);
      } catch (error) {
        await pglite.exec('ROLLBACK').catch(() => {});
        throw error;
      }
    },
    close: async () => {
      try {
        await db.destroy();
        if (!pglite.closed) await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}

export interface PostgresOptions {
  connectionString: string;
  maxConnections?: number;
}

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 20,
    // Fail fast while the database is down, so the API can answer 503 quickly.
    connectionTimeoutMillis: 2000,
    statement_timeout: 15000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === INT8) return Number;
        if (oid === DATE) return (value: string) => value;
        return pg.types.getTypeParser(oid, format as 'text');
      }) as typeof pg.types.getTypeParser,
    },
  });
  // A client losing its connection (database restart), idle or checked out, must not crash
  // the process: its query fails and the error handler answers 503.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    engine: 'postgres',
    execScript: async (script) => {
      const client = await pool.connect();
      try {
        await client.query(script);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => db.destroy(),
  };
}

/**
 * PostgreSQL when DATABASE_URL is set (any number of processes), else PGlite under
 * DATA_DIR/pgdata, locked by DATA_DIR/pgdata.lock for `purpose` (DataDirLockedError).
 */
export function openDatabase(config: { databaseUrl: string | null; dataDir: string }, purpose = 'server'): Promise<Database> {
  return config.databaseUrl
    ? openPostgres({ connectionString: config.databaseUrl })
    : openPglite({ dataDir: path.join(config.dataDir, 'pgdata'), purpose });
}

/** True when the database answers a trivial query. */
export async function isDatabaseReady(db: Kysely<DB>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
