import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  ArticleInput,
  ArticleMedia,
  ArticleParams,
  ArticlePublishBody,
  ArticleSaveBody,
  ArticleUnitParams,
  ArticleVersionBody,
  ConsoleArticle,
  ConsoleArticlePage,
  ConsoleArticleQuery,
  MAX_ARTICLE_AUDIO_BYTES,
} from '@cchc/shared/api/articles';
import { ErrorBody } from '@cchc/shared/api/common';
import { DomainError, InvalidInputError, TooLargeError, UnsupportedMediaError } from '../../lib/domain-errors.ts';
import { unitFor } from '../units/unit-access.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import type { ArticlesService } from './articles.service.ts';

export interface ArticlesConsoleRoutesOptions {
  articles: ArticlesService;
  units: UnitDirectory;
}

const TAGS = ['Tin bài (cán bộ)'];
const BASE = '/api/v1/console/units/:unit/articles';
const ERRORS = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const VersionQuery = Type.Object({ version: Type.Integer({ minimum: 1 }) });

/** The console's "Tin bài": a unit's officers write and publish; the city reads every unit's. */
export const articlesConsoleRoutes: FastifyPluginAsyncTypebox<ArticlesConsoleRoutesOptions> = async (app, { articles, units }) => {
  const officer = app.requireOfficer();

  app.get(BASE, {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Tin bài của đơn vị, kèm số người đọc và lượt chia sẻ', params: ArticleUnitParams, querystring: ConsoleArticleQuery, response: { 200: ConsoleArticlePage, ...ERRORS } },
  }, async (request) => articles.list(await unitFor(request, units, request.params.unit, 'read'), request.query));

  app.get(`${BASE}/:id`, {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Một tin bài', params: ArticleParams, response: { 200: ConsoleArticle, ...ERRORS } },
  }, async (request) => articles.get(await unitFor(request, units, request.params.unit, 'read'), request.params.id));

  app.post(BASE, {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Viết tin bài mới (bản nháp)', params: ArticleUnitParams, body: ArticleInput, response: { 201: ConsoleArticle, ...ERRORS } },
  }, async (request, reply) => reply.code(201).send(await articles.create(await unitFor(request, units, request.params.unit, 'write'), request.body)));

  app.put(`${BASE}/:id`, {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Sửa tin bài',
      description: 'version: phiên bản đã đọc; 409 khi có người lưu trước.',
      params: ArticleParams,
      body: ArticleSaveBody,
      response: { 200: ConsoleArticle, 409: ErrorBody, ...ERRORS },
    },
  }, async (request) => {
    const { version, ...input } = request.body;
    return articles.update(await unitFor(request, units, request.params.unit, 'write'), request.params.id, version, input);
  });

  app.post(`${BASE}/:id/publish`, {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Đăng tin bài lên Mini App', params: ArticleParams, body: ArticlePublishBody, response: { 200: ConsoleArticle, 409: ErrorBody, ...ERRORS } },
  }, async (request) =>
    articles.publish(await unitFor(request, units, request.params.unit, 'write'), request.params.id, request.body.version, request.body.publishedOn));

  app.post(`${BASE}/:id/unpublish`, {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Gỡ tin bài khỏi Mini App (trở về bản nháp)', params: ArticleParams, body: ArticleVersionBody, response: { 200: ConsoleArticle, 409: ErrorBody, ...ERRORS } },
  }, async (request) => articles.unpublish(await unitFor(request, units, request.params.unit, 'write'), request.params.id, request.body.version));

  app.delete(`${BASE}/:id`, {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Xóa tin bài', params: ArticleParams, querystring: VersionQuery, response: { 204: Type.Null(), 409: ErrorBody, ...ERRORS } },
  }, async (request, reply) => {
    await articles.remove(await unitFor(request, units, request.params.unit, 'write'), request.params.id, request.query.version);
    return reply.code(204).send(null);
  });

  // Multipart only here, in its own scope.
  await app.register(async (untyped) => {
    const scope = untyped.withTypeProvider<TypeBoxTypeProvider>();
    await scope.register(multipart, { limits: { fileSize: MAX_ARTICLE_AUDIO_BYTES, files: 1, fields: 0, parts: 1 } });
    scope.post('/api/v1/console/units/:unit/article-media', {
      preHandler: officer,
      schema: {
        tags: TAGS,
        summary: 'Tải lên ảnh (JPEG, PNG, WebP, tối đa 5 MB) hoặc tệp âm thanh cho loa (MP3, M4A, tối đa 30 MB)',
        description: 'multipart/form-data với đúng một tệp; loại tệp được kiểm tra theo nội dung, không theo tên.',
        consumes: ['multipart/form-data'],
        params: ArticleUnitParams,
        response: { 201: ArticleMedia, 413: ErrorBody, 415: ErrorBody, ...ERRORS },
      },
    }, async (request, reply) => {
      const unit = await unitFor(request, units, request.params.unit, 'write');
      return reply.code(201).send(await articles.upload(unit, await readOneFile(request)));
    });
  });
};

async function readOneFile(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) throw new UnsupportedMediaError('UNSUPPORTED_MEDIA_TYPE', 'Vui lòng gửi tệp dưới dạng multipart/form-data, mỗi lần một tệp.');
  let bytes: Buffer | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') throw onlyOne();
      bytes = await part.toBuffer();
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new TooLargeError('PAYLOAD_TOO_LARGE', `Tệp lớn hơn ${MAX_ARTICLE_AUDIO_BYTES / 1024 / 1024} MB. Vui lòng chọn tệp nhỏ hơn.`);
    if (code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') throw onlyOne();
    throw new InvalidInputError('UPLOAD_INVALID', 'Dữ liệu tệp gửi lên bị hỏng. Vui lòng chọn lại tệp và gửi lại.');
  }
  if (!bytes || bytes.length === 0) throw new InvalidInputError('UPLOAD_INVALID', 'Chưa có tệp nào được gửi lên. Vui lòng chọn một tệp.');
  return bytes;
}

const onlyOne = () => new InvalidInputError('UPLOAD_INVALID', 'Mỗi lần chỉ gửi một tệp, không kèm dữ liệu khác.');
