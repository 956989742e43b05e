/** Uploads never attached to a PAKN are removed after UPLOAD_TTL_MINUTES; one address fills at most UPLOAD_QUOTA_MB. */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UploadCleanup } from '../../../server/src/features/feedback/upload-cleanup.ts';
import { UploadStorage } from '../../../server/src/features/feedback/upload-storage.ts';
import { tinyJpeg } from '../../helpers/test-images.ts';
import { buildFeedbackApp, newDevice, submit, topicIds, upload, validBody } from './feedback-fixtures.ts';

type App = Awaited<ReturnType<typeof buildFeedbackApp>>;

const row = (t: App, id: string) => t.database.db.selectFrom('uploads').selectAll().where('id', '=', id).executeTakeFirst();
const backdate = (t: App, id: string, minutes: number) =>
  sql`update uploads set created_at = now() - make_interval(mins => ${minutes}) where id = ${id}`.execute(t.database.db);
const fileOf = async (t: App, id: string) => path.join(t.dataDir, (await row(t, id))!.path);

async function until(check: () => Promise<boolean>, ms = 5000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

describe('uploads not attached to a PAKN expire', () => {
  let t: App;
  beforeAll(async () => {
    t = await buildFeedbackApp({ uploadTtlMinutes: 60, uploadCleanupIntervalMs: 100 });
  });
  afterAll(() => t?.close());

  it('removes the row and the file of an upload older than the TTL, and keeps fresh and attached ones', async () => {
    const device = newDevice();
    const stale = (await upload(t.app, tinyJpeg(), { device })).json().id as string;
    const fresh = (await upload(t.app, tinyJpeg(), { device })).json().id as string;
    const attached = (await upload(t.app, tinyJpeg(), { device })).json().id as string;
    const [topic] = await topicIds(t.app);
    expect((await submit(t.app, validBody(topic!, { photoIds: [attached] }), { device })).statusCode).toBe(201);
    const staleFile = await fileOf(t, stale);
    const freshFile = await fileOf(t, fresh);
    const attachedFile = await fileOf(t, attached);
    await backdate(t, stale, 61);
    await backdate(t, attached, 24 * 60);

    // The row goes first, then the file.
    expect(await until(async () => (await row(t, stale)) === undefined && !fs.existsSync(staleFile))).toBe(true);
    expect(await row(t, fresh)).toBeDefined();
    expect(fs.existsSync(freshFile)).toBe(true);
    expect(await row(t, attached)).toBeDefined();
    expect(fs.existsSync(attachedFile)).toBe(true);
  });

});

describe('the disk one address can fill', () => {
  let t: App;
  const photo = tinyJpeg();
  let size: number;
  beforeAll(async () => {
    t = await buildFeedbackApp({ uploadTtlMinutes: 60, uploadCleanupIntervalMs: 3_600_000 });
    // The stored size (metadata stripped) of one photo; the quota allows three of them.
    const probe = await upload(t.app, photo, { remoteAddress: '10.77.0.1' });
    size = (await row(t, probe.json().id))!.size_bytes;
    await t.close();
    t = await buildFeedbackApp({ uploadTtlMinutes: 60, uploadCleanupIntervalMs: 3_600_000, uploadQuotaBytes: 3 * size });
  });
  afterAll(() => t?.close());

  it('answers 429 in Vietnamese with Retry-After once an address holds the quota in unattached uploads', async () => {
    const address = '10.77.0.2';
    for (let i = 0; i < 3; i++) expect((await upload(t.app, photo, { remoteAddress: address })).statusCode).toBe(201);
    const before = fs.readdirSync(t.dataDir, { recursive: true }).length;
    const res = await upload(t.app, photo, { remoteAddress: address });
    expect(res.statusCode).toBe(429);
    expect(res.json().error).toEqual({ code: 'RATE_LIMITED', message: expect.stringMatching(/ảnh chưa gửi kèm phản ánh.*phút/) });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(3600);
    // Nothing of the refused photo is kept.
    expect(fs.readdirSync(t.dataDir, { recursive: true }).length).toBe(before);
    // Another address is not affected.
    expect((await upload(t.app, photo, { remoteAddress: '10.77.0.3' })).statusCode).toBe(201);
  });

  it('makes room again once a photo is attached to a PAKN or has expired', async () => {
    const address = '10.77.0.4';
    const device = newDevice();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await upload(t.app, photo, { remoteAddress: address, device })).json().id);
    expect((await upload(t.app, photo, { remoteAddress: address, device })).statusCode).toBe(429);
    const [topic] = await topicIds(t.app);
    expect((await submit(t.app, validBody(topic!, { photoIds: [ids[0]] }), { device })).statusCode).toBe(201);
    expect((await upload(t.app, photo, { remoteAddress: address, device })).statusCode).toBe(201);
    expect((await upload(t.app, photo, { remoteAddress: address, device })).statusCode).toBe(429);
    await backdate(t, ids[1]!, 61);
    expect((await upload(t.app, photo, { remoteAddress: address, device })).statusCode).toBe(201);
  });

  it('lets only the quota through when uploads from one address arrive at once', async () => {
    const address = '10.77.0.5';
    const answers = await Promise.all(Array.from({ length: 6 }, () => upload(t.app, photo, { remoteAddress: address })));
    expect(answers.filter((r) => r.statusCode === 201)).toHaveLength(3);
    expect(answers.filter((r) => r.statusCode === 429)).toHaveLength(3);
  });

  it('does not keep the address once the photo belongs to a PAKN', async () => {
    const attached = await t.database.db.selectFrom('uploads').select('client_address').where('feedback_id', 'is not', null).execute();
    expect(attached.length).toBeGreaterThan(0);
    expect(attached.every((r) => r.client_address === null)).toBe(true);
  });

  it('lets several processes clean at once: each expired upload is removed exactly once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await upload(t.app, tinyJpeg())).json().id);
    const files = await Promise.all(ids.map((id) => fileOf(t, id)));
    const cleaners = [1, 2, 3].map(() => new UploadCleanup(t.database.db, new UploadStorage(t.dataDir), 60, t.app.log));
    // What earlier tests left expired goes first.
    await cleaners[0]!.runOnce();
    for (const id of ids) await backdate(t, id, 120);
    const removed = await Promise.all(cleaners.map((c) => c.runOnce()));
    // This app's own timer is an hour away: the three cleaners share the work.
    expect(removed.reduce((a, b) => a + b, 0)).toBe(ids.length);
    for (const id of ids) expect(await row(t, id)).toBeUndefined();
    expect(files.filter((f) => fs.existsSync(f))).toEqual([]);
  });
});
