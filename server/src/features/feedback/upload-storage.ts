import crypto from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { vietnamDay } from '@cchc/shared/calendar/working-days';

/**
 * Photo files under DATA_DIR/uploads/<yyyy>/<mm>/<uuid>.<ext>. A file is written
 * to a temporary name, flushed to disk, then renamed, so a crash never leaves a
 * half-written photo under its real name.
 */
export class UploadStorage {
  private readonly root: string;

  constructor(private readonly dataDir: string) {
    this.root = path.join(dataDir, 'uploads');
  }

  /** Writes the bytes; returns the path relative to DATA_DIR, as stored in the database. */
  async save(id: string, extension: string, bytes: Buffer, at: Date): Promise<string> {
    const [yyyy, mm] = vietnamDay(at).split('-');
    const relative = path.join('uploads', yyyy!, mm!, `${id}.${extension}`);
    const target = path.join(this.dataDir, relative);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${crypto.randomBytes(6).toString('hex')}.tmp`;
    const file = await fsp.open(temporary, 'wx', 0o640);
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await fsp.rename(temporary, target);
    return relative;
  }

  async remove(relative: string): Promise<void> {
    await fsp.rm(this.absolute(relative), { force: true });
  }

  /** Opens the file first, so a missing one is an error here rather than halfway through a response. Null when gone. */
  async open(relative: string): Promise<Readable | null> {
    try {
      const handle = await fsp.open(this.absolute(relative), 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Paths come from our own rows, but are still kept inside the uploads folder. */
  private absolute(relative: string): string {
    const absolute = path.resolve(this.dataDir, relative);
    if (!absolute.startsWith(this.root + path.sep)) throw new Error('upload path outside the uploads folder');
    return absolute;
  }
}
