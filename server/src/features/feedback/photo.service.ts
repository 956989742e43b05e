import type { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { ForbiddenError, NotFoundError } from '../../lib/domain-errors.ts';
import { findPhotoFile } from './feedback.repository.ts';
import { PHOTO_LINK_SECONDS, photoSignatureMatches } from './tracking-code.ts';
import type { UploadStorage } from './upload-storage.ts';

export interface PhotoFile {
  contentType: string;
  stream: Readable;
}

/** The 200 answer of the photo routes, for the docs: the file itself. */
export const PhotoBytes = Type.Unsafe<Readable>({ type: 'string', format: 'binary', description: 'Ảnh JPEG, PNG hoặc WebP' });

export const photoNotFound = () => new NotFoundError('NOT_FOUND', 'Không tìm thấy ảnh này hoặc ảnh không được công khai.');

export const photoLinkExpired = () =>
  new ForbiddenError('FORBIDDEN', 'Đường dẫn ảnh đã hết hạn. Vui lòng mở lại phản ánh trong mục "Phản ánh của tôi" để xem ảnh.');

/** Who may see a PAKN photo: its sender (signed link), anyone once published and approved; officers go through the console. */
export class PhotoService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly storage: UploadStorage,
    private readonly secret: () => Promise<Buffer>,
  ) {}

  /** The sender's photo through a signed link; `maxAgeSeconds` is what is left of the link's life. */
  async forCitizen(code: string, photoId: string, expiresAt: number | undefined, signature: string | undefined): Promise<PhotoFile & { maxAgeSeconds: number }> {
    const file = await findPhotoFile(this.db, photoId);
    if (!file || file.code !== code.trim().toUpperCase() || !photoSignatureMatches(await this.secret(), photoId, expiresAt, signature)) throw photoNotFound();
    const left = expiresAt! - Math.floor(Date.now() / 1000);
    if (left <= 0) throw photoLinkExpired();
    return { ...(await this.open(file)), maxAgeSeconds: Math.min(left, PHOTO_LINK_SECONDS) };
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
