import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../../server/src/config.ts';
import type { DB } from '../../../server/src/db/schema.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';

/** An app whose uploads and secret live in a temporary DATA_DIR. */
export async function buildFeedbackApp(overrides: Partial<Config> = {}): Promise<TestApp & { dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-feedback-'));
  const t = await buildTestApp({
    dataDir,
    secretKey: 'test-secret-key-of-at-least-32-characters',
    ...overrides,
  });
  return {
    ...t,
    dataDir,
    close: async () => {
      await t.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const newDevice = () => crypto.randomUUID();

export async function topicIds(app: FastifyInstance, unit = 'binh-giang'): Promise<number[]> {
  const res = await app.inject({ method: 'GET', url: `/api/v1/units/${unit}/feedback/topics` });
  return res.json().items.map((t: { id: number }) => t.id);
}

export function validBody(topicId: number, extra: Record<string, unknown> = {}) {
  return {
    kind: 'phan_anh',
    topicId,
    content: 'Đèn đường ở thôn Đông bị hỏng đã hai tuần, buổi tối rất tối và nguy hiểm cho người đi đường.',
    contact: { name: 'Nguyễn Thị Hoa', phone: '0912 345 678', address: 'Số 12, thôn Đông, xã Bình Giang' },
    ...extra,
  };
}

/** Each call comes from its own address unless told, so the per-address limits only bite where a test wants them to. */
export const someAddress = () => `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;

export interface SubmitOptions {
  unit?: string;
  key?: string | null;
  device?: string | null;
  remoteAddress?: string;
}

export function submit(app: FastifyInstance, body: unknown, { unit = 'binh-giang', key, device, remoteAddress }: SubmitOptions = {}) {
  const headers: Record<string, string> = {};
  if (key !== null) headers['idempotency-key'] = key ?? crypto.randomUUID();
  if (device !== null) headers['x-device-id'] = device ?? newDevice();
  return app.inject({ method: 'POST', url: `/api/v1/units/${unit}/feedback`, headers, payload: body as object, remoteAddress: remoteAddress ?? someAddress() });
}

/** A multipart/form-data body, built by hand so tests can also send broken ones. */
export function multipart(parts: { name: string; filename?: string; contentType?: string; data: Buffer | string }[], boundary = `----cchc${crypto.randomBytes(8).toString('hex')}`) {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.contentType ? `Content-Type: ${part.contentType}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(head), Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export interface UploadOptions {
  device?: string | null;
  filename?: string;
  contentType?: string;
  remoteAddress?: string;
}

export function upload(app: FastifyInstance, bytes: Buffer, { device, filename = 'anh.jpg', contentType = 'image/jpeg', remoteAddress }: UploadOptions = {}) {
  const body = multipart([{ name: 'file', filename, contentType, data: bytes }]);
  const headers: Record<string, string> = { 'content-type': body.contentType };
  if (device !== null) headers['x-device-id'] = device ?? newDevice();
  return app.inject({ method: 'POST', url: '/api/v1/uploads', headers, payload: body.payload, remoteAddress: remoteAddress ?? someAddress() });
}

export async function count(t: TestApp, table: keyof DB): Promise<number> {
  const row = await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Row counts of everything a submission writes, and the files on disk. */
export async function snapshot(t: TestApp & { dataDir: string }) {
  return {
    feedback: await count(t, 'feedback'),
    events: await count(t, 'feedback_events'),
    photos: await count(t, 'feedback_photos'),
    uploads: await count(t, 'uploads'),
    attached: Number((await t.database.db.selectFrom('uploads').select((eb) => eb.fn.countAll<number>().as('n')).where('feedback_id', 'is not', null).executeTakeFirstOrThrow()).n),
    files: listFiles(path.join(t.dataDir, 'uploads')).length,
  };
}

export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

export type OfficerHeaders = Record<string, string>;

export function act(app: FastifyInstance, officer: OfficerHeaders, code: string, body: Record<string, unknown>) {
  return app.inject({ method: 'POST', url: `/api/v1/console/feedback/${code}/actions`, headers: officer, payload: body });
}

/** Takes a new PAKN through the desk to an approved answer: accept, draft, submit, approve. */
export async function answer(
  app: FastifyInstance,
  officers: { officer: OfficerHeaders; leader: OfficerHeaders },
  code: string,
  approval: { publish: boolean; publicPhotoIds?: string[] } = { publish: false },
) {
  const steps: [OfficerHeaders, Record<string, unknown>][] = [
    [officers.officer, { action: 'accept', field: 'Giao thông', severity: 'binh_thuong' }],
    [officers.officer, { action: 'draft_answer', answer: 'UBND xã đã cử cán bộ kiểm tra và sửa đèn đường ngày 12/5. Liên hệ 0912 345 678.', submit: true }],
    [officers.leader, { action: 'approve', ...approval }],
  ];
  for (const [who, body] of steps) {
    const res = await act(app, who, code, body);
    if (res.statusCode !== 200) throw new Error(`${String(body.action)}: ${res.statusCode} ${res.body}`);
  }
}
