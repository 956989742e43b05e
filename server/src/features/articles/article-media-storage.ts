import crypto from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Article images and audio under DATA_DIR/article-media/<uuid>.<ext>, written to a
 * temporary name, flushed, then renamed, so a crash never leaves half a file.
 */
export class ArticleMediaStorage {
  private readonly root: string;

  constructor(private readonly dataDir: string) {
    this.root = path.join(dataDir, 'article-media');
  }

  async save(id: string, extension: string, bytes: Buffer): Promise<string> {
    const relative = path.join('article-media', `${id}.${extension}`);
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

  /** The file's stream and size, or null when it is gone. */
  async open(relative: string, range?: { start: number; end: number }): Promise<Readable | null> {
    try {
      const handle = await fsp.open(this.absolute(relative), 'r');
      return handle.createReadStream(range ? { start: range.start, end: range.end } : {});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  private absolute(relative: string): string {
    const absolute = path.resolve(this.dataDir, relative);
    if (!absolute.startsWith(this.root + path.sep)) throw new Error('media path outside the article-media folder');
    return absolute;
  }
}
