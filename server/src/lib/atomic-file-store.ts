import crypto from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Files kept under one folder of DATA_DIR (PAKN photos, activity evidence, article media).
 * A file is written to a temporary name in its own folder, flushed to disk, then renamed,
 * so a crash never leaves half a file under its real name and a reader in any process
 * sees either nothing or the whole file. Paths stored in the database are relative to
 * DATA_DIR and are kept inside the folder when read or removed.
 */
export interface AtomicFileStore {
  /** Writes the bytes at <folder>/<name> (name may hold sub-folders); the path relative to DATA_DIR. */
  write(name: string, bytes: Buffer): Promise<string>;
  remove(relative: string): Promise<void>;
  /** Opens the file first, so a missing one is known here rather than halfway through a response. Null when gone. */
  open(relative: string, range?: { start: number; end: number }): Promise<Readable | null>;
}

/**
 * The files of one folder. Plain functions over two paths, no state of their own: each feature's
 * storage (built once in the composition root) makes its own from DATA_DIR.
 */
export function atomicFileStore(dataDir: string, folder: string): AtomicFileStore {
  const root = path.join(dataDir, folder);
  const absolute = (relative: string): string => {
    const full = path.resolve(dataDir, relative);
    if (!full.startsWith(root + path.sep)) throw new Error(`path outside the ${folder} folder`);
    return full;
  };
  return {
    async write(name, bytes) {
      const relative = path.join(folder, name);
      const target = absolute(relative);
      await fsp.mkdir(path.dirname(target), { recursive: true });
      const temporary = `${target}.${crypto.randomBytes(6).toString('hex')}.tmp`;
      try {
        const file = await fsp.open(temporary, 'wx', 0o640);
        try {
          await file.writeFile(bytes);
          await file.sync();
        } finally {
          await file.close();
        }
        await fsp.rename(temporary, target);
      } catch (error) {
        await fsp.rm(temporary, { force: true });
        throw error;
      }
      return relative;
    },
    async remove(relative) {
      await fsp.rm(absolute(relative), { force: true });
    },
    async open(relative, range) {
      try {
        const handle = await fsp.open(absolute(relative), 'r');
        return handle.createReadStream(range ? { start: range.start, end: range.end } : {});
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
