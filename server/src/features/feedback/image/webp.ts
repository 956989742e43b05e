import { checkDimensions, InvalidImageError, type CleanImage } from './image-error.ts';

const METADATA_CHUNKS = new Set(['EXIF', 'XMP ']);
const IMAGE_CHUNKS = new Set(['VP8 ', 'VP8L', 'ANMF']);
// VP8X flag bits announcing the metadata chunks that are removed.
const EXIF_FLAG = 0x08;
const XMP_FLAG = 0x04;

/**
 * Rewrites a WebP without its EXIF and XMP chunks, clearing their VP8X flags and
 * fixing the RIFF size. Bytes beyond the RIFF container are dropped.
 */
export function sanitizeWebp(input: Buffer): CleanImage {
  if (input.length < 20 || input.toString('latin1', 0, 4) !== 'RIFF' || input.toString('latin1', 8, 12) !== 'WEBP') {
    throw new InvalidImageError('not a WebP');
  }
  const riffEnd = 8 + input.readUInt32LE(4);
  if (riffEnd > input.length || riffEnd < 20) throw new InvalidImageError('bad RIFF size');

  const chunks: Buffer[] = [];
  let size: { width: number; height: number } | null = null;
  let sawImage = false;
  let pos = 12;
  while (pos < riffEnd) {
    if (pos + 8 > riffEnd) throw new InvalidImageError('truncated chunk header');
    const fourcc = input.toString('latin1', pos, pos + 4);
    const length = input.readUInt32LE(pos + 4);
    const end = pos + 8 + length + (length % 2);
    if (pos + 8 + length > riffEnd) throw new InvalidImageError('bad chunk length');
    const data = input.subarray(pos + 8, pos + 8 + length);

    if (size === null) {
      size = firstChunkSize(fourcc, data);
    } else if (fourcc === 'VP8X') {
      throw new InvalidImageError('VP8X must come first');
    }
    if (IMAGE_CHUNKS.has(fourcc)) sawImage = true;
    if (!METADATA_CHUNKS.has(fourcc)) chunks.push(Buffer.from(input.subarray(pos, Math.min(end, riffEnd))));
    pos = end;
  }
  if (!size || !sawImage) throw new InvalidImageError('no image data');
  checkDimensions(size.width, size.height);

  const first = chunks[0]!;
  if (first.toString('latin1', 0, 4) === 'VP8X') first[8] = first[8]! & ~(EXIF_FLAG | XMP_FLAG);
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + body.length, 4);
  header.write('WEBP', 8, 'latin1');
  return { bytes: Buffer.concat([header, body]), ...size };
}

function firstChunkSize(fourcc: string, data: Buffer): { width: number; height: number } {
  if (fourcc === 'VP8X') {
    if (data.length < 10) throw new InvalidImageError('bad VP8X');
    return { width: 1 + data.readUIntLE(4, 3), height: 1 + data.readUIntLE(7, 3) };
  }
  if (fourcc === 'VP8 ') {
    // A key frame: 3-byte frame tag, start code 9D 01 2A, then 14-bit width and height.
    if (data.length < 10 || data[3] !== 0x9d || data[4] !== 0x01 || data[5] !== 0x2a) throw new InvalidImageError('bad VP8');
    return { width: data.readUInt16LE(6) & 0x3fff, height: data.readUInt16LE(8) & 0x3fff };
  }
  if (fourcc === 'VP8L') {
    if (data.length < 5 || data[0] !== 0x2f) throw new InvalidImageError('bad VP8L');
    const bits = data.readUInt32LE(1);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
  }
  throw new InvalidImageError('unknown first chunk');
}
