import zlib from 'node:zlib';
import { checkDimensions, InvalidImageError, type CleanImage } from './image-error.ts';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Chunks that carry metadata (EXIF with GPS, free text, the time of last change), never pixels. */
const METADATA_CHUNKS = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

/**
 * Rewrites a PNG without its metadata chunks. Every chunk's CRC is checked, IHDR
 * must come first and IEND last; bytes after IEND are dropped.
 */
export function sanitizePng(input: Buffer): CleanImage {
  if (input.length < SIGNATURE.length || !input.subarray(0, 8).equals(SIGNATURE)) throw new InvalidImageError('not a PNG');
  const kept: Buffer[] = [SIGNATURE];
  let pos = 8;
  let size: { width: number; height: number } | null = null;
  let sawData = false;

  for (;;) {
    if (pos + 12 > input.length) throw new InvalidImageError('truncated');
    const length = input.readUInt32BE(pos);
    const type = input.subarray(pos + 4, pos + 8).toString('latin1');
    const end = pos + 12 + length;
    if (length > 0x7fffffff || end > input.length) throw new InvalidImageError('bad chunk length');
    if (!/^[A-Za-z]{4}$/.test(type)) throw new InvalidImageError('bad chunk type');
    const crc = input.readUInt32BE(end - 4);
    if (zlib.crc32(input.subarray(pos + 4, end - 4)) !== crc) throw new InvalidImageError('bad chunk CRC');
    const data = input.subarray(pos + 8, end - 4);

    if (size === null) {
      if (type !== 'IHDR' || length !== 13) throw new InvalidImageError('IHDR must come first');
      size = { width: data.readUInt32BE(0), height: data.readUInt32BE(4) };
    }
    if (type === 'IDAT') sawData = true;
    if (!METADATA_CHUNKS.has(type)) kept.push(input.subarray(pos, end));
    pos = end;
    if (type === 'IEND') break;
  }
  if (!sawData) throw new InvalidImageError('no image data');
  checkDimensions(size.width, size.height);
  return { bytes: Buffer.concat(kept), ...size };
}
