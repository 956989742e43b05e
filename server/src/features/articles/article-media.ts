import { fileTypeFromBuffer } from 'file-type';
import { MAX_ARTICLE_AUDIO_BYTES, MAX_ARTICLE_IMAGE_BYTES } from '@cchc/shared/api/articles';
import { TooLargeError, UnsupportedMediaError } from '../../lib/domain-errors.ts';
import { InvalidImageError } from '../feedback/image/image-error.ts';
import { sanitizeImage } from '../feedback/image/sanitize-image.ts';

export interface CheckedMedia {
  kind: 'image' | 'audio';
  contentType: string;
  extension: string;
  bytes: Buffer;
}

const AUDIO: Record<string, { contentType: string; extension: string }> = {
  mp3: { contentType: 'audio/mpeg', extension: 'mp3' },
  m4a: { contentType: 'audio/mp4', extension: 'm4a' },
};

export const mediaInvalid = () =>
  new UnsupportedMediaError(
    'UPLOAD_INVALID',
    'Tệp này không phải là ảnh (JPEG, PNG, WebP) hoặc tệp âm thanh (MP3, M4A) hợp lệ. Vui lòng chọn tệp khác.',
  );

/**
 * What an uploaded file really is, by its magic bytes (file-type), never by its name or
 * declared type: an image (metadata such as GPS removed, as for PAKN photos) or an mp3/m4a.
 */
export async function checkMedia(bytes: Buffer): Promise<CheckedMedia> {
  const type = await fileTypeFromBuffer(bytes);
  if (type && (type.ext === 'jpg' || type.ext === 'png' || type.ext === 'webp')) {
    if (bytes.length > MAX_ARTICLE_IMAGE_BYTES) throw new TooLargeError('PAYLOAD_TOO_LARGE', `Ảnh lớn hơn ${MAX_ARTICLE_IMAGE_BYTES / 1024 / 1024} MB. Vui lòng chọn ảnh nhỏ hơn.`);
    try {
      const image = sanitizeImage(bytes);
      return { kind: 'image', contentType: image.contentType, extension: image.extension, bytes: image.bytes };
    } catch (error) {
      if (error instanceof InvalidImageError) throw mediaInvalid();
      throw error;
    }
  }
  const audio = type ? AUDIO[type.ext] : undefined;
  if (audio && (type!.ext !== 'mp3' || hasMpegFrame(bytes))) return { kind: 'audio', ...audio, bytes };
  throw mediaInvalid();
}

/**
 * file-type calls anything that starts with an ID3 tag an mp3; the loudspeakers need real
 * audio, so an MPEG audio frame header must follow the tag (or start the file).
 */
function hasMpegFrame(bytes: Buffer): boolean {
  let at = 0;
  if (bytes.length >= 10 && bytes.toString('latin1', 0, 3) === 'ID3') {
    const size = ((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f);
    at = 10 + size + (bytes[5]! & 0x10 ? 10 : 0);
  }
  // Frame sync (11 bits), a known MPEG version and layer, a bitrate that is not "bad".
  if (at + 4 > bytes.length) return false;
  const [b0, b1, b2] = [bytes[at]!, bytes[at + 1]!, bytes[at + 2]!];
  return b0 === 0xff && (b1 & 0xe0) === 0xe0 && (b1 & 0x18) !== 0x08 && (b1 & 0x06) !== 0 && (b2 & 0xf0) !== 0xf0;
}
