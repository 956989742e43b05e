import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { OfficerHeaders } from '../../helpers/officers.ts';
import { multipart } from '../feedback/feedback-fixtures.ts';

/** A few MPEG-1 Layer III frame headers: file-type reads it as an mp3. */
export function tinyMp3(): Buffer {
  const b = Buffer.alloc(2000);
  for (let i = 0; i < 2000 - 4; i += 417) b.set([0xff, 0xfb, 0x90, 0x64], i);
  return Buffer.concat([Buffer.from('ID3'), Buffer.from([3, 0, 0, 0, 0, 0, 0]), b]);
}

export const newDevice = () => crypto.randomUUID();
export const someAddress = () => `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;

export function uploadMedia(app: FastifyInstance, headers: OfficerHeaders, unit: string, bytes: Buffer, filename = 'tep.bin') {
  const body = multipart([{ name: 'file', filename, contentType: 'application/octet-stream', data: bytes }]);
  return app.inject({ method: 'POST', url: `/api/v1/console/units/${unit}/article-media`, headers: { ...headers, 'content-type': body.contentType }, payload: body.payload });
}

export const articleInput = (over: Record<string, unknown> = {}) => ({
  title: 'Hướng dẫn kích hoạt tài khoản định danh điện tử VNeID mức 2',
  summary: 'Người dân đến bộ phận một cửa để được hỗ trợ.',
  bodyHtml: '<p>Nội dung <strong>quan trọng</strong>.</p>',
  coverMediaId: null,
  audioMediaId: null,
  ...over,
});

export async function createArticle(app: FastifyInstance, headers: OfficerHeaders, unit: string, over: Record<string, unknown> = {}) {
  const res = await app.inject({ method: 'POST', url: `/api/v1/console/units/${unit}/articles`, headers: { ...headers }, payload: articleInput(over) });
  if (res.statusCode !== 201) throw new Error(`create: ${res.statusCode} ${res.body}`);
  return res.json() as { id: number; version: number };
}

export async function publishArticle(app: FastifyInstance, headers: OfficerHeaders, unit: string, over: Record<string, unknown> = {}, publishedOn?: string) {
  const a = await createArticle(app, headers, unit, over);
  const res = await app.inject({ method: 'POST', url: `/api/v1/console/units/${unit}/articles/${a.id}/publish`, headers: { ...headers }, payload: { version: a.version, ...(publishedOn ? { publishedOn } : {}) } });
  if (res.statusCode !== 200) throw new Error(`publish: ${res.statusCode} ${res.body}`);
  return res.json() as { id: number; version: number; publishedOn: string };
}

export function view(app: FastifyInstance, unit: string, id: number, device: string = newDevice(), kind: 'views' | 'shares' = 'views', remoteAddress = someAddress()) {
  return app.inject({ method: 'POST', url: `/api/v1/units/${unit}/articles/${id}/${kind}`, headers: { 'x-device-id': device }, remoteAddress });
}
