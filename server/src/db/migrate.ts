import fs from 'node:fs/promises';
import path from 'node:path';
import { MIGRATIONS_DIR } from '../paths.ts';
import type { Database } from './database.ts';

export { MIGRATIONS_DIR };


const MIGRATION_FILE = /^\d{3}_[a-z0-9_]+\.sql$/;
// Any constant: serialises concurrent migrators on one PostgreSQL.
const MIGRATION_LOCK = 730125;

/** Applies the pending plain-SQL migrations in order, each in its own transaction. Returns their names. */
export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  await database.execScript(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      name       text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    );`);
  const files = (await fs.readdir(dir)).filter((f) => MIGRATION_FILE.test(f)).sort();
  const applied = new Set(
    (await database.db.selectFrom('schema_migrations').select('name').execute()).map((r) => r.name),
  );
  const done: string[] = [];
  for (const file of files) {
    if (applied.has(file)) continue;
    const body = await fs.readFile(path.join(dir, file), 'utf8');
    // The name is checked by MIGRATION_FILE, so it is safe inside the literal.
    await database.execScript(`
      BEGIN;
      SELECT pg_advisory_xact_lock(${MIGRATION_LOCK});
      ${body}
      ;
      INSERT INTO schema_migrations (name) VALUES ('${file}');
      COMMIT;`);
    done.push(file);
  }
  return done;
}
