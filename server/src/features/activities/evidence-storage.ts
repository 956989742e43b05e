import crypto from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { vietnamDay } from '@cchc/shared/plan/periods';

/**
 * Evidence files under DATA_DIR/evidence/<yyyy>/<mm>/<uuid>.<ext>: written to a
 * temporary name, flushed, then renamed, so a crash never leaves half a file under its
 * real name (the same way the PAKN photos are stored).
 */
export class EvidenceStorage {
  private readonly root: string;

  constructor(private readonly dataDir: string) {
    this.root = path.join(dataDir, 'evidence');
  }

  /** Writes the bytes; the path relative to DATA_DIR, as stored in the database. */
  async save(extension: string, bytes: Buffer, at: Date): Promise<string> {
    const [yyyy, mm] = vietnamDay(at).split('-');
    const relative = path.join('evidence', yyyy!, mm!, `${crypto.randomUUID()}.${extension}`);
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

  /** Null when the file is gone. */
  async open(relative: string): Promise<Readable | null> {
    try {
      const handle = await fsp.open(this.absolute(relative), 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  private absolute(relative: string): string {
    const absolute = path.resolve(this.dataDir, relative);
    if (!absolute.startsWith(this.root + path.sep)) throw new Error('evidence path outside the evidence folder');
    return absolute;
  }
}
