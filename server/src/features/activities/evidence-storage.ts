import crypto from 'node:crypto';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { vietnamDay } from '@cchc/shared/plan/periods';
import { atomicFileStore, type AtomicFileStore } from '../../lib/atomic-file-store.ts';

/** Evidence files under DATA_DIR/evidence/<yyyy>/<mm>/<uuid>.<ext>, each written whole or not at all. */
export class EvidenceStorage {
  private readonly files: AtomicFileStore;

  constructor(dataDir: string) {
    this.files = atomicFileStore(dataDir, 'evidence');
  }

  /** Writes the bytes; the path relative to DATA_DIR, as stored in the database. */
  async save(extension: string, bytes: Buffer, at: Date): Promise<string> {
    const [yyyy, mm] = vietnamDay(at).split('-');
    return this.files.write(path.join(yyyy!, mm!, `${crypto.randomUUID()}.${extension}`), bytes);
  }

  remove(relative: string): Promise<void> {
    return this.files.remove(relative);
  }

  /** Null when the file is gone. */
  open(relative: string): Promise<Readable | null> {
    return this.files.open(relative);
  }
}
