import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.ts';
import { fakeExe, tinyJpeg, tinyPng, tinyWebp } from '../../helpers/test-images.ts';
import { buildFeedbackApp, listFiles, multipart, newDevice, snapshot, upload } from './feedback-fixtures.ts';

let t: TestApp & { dataDir: string };
beforeAll(async () => {
  t = await buildFeedbackApp();
});
afterAll(() => t?.close());

const uploadRow = (id: string) => t.database.db.selectFrom('uploads').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('photo uploads', () => {
  it('stores a JPEG under DATA_DIR/uploads/<yyyy>/<mm>/ with its EXIF and GPS stripped', async () => {
    const device = newDevice();
    const original = tinyJpeg({ metadata: true, orientation: 1 });
    const res = await upload(t.app, original, { device });
    expect(res.statusCode).toBe(201);
    const { id } = res.json();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const row = await uploadRow(id);
    expect(row.path).toMatch(new RegExp(`^uploads/\\d{4}/\\d{2}/${id}\\.jpg$`));
    expect(row).toMatchObject({ content_type: 'image/jpeg', citizen_key: `device:${device}`, feedback_id: null });
    const stored = fs.readFileSync(path.join(t.dataDir, row.path));
    expect(stored.includes(Buffer.from('Exif'))).toBe(false);
    expect(stored.includes(Buffer.from('GPS'))).toBe(false);
    expect(stored.includes(Buffer.from('0912345678'))).toBe(false);
    expect([...stored.subarray(0, 2)]).toEqual([0xff, 0xd8]);
    expect([...stored.subarray(-2)]).toEqual([0xff, 0xd9]);
    expect(row.size_bytes).toBe(stored.length);
    expect(row.sha256).toBe(crypto.createHash('sha256').update(stored).digest('hex'));
  });

  it.each([
    ['PNG', tinyPng({ metadata: true }), 'png', 'tEXt'],
    ['WebP', tinyWebp({ metadata: true }), 'webp', 'EXIF'],
  ])('accepts a %s and strips its metadata', async (_name, bytes, extension, marker) => {
    const res = await upload(t.app, bytes, { filename: `anh.${extension}`, contentType: `image/${extension}` });
    expect(res.statusCode).toBe(201);
    const row = await uploadRow(res.json().id);
    expect(row.path.endsWith(`.${extension}`)).toBe(true);
    expect(fs.readFileSync(path.join(t.dataDir, row.path)).includes(Buffer.from(marker))).toBe(false);
  });

  it('trusts the bytes, not the name: a PNG named .jpg is stored as PNG', async () => {
    const res = await upload(t.app, tinyPng(), { filename: 'anh.jpg', contentType: 'image/jpeg' });
    expect((await uploadRow(res.json().id)).content_type).toBe('image/png');
  });

  it('leaves no temporary files behind', () => {
    expect(listFiles(path.join(t.dataDir, 'uploads')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('bad uploads are refused in Vietnamese and nothing is stored', () => {
  const big = (size: number) => Buffer.concat([tinyJpeg().subarray(0, 20), Buffer.alloc(size)]);

  it.each([
    ['an .exe renamed .jpg', () => upload(t.app, fakeExe(), { filename: 'anh.jpg' }), 400, 'UPLOAD_INVALID', /JPEG, PNG hoặc WebP/],
    ['a truncated JPEG', () => upload(t.app, tinyJpeg().subarray(0, 100)), 400, 'UPLOAD_INVALID', /JPEG, PNG hoặc WebP/],
    ['an empty file', () => upload(t.app, Buffer.alloc(0)), 400, 'UPLOAD_INVALID', /Chưa có ảnh/],
    ['a 6 MB photo', () => upload(t.app, big(6 * 1024 * 1024)), 413, 'PAYLOAD_TOO_LARGE', /lớn hơn 5 MB/],
    ['a 50 MB photo', () => upload(t.app, big(50 * 1024 * 1024)), 413, 'PAYLOAD_TOO_LARGE', /lớn hơn 5 MB/],
    ['no device identity', () => upload(t.app, tinyJpeg(), { device: null }), 400, 'VALIDATION_FAILED', /thiết bị/],
    ['two files', () => send(multipart([part(tinyJpeg()), part(tinyJpeg())])), 400, 'UPLOAD_INVALID', /một ảnh/],
    ['a file and a text field', () => send(multipart([{ name: 'note', data: 'xin chào' }, part(tinyJpeg())])), 400, 'UPLOAD_INVALID', /một ảnh/],
    ['only a text field', () => send(multipart([{ name: 'note', data: 'xin chào' }])), 400, 'UPLOAD_INVALID', /một ảnh/],
    ['malformed multipart', () => sendRaw('--abc\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\n\xff\xd8', 'multipart/form-data; boundary=abc'), 400, 'UPLOAD_INVALID', /bị hỏng/],
    ['multipart without a boundary', () => sendRaw('hello', 'multipart/form-data'), 400, 'UPLOAD_INVALID', /./],
    ['JSON instead of multipart', () => sendRaw('{"file":"x"}', 'application/json'), 415, 'UNSUPPORTED_MEDIA_TYPE', /multipart/],
  ])('%s', async (_name, request, status, code, message) => {
    const before = await snapshot(t);
    const res = await request();
    expect(res.statusCode).toBe(status);
    expect(res.json().error).toEqual({ code, message: expect.stringMatching(message) });
    expect(await snapshot(t)).toEqual(before);
  });

  it('limits uploads per address per minute', async () => {
    const remoteAddress = '10.201.0.1';
    for (let i = 0; i < 30; i++) await sendRaw('{}', 'application/json', remoteAddress);
    const res = await upload(t.app, tinyJpeg(), { remoteAddress });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('RATE_LIMITED');
  });
});

const part = (data: Buffer) => ({ name: 'file', filename: 'anh.jpg', contentType: 'image/jpeg', data });

function send(body: { payload: Buffer; contentType: string }) {
  return sendRaw(body.payload, body.contentType);
}

function sendRaw(payload: string | Buffer, contentType: string, remoteAddress?: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/uploads',
    headers: { 'content-type': contentType, 'x-device-id': newDevice() },
    payload: typeof payload === 'string' ? Buffer.from(payload, 'latin1') : payload,
    remoteAddress: remoteAddress ?? `10.202.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`,
  });
}
