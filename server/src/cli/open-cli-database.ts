import { loadConfig, ConfigError, type Config } from '../config.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { openDatabase, type Database } from '../db/database.ts';

/** Exit status of a CLI refused because another process (the server) holds the embedded database. */
export const EXIT_LOCKED = 3;

/**
 * The database for a command-line tool. On the embedded engine the tool refuses, with
 * the holder named and what to do instead, while the server (or another tool) has the
 * directory open: two writers on one PGlite directory lose writes silently.
 */
export async function openCliDatabase(command: string): Promise<{ config: Config; database: Database }> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  try {
    return { config, database: await openDatabase(config, command) };
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(EXIT_LOCKED);
    }
    throw error;
  }
}
