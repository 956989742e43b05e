import { InvalidImageError } from './image-error.ts';
import { sanitizeJpeg } from './jpeg.ts';
import { sanitizePng } from './png.ts';
import { sanitizeWebp } from './webp.ts';

export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

export interface SanitizedImage {
  contentType: ImageType;
  extension: 'jpg' | 'png' | 'webp';
  bytes: Buffer;
  width: number;
  height: number;
}

/** The type the bytes really are, by their magic numbers; the file name and declared type are not trusted. */
export function detectImageType(bytes: Buffer): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.readUInt32BE(4) === 0x0d0a1a0a) return 'image/png';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/**
 * A JPEG, PNG or WebP with its metadata (EXIF, GPS, XMP, text) removed and the
 * image data untouched. Throws InvalidImageError for anything else, including a
 * file whose structure does not parse.
 */
export function sanitizeImage(bytes: Buffer): SanitizedImage {
  const type = detectImageType(bytes);
  switch (type) {
    case 'image/jpeg':
      return { contentType: type, extension: 'jpg', ...sanitizeJpeg(bytes) };
    case 'image/png':
      return { contentType: type, extension: 'png', ...sanitizePng(bytes) };
    case 'image/webp':
      return { contentType: type, extension: 'webp', ...sanitizeWebp(bytes) };
    default:
      throw new InvalidImageError('unknown type');
  }
}
