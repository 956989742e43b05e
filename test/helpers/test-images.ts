/**
 * Small real images built byte by byte, with the metadata phones put in them
 * (EXIF with GPS, XMP, comments, text chunks), for the upload tests.
 */
import zlib from 'node:zlib';

const u16be = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);

function segment(marker: number, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from([0xff, marker]), u16be(data.length + 2), data]);
}

/** An EXIF block (little-endian TIFF) with an orientation and a GPS IFD holding a latitude. */
export function exifWithGps(orientation = 1): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 2 * 12 + 4 + 2 + 2 * 12 + 4 + 24);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  let at = 8;
  tiff.writeUInt16LE(2, at);
  at += 2;
  // Orientation, SHORT
  tiff.writeUInt16LE(0x0112, at);
  tiff.writeUInt16LE(3, at + 2);
  tiff.writeUInt32LE(1, at + 4);
  tiff.writeUInt16LE(orientation, at + 8);
  at += 12;
  // GPSInfo pointer, LONG
  const gpsIfd = 8 + 2 + 2 * 12 + 4;
  tiff.writeUInt16LE(0x8825, at);
  tiff.writeUInt16LE(4, at + 2);
  tiff.writeUInt32LE(1, at + 4);
  tiff.writeUInt32LE(gpsIfd, at + 8);
  at += 12;
  tiff.writeUInt32LE(0, at);
  at = gpsIfd;
  tiff.writeUInt16LE(2, at);
  at += 2;
  // GPSLatitudeRef 'N'
  tiff.writeUInt16LE(0x0001, at);
  tiff.writeUInt16LE(2, at + 2);
  tiff.writeUInt32LE(2, at + 4);
  tiff.write('N\0', at + 8, 'latin1');
  at += 12;
  // GPSLatitude, 3 RATIONALs: 20/1, 51/1, 3600/100
  const rationals = gpsIfd + 2 + 2 * 12 + 4;
  tiff.writeUInt16LE(0x0002, at);
  tiff.writeUInt16LE(5, at + 2);
  tiff.writeUInt32LE(3, at + 4);
  tiff.writeUInt32LE(rationals, at + 8);
  at += 12;
  tiff.writeUInt32LE(0, at);
  [20, 1, 51, 1, 3600, 100].forEach((v, i) => tiff.writeUInt32LE(v, rationals + i * 4));
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

const XMP = Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>20,51.6N</exif:GPSLatitude></x:xmpmeta>', 'latin1');

/** The entropy-coded data of one 8×8 grey block: DC difference 0, then end of block ('0' '0', padded with 1s). */
export const JPEG_SCAN_DATA = Buffer.from([0x3f]);

/**
 * A decodable 8×8 greyscale baseline JPEG: JFIF, a quantisation table, one-symbol
 * Huffman tables, one block. With `metadata`, EXIF (GPS), XMP and a comment with a
 * name and phone are added, and bytes are appended after EOI.
 */
export function tinyJpeg(options: { metadata?: boolean; orientation?: number } = {}): Buffer {
  const jfif = segment(0xe0, Buffer.from([0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]));
  const dqt = segment(0xdb, Buffer.concat([Buffer.from([0x00]), Buffer.alloc(64, 1)]));
  const sof = segment(0xc0, Buffer.from([8, 0, 8, 0, 8, 1, 1, 0x11, 0]));
  // One code of length 1 each: DC category 0, AC end-of-block.
  const dhtDc = segment(0xc4, Buffer.from([0x00, 1, ...Array(15).fill(0), 0x00]));
  const dhtAc = segment(0xc4, Buffer.from([0x10, 1, ...Array(15).fill(0), 0x00]));
  const sos = segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0]));
  const parts = [Buffer.from([0xff, 0xd8]), jfif];
  if (options.metadata) {
    parts.push(segment(0xe1, exifWithGps(options.orientation ?? 1)));
    parts.push(segment(0xe1, XMP));
    parts.push(segment(0xfe, Buffer.from('Chụp bởi Nguyễn Văn A 0912345678', 'utf8')));
  }
  parts.push(dqt, sof, dhtDc, dhtAc, sos, JPEG_SCAN_DATA, Buffer.from([0xff, 0xd9]));
  if (options.metadata) parts.push(Buffer.from('trailing second image with Exif'));
  return Buffer.concat(parts);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, body, crc]);
}

/** A 1×1 red PNG; with `metadata`, tEXt (a phone), eXIf (GPS) and tIME chunks. */
export function tinyPng(options: { metadata?: boolean } = {}): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const chunks = [pngChunk('IHDR', ihdr)];
  if (options.metadata) {
    chunks.push(pngChunk('tEXt', Buffer.from('Author\0Nguyen Van A 0912345678', 'latin1')));
    chunks.push(pngChunk('eXIf', exifWithGps().subarray(6)));
    chunks.push(pngChunk('tIME', Buffer.from([0x07, 0xea, 1, 2, 3, 4, 5])));
  }
  chunks.push(pngChunk('IDAT', zlib.deflateSync(Buffer.from([0, 255, 0, 0]))));
  chunks.push(pngChunk('IEND', Buffer.alloc(0)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks]);
}

/** A 1×1 lossless WebP (the well-known feature-test image). */
const VP8L_1X1 = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');

function riffChunk(fourcc: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.write(fourcc, 0, 'latin1');
  header.writeUInt32LE(data.length, 4);
  return Buffer.concat([header, data, data.length % 2 ? Buffer.from([0]) : Buffer.alloc(0)]);
}

/** A 1×1 WebP; with `metadata`, the extended form (VP8X) with EXIF (GPS) and XMP chunks and their flags set. */
export function tinyWebp(options: { metadata?: boolean } = {}): Buffer {
  if (!options.metadata) return Buffer.from(VP8L_1X1);
  const vp8l = VP8L_1X1.subarray(12);
  const vp8x = Buffer.alloc(10);
  vp8x[0] = 0x08 | 0x04;
  // Canvas 1×1: width−1 and height−1 as 24-bit values, already zero.
  const body = Buffer.concat([riffChunk('VP8X', vp8x), vp8l, riffChunk('EXIF', exifWithGps().subarray(6)), riffChunk('XMP ', XMP.subarray(29))]);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + body.length, 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, body]);
}

/** The first bytes of a Windows executable, as an ".exe renamed .jpg" would send. */
export function fakeExe(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.write('This program cannot be run in DOS mode.', 78, 'latin1');
  return bytes;
}
