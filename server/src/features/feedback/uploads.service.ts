import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError, InvalidInputError, RateLimitedError } from '../../lib/domain-errors.ts';
import { InvalidImageError } from './image/image-error.ts';
import { sanitizeImage } from './image/sanitize-image.ts';
import type { UploadStorage } from './upload-storage.ts';
import { insertUpload, lockClientAddress, unattachedUsage } from './uploads.repository.ts';

export const uploadInvalid = () =>
  new InvalidInputError('UPLOAD_INVALID', 'Tệp gửi lên không phải là ảnh JPEG, PNG hoặc WebP hợp lệ. Vui lòng chọn một ảnh khác.');

/** Photos a citizen attaches to a PAKN: checked to really be images, stripped of metadata, stored, recorded. */
export interface UploadLimits {
  /** Minutes an unattached upload is kept. */
  ttlMinutes: number;
  /** Bytes of unattached uploads one client address may hold. */
  quotaBytes: number;
}

export class UploadsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly storage: UploadStorage,
    private readonly limits: UploadLimits,
  ) {}

  async receive(bytes: Buffer, citizenKey: string, clientAddress: string): Promise<{ id: string }> {
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
      await this.db.transaction().execute(async (tx) => {
        await lockClientAddress(tx, clientAddress);
        const usage = await unattachedUsage(tx, clientAddress, this.limits.ttlMinutes);
        if (usage.bytes + image.bytes.length > this.limits.quotaBytes) {
          throw quotaReached(Math.max(1, Math.ceil(this.limits.ttlMinutes * 60 - usage.oldestAgeSeconds)), this.limits.quotaBytes);
        }
        await insertUpload(tx, {
          id,
          contentType: image.contentType,
          sizeBytes: image.bytes.length,
          sha256: crypto.createHash('sha256').update(image.bytes).digest('hex'),
          path: relative,
          citizenKey,
          clientAddress,
        });
      });
    } catch (error) {
      await this.storage.remove(relative).catch(() => {});
      throw error;
    }
    return { id };
  }
}

function quotaReached(retryAfterSeconds: number, quotaBytes: number): DomainError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const megabytes = Math.round(quotaBytes / 1024 / 1024);
  return new RateLimitedError(
    'RATE_LIMITED',
    `Bạn đã tải lên quá nhiều ảnh chưa gửi kèm phản ánh${megabytes >= 1 ? ` (tối đa ${megabytes} MB)` : ''}. ` +
      `Vui lòng gửi phản ánh với các ảnh đã tải, hoặc thử lại sau ${minutes} phút.`,
    retryAfterSeconds,
  );
}
