import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../lib/app-error.ts';
import { InvalidImageError } from './image/image-error.ts';
import { sanitizeImage } from './image/sanitize-image.ts';
import type { UploadStorage } from './upload-storage.ts';
import { insertUpload } from './uploads.repository.ts';

export const uploadInvalid = () =>
  new AppError(400, 'UPLOAD_INVALID', 'Tệp gửi lên không phải là ảnh JPEG, PNG hoặc WebP hợp lệ. Vui lòng chọn một ảnh khác.');

/** Photos a citizen attaches to a PAKN: checked to really be images, stripped of metadata, stored, recorded. */
export class UploadsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly storage: UploadStorage,
  ) {}

  async receive(bytes: Buffer, citizenKey: string): Promise<{ id: string }> {
    let image;
    try {
      image = sanitizeImage(bytes);
    } catch (error) {
      if (error instanceof InvalidImageError) throw uploadInvalid();
      throw error;
    }
    const id = crypto.randomUUID();
    const relative = await this.storage.save(id, image.extension, image.bytes, new Date());
    try {
      await insertUpload(this.db, {
        id,
        contentType: image.contentType,
        sizeBytes: image.bytes.length,
        sha256: crypto.createHash('sha256').update(image.bytes).digest('hex'),
        path: relative,
        citizenKey,
      });
    } catch (error) {
      await this.storage.remove(relative).catch(() => {});
      throw error;
    }
    return { id };
  }
}
