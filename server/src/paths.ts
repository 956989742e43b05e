import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the first folder above this file (or the bundle built from it) that holds migrations/. */
function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'migrations'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the migrations/ folder above the server code');
    dir = parent;
  }
  return dir;
}

export const ROOT_DIR = findRoot();
export const MIGRATIONS_DIR = path.join(ROOT_DIR, 'migrations');
export const SEED_DIR = path.join(ROOT_DIR, 'server', 'seed');
export const MINIAPP_DIR = path.join(ROOT_DIR, 'miniapp', 'www');
