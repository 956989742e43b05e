import type { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../lib/app-error.ts';
import { findPhotoFile } from './feedback.repository.ts';
import { photoSignatureMatches } from './tracking-code.ts';
import type { UploadStorage } from './upload-storage.ts';

export interface PhotoFile {
  contentType: string;
  stream: Readable;
}

/** The 200 answer of the photo routes, for the docs: the file itself. */
export const PhotoBytes = Type.Unsafe<Readable>({ type: 'string', format: 'binary', description: 'Ảnh JPEG, PNG hoặc WebP' });

export const photoNotFound = () => new AppError(404, 'NOT_FOUND', 'Không tìm thấy ảnh này hoặc ảnh không được công khai.');

/** Who may see a PAKN photo: its sender (signed link), anyone once published and approved; officers go through the console. */
export class PhotoService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly storage: UploadStorage,
    private readonly secret: () => Promise<Buffer>,
  ) {}

  async forCitizen(code: string, photoId: string, signature: string | undefined): Promise<PhotoFile> {
    const file = await findPhotoFile(this.db, photoId);
    if (!file || file.code !== code.trim().toUpperCase() || !photoSignatureMatches(await this.secret(), photoId, signature)) throw photoNotFound();
    return this.open(file);
  }

  async published(photoId: string): Promise<PhotoFile> {
    const file = await findPhotoFile(this.db, photoId);
    if (!file || !file.published || !file.public) throw photoNotFound();
    return this.open(file);
  }

  async open(file: { path: string; content_type: string }): Promise<PhotoFile> {
    const stream = await this.storage.open(file.path);
    if (!stream) throw photoNotFound();
    return { contentType: file.content_type, stream };
  }
}
