import { describe, expect, it } from 'vitest';
import { InvalidImageError } from '../../../../../../server/src/features/feedback/image/image-error.ts';
import { orientationSegment, readOrientation } from '../../../../../../server/src/features/feedback/image/jpeg.ts';
import { detectImageType, sanitizeImage } from '../../../../../../server/src/features/feedback/image/sanitize-image.ts';
import { exifWithGps, fakeExe, JPEG_SCAN_DATA, tinyJpeg, tinyPng, tinyWebp } from '../../../../../helpers/test-images.ts';

const has = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'utf8'));

describe('image type comes from the bytes, not the name', () => {
  it.each([
    ['JPEG', tinyJpeg(), 'image/jpeg'],
    ['PNG', tinyPng(), 'image/png'],
    ['WebP', tinyWebp(), 'image/webp'],
  ])('recognises %s', (_name, bytes, type) => {
    expect(detectImageType(bytes)).toBe(type);
  });

  it.each([
    ['a Windows executable', fakeExe()],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')],
    ['a PDF', Buffer.from('%PDF-1.7\n', 'latin1')],
    ['HTML', Buffer.from('<html><script>alert(1)</script></html>')],
    ['empty', Buffer.alloc(0)],
  ])('refuses %s', (_name, bytes) => {
    expect(detectImageType(bytes)).toBeNull();
    expect(() => sanitizeImage(bytes)).toThrow(InvalidImageError);
  });

  it('refuses files that only start like an image', () => {
    const jpegHeadThenJunk = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), fakeExe()]);
    expect(() => sanitizeImage(jpegHeadThenJunk)).toThrow(InvalidImageError);
    const truncatedJpeg = tinyJpeg().subarray(0, 120);
    expect(() => sanitizeImage(truncatedJpeg)).toThrow(InvalidImageError);
    const png = tinyPng();
    png[png.length - 20] ^= 0xff; // breaks a CRC
    expect(() => sanitizeImage(png)).toThrow(InvalidImageError);
    const webp = tinyWebp();
    webp.writeUInt32LE(10_000, 4); // RIFF size beyond the file
    expect(() => sanitizeImage(webp)).toThrow(InvalidImageError);
  });
});

describe('JPEG metadata is stripped without re-encoding', () => {
  const original = tinyJpeg({ metadata: true });
  const clean = sanitizeImage(original);

  it('drops EXIF (with GPS), XMP, comments and bytes after EOI', () => {
    expect(has(original, 'Exif')).toBe(true);
    expect(has(clean.bytes, 'Exif')).toBe(false);
    expect(has(clean.bytes, 'GPS')).toBe(false);
    expect(has(clean.bytes, 'xmpmeta')).toBe(false);
    expect(has(clean.bytes, '0912345678')).toBe(false);
    expect(has(clean.bytes, 'trailing')).toBe(false);
  });

  it('keeps JFIF and the image data, from SOI to EOI', () => {
    expect([...clean.bytes.subarray(0, 2)]).toEqual([0xff, 0xd8]);
    expect([...clean.bytes.subarray(-2)]).toEqual([0xff, 0xd9]);
    expect(clean.bytes.subarray(2, 4)).toEqual(Buffer.from([0xff, 0xe0]));
    expect(has(clean.bytes, 'JFIF')).toBe(true);
    expect(clean.bytes.includes(Buffer.concat([Buffer.from([0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0, 63, 0]), JPEG_SCAN_DATA]))).toBe(true);
    expect(clean).toMatchObject({ contentType: 'image/jpeg', extension: 'jpg', width: 8, height: 8 });
  });

  it('is the same bytes as the image built without metadata', () => {
    expect(clean.bytes.equals(tinyJpeg())).toBe(true);
  });

  it('keeps only the rotation, in a minimal EXIF, so phone photos are not shown sideways', () => {
    const rotated = sanitizeImage(tinyJpeg({ metadata: true, orientation: 6 })).bytes;
    expect(has(rotated, 'GPS')).toBe(false);
    expect(rotated.includes(orientationSegment(6))).toBe(true);
    expect(readOrientation(orientationSegment(6).subarray(4))).toBe(6);
    expect(rotated.length).toBe(tinyJpeg().length + orientationSegment(6).length);
  });

  it('reads the orientation of both byte orders', () => {
    expect(readOrientation(exifWithGps(8))).toBe(8);
    expect(readOrientation(Buffer.from('not exif'))).toBeNull();
  });
});

describe('PNG metadata chunks are dropped', () => {
  it('removes tEXt, eXIf and tIME and keeps a valid PNG', () => {
    const clean = sanitizeImage(tinyPng({ metadata: true }));
    expect(has(clean.bytes, 'tEXt')).toBe(false);
    expect(has(clean.bytes, 'eXIf')).toBe(false);
    expect(has(clean.bytes, 'tIME')).toBe(false);
    expect(has(clean.bytes, '0912345678')).toBe(false);
    expect(clean.bytes.equals(tinyPng())).toBe(true);
    expect(clean).toMatchObject({ contentType: 'image/png', extension: 'png', width: 1, height: 1 });
  });
});

describe('WebP metadata chunks are dropped and the container fixed', () => {
  const clean = sanitizeImage(tinyWebp({ metadata: true }));

  it('removes EXIF and XMP and clears their VP8X flags', () => {
    expect(has(clean.bytes, 'EXIF')).toBe(false);
    expect(has(clean.bytes, 'XMP ')).toBe(false);
    expect(has(clean.bytes, 'GPS')).toBe(false);
    expect(clean.bytes.toString('latin1', 12, 16)).toBe('VP8X');
    expect(clean.bytes[20]! & 0x0c).toBe(0);
  });

  it('writes the right RIFF size', () => {
    expect(clean.bytes.readUInt32LE(4)).toBe(clean.bytes.length - 8);
    expect(clean).toMatchObject({ contentType: 'image/webp', extension: 'webp', width: 1, height: 1 });
  });

  it('leaves a simple WebP as it is', () => {
    expect(sanitizeImage(tinyWebp()).bytes.equals(tinyWebp())).toBe(true);
  });
});
