import { checkDimensions, InvalidImageError, type CleanImage } from './image-error.ts';

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;
const COM = 0xfe;

const isStandalone = (marker: number) => (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01;
/** Start-of-frame markers; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames. */
const isFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/**
 * Rewrites a JPEG without its metadata: APP1–APP15 (EXIF with GPS, XMP, maker
 * notes, MPF) and comments go; APP0 (JFIF), the image data and the rest stay as
 * they are. Two APP segments that only tell how to render the pixels are kept: the
 * ICC colour profile (APP2 "ICC_PROFILE") and Adobe's colour transform (APP14).
 * Phones record rotation in EXIF: a minimal EXIF holding only the orientation is
 * written back so the photo is not shown sideways. Bytes after EOI (often a second
 * image with its own EXIF) are dropped.
 */
export function sanitizeJpeg(input: Buffer): CleanImage {
  if (input.length < 4 || input[0] !== 0xff || input[1] !== SOI) throw new InvalidImageError('not a JPEG');
  const kept: Buffer[] = [];
  let pos = 2;
  let orientation = 1;
  let size: { width: number; height: number } | null = null;
  let sawScan = false;

  for (;;) {
    if (pos >= input.length || input[pos] !== 0xff) throw new InvalidImageError('expected a marker');
    while (pos < input.length && input[pos] === 0xff) pos++;
    if (pos >= input.length) throw new InvalidImageError('truncated');
    const marker = input[pos++]!;
    if (marker === EOI) break;
    if (marker === 0x00) throw new InvalidImageError('stray byte');
    if (isStandalone(marker)) {
      kept.push(Buffer.from([0xff, marker]));
      continue;
    }
    if (pos + 2 > input.length) throw new InvalidImageError('truncated');
    const length = input.readUInt16BE(pos);
    if (length < 2 || pos + length > input.length) throw new InvalidImageError('bad segment length');
    const segment = input.subarray(pos - 2, pos + length);
    const data = input.subarray(pos + 2, pos + length);
    pos += length;

    if (marker === APP1) {
      orientation = readOrientation(data) ?? orientation;
    } else if (marker > APP1 && marker <= 0xef) {
      if (rendersPixels(marker, data)) kept.push(segment);
    } else if (marker !== COM) {
      kept.push(segment);
    }

    if (isFrame(marker)) {
      if (data.length < 6) throw new InvalidImageError('bad frame header');
      size = { height: data.readUInt16BE(1), width: data.readUInt16BE(3) };
    }
    if (marker === SOS) {
      if (!size) throw new InvalidImageError('scan before frame');
      sawScan = true;
      const end = endOfEntropyData(input, pos);
      kept.push(input.subarray(pos, end));
      pos = end;
    }
  }
  if (!size || !sawScan) throw new InvalidImageError('no image data');
  checkDimensions(size.width, size.height);

  const head: Buffer[] = [Buffer.from([0xff, SOI])];
  // JFIF wants APP0 first; the orientation goes right after it.
  if (kept[0] && kept[0][1] === APP0) head.push(kept.shift()!);
  if (orientation >= 2 && orientation <= 8) head.push(orientationSegment(orientation));
  return { bytes: Buffer.concat([...head, ...kept, Buffer.from([0xff, EOI])]), ...size };
}

function rendersPixels(marker: number, data: Buffer): boolean {
  if (marker === APP2) return startsWith(data, 'ICC_PROFILE\0');
  if (marker === APP14) return startsWith(data, 'Adobe');
  return false;
}

/** Entropy-coded data runs until a marker other than a stuffed 0xFF00 or a restart marker. */
function endOfEntropyData(input: Buffer, from: number): number {
  for (let i = from; i + 1 < input.length; i++) {
    if (input[i] !== 0xff) continue;
    const next = input[i + 1]!;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) continue;
    return i;
  }
  throw new InvalidImageError('truncated scan');
}

/** EXIF tag 0x0112 from IFD0, or null when absent or unreadable. */
export function readOrientation(data: Buffer): number | null {
  if (!startsWith(data, 'Exif\0\0')) return null;
  const tiff = data.subarray(6);
  if (tiff.length < 8) return null;
  const little = startsWith(tiff, 'II');
  if (!little && !startsWith(tiff, 'MM')) return null;
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return null;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return null;
    if (u16(entry) === 0x0112 && u16(entry + 2) === 3) return u16(entry + 8);
  }
  return null;
}

/** An APP1 EXIF segment with IFD0 holding the orientation and nothing else. */
export function orientationSegment(orientation: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x0112, 10);
  tiff.writeUInt16BE(3, 12);
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  // Bytes 20–21 pad the value; 22–25: no next IFD.
  const header = Buffer.from('Exif\0\0', 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt16BE(0xff00 | APP1, 0);
  length.writeUInt16BE(2 + header.length + tiff.length, 2);
  return Buffer.concat([length, header, tiff]);
}

function startsWith(data: Buffer, text: string): boolean {
  return data.length >= text.length && data.subarray(0, text.length).toString('latin1') === text;
}
