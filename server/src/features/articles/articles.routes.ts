import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ArticleDetail, ArticleFeedPage, ArticleFeedQuery, ArticleParams, ArticleUnitParams, ReaderEventResult } from '@cchc/shared/api/articles';
import { ErrorBody } from '@cchc/shared/api/common';
import { citizenKeyOf, DEVICE_ID_HEADER, ZALO_AUTHORIZATION_HEADER } from '../../lib/citizen-identity.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import type { ArticlesService } from './articles.service.ts';
import type { ReaderCountsService } from './reader-counts.service.ts';

export interface ArticlesRoutesOptions {
  articles: ArticlesService;
  readers: ReaderCountsService;
  units: UnitDirectory;
  /** Views and shares per minute per client address. */
  readerRateLimit: number;
}

const TAGS = ['Tin cải cách hành chính'];
const MediaBytes = Type.Unsafe<Readable>({ type: 'string', format: 'binary', description: 'Ảnh (JPEG, PNG, WebP) hoặc âm thanh (MP3, M4A)' });

/** Inside Zalo the Mini App's origin is Zalo's: its <img> and <audio> may load our media. */
const allowCrossOrigin = async (_request: FastifyRequest, reply: FastifyReply) => {
  reply.header('cross-origin-resource-policy', 'cross-origin');
};

/** "bytes=a-b" / "bytes=a-" / "bytes=-n" → the inclusive range, or null when absent or not satisfiable as one range. */
function byteRange(header: string | undefined, size: number): { start: number; end: number } | null | 'bad' {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return 'bad';
  let start: number;
  let end: number;
  if (m[1] === '') {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  return start > end || start >= size ? 'bad' : { start, end };
}

/** The Mini App's "Tin cải cách hành chính": published articles, their media, and reader counts. */
export const articlesRoutes: FastifyPluginAsyncTypebox<ArticlesRoutesOptions> = async (app, { articles, readers, units, readerRateLimit }) => {
  app.get('/api/v1/units/:unit/articles', {
    schema: {
      tags: TAGS,
      summary: 'Tin cải cách hành chính đã đăng của xã, phường (mới nhất trước)',
      params: ArticleUnitParams,
      querystring: ArticleFeedQuery,
      response: { 200: ArticleFeedPage, 400: ErrorBody, 404: ErrorBody },
    },
  }, async (request, reply) => {
    const unit = await units.get(request.params.unit);
    reply.header('cache-control', 'public, max-age=30');
    return articles.feed(unit.id, request.query.limit, request.query.offset);
  });

  app.get('/api/v1/units/:unit/articles/:id', {
    schema: { tags: TAGS, summary: 'Một tin bài đã đăng', params: ArticleParams, response: { 200: ArticleDetail, 400: ErrorBody, 404: ErrorBody } },
  }, async (request, reply) => {
    const unit = await units.get(request.params.unit);
    reply.header('cache-control', 'public, max-age=30');
    return articles.published({ id: unit.id, slug: unit.slug, name: unit.summary.name }, request.params.id);
  });

  const readerLimit = { rateLimit: { max: readerRateLimit, timeWindow: '1 minute', batched: true } as { max: number; timeWindow: string } };
  for (const [suffix, kind, summary] of [
    ['views', 'view', 'Ghi nhận một lượt đọc (mỗi người đọc được đếm một lần mỗi ngày)'],
    ['shares', 'share', 'Ghi nhận một lượt chia sẻ (mỗi người được đếm một lần mỗi ngày)'],
  ] as const) {
    app.post(`/api/v1/units/:unit/articles/:id/${suffix}`, {
      preValidation: app.identifyCitizen,
      config: readerLimit,
      schema: {
        tags: TAGS,
        summary,
        description: 'Không lưu danh tính: chỉ một mã băm trong ngày (xóa khi hết ngày) để không đếm trùng, và số lượt theo ngày.',
        params: ArticleParams,
        headers: Type.Object({ 'x-device-id': DEVICE_ID_HEADER, authorization: ZALO_AUTHORIZATION_HEADER }),
        response: { 202: ReaderEventResult, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 429: ErrorBody, 503: ErrorBody },
      },
    }, async (request, reply) => {
      const reader = citizenKeyOf(request);
      const unit = await units.get(request.params.unit);
      return reply.code(202).send(await readers.record(unit.id, request.params.id, kind, reader));
    });
  }

  app.get('/api/v1/article-media/:file', {
    onRequest: allowCrossOrigin,
    schema: {
      tags: TAGS,
      summary: 'Ảnh hoặc tệp âm thanh của tin bài',
      params: Type.Object({ file: Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.(jpg|png|webp|mp3|m4a)$' }) }),
      response: { 200: MediaBytes, 206: MediaBytes, 400: ErrorBody, 404: ErrorBody, 416: ErrorBody },
    },
  }, async (request, reply) => {
    const [id, extension] = request.params.file.split('.') as [string, string];
    const info = await articles.mediaInfo(id, extension);
    const range = byteRange(typeof request.headers.range === 'string' ? request.headers.range : undefined, info.sizeBytes);
    reply.header('cache-control', 'public, max-age=31536000, immutable').header('accept-ranges', 'bytes').type(info.contentType);
    if (range === 'bad') {
      return reply.code(416).header('content-range', `bytes */${info.sizeBytes}`).send({ error: { code: 'VALIDATION_FAILED', message: 'Khoảng dữ liệu yêu cầu không hợp lệ.' } });
    }
    const file = await articles.mediaFile(id, extension, range ?? undefined);
    if (range) {
      return reply.code(206).header('content-range', `bytes ${range.start}-${range.end}/${info.sizeBytes}`).header('content-length', range.end - range.start + 1).send(file.stream);
    }
    return reply.header('content-length', info.sizeBytes).send(file.stream);
  });
};
