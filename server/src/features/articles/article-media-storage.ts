import type { Readable } from 'node:stream';
import { atomicFileStore, type AtomicFileStore } from '../../lib/atomic-file-store.ts';

/** Article images and audio under DATA_DIR/article-media/<uuid>.<ext>, each written whole or not at all. */
export class ArticleMediaStorage {
  private readonly files: AtomicFileStore;

  constructor(dataDir: string) {
    this.files = atomicFileStore(dataDir, 'article-media');
  }

  save(id: string, extension: string, bytes: Buffer): Promise<string> {
    return this.files.write(`${id}.${extension}`, bytes);
  }

  remove(relative: string): Promise<void> {
    return this.files.remove(relative);
  }

  /** The file's stream (a byte range of it, for audio players), or null when it is gone. */
  open(relative: string, range?: { start: number; end: number }): Promise<Readable | null> {
    return this.files.open(relative, range);
  }
}
