/**
 * Articles of "Tin cải cách hành chính": written and published by officers in the console
 * (/api/v1/console/units/{unit}/articles…), read in the Mini App (/api/v1/units/{unit}/articles…),
 * their readers counted per day without identity (…/articles/{id}/views, …/shares).
 */
import { Type, type Static } from '@sinclair/typebox';
import { Int4Id, Slug, Uuid } from './common.ts';

const Day = Type.String({ format: 'date', description: 'Ngày, dạng YYYY-MM-DD (giờ Việt Nam)' });

export const ARTICLE_STATUSES = { draft: 'Bản nháp', published: 'Đã đăng' } as const;
export const ArticleStatus = Type.Union([Type.Literal('draft'), Type.Literal('published')]);
export type ArticleStatusT = Static<typeof ArticleStatus>;

/** Largest image and audio file accepted. */
export const MAX_ARTICLE_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_ARTICLE_AUDIO_BYTES = 30 * 1024 * 1024;
/** Longest body, in characters of HTML. */
export const MAX_ARTICLE_BODY = 100_000;

/** An uploaded image or audio file, served at `url` (our own address: /api/v1/article-media/…). */
export const ArticleMedia = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('image'), Type.Literal('audio')]),
  url: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
});
export type ArticleMediaT = Static<typeof ArticleMedia>;

export const ArticleInput = Type.Object(
  {
    title: Type.String({ minLength: 5, maxLength: 300 }),
    summary: Type.String({ maxLength: 1000 }),
    /** HTML from the editor; sanitised on save and again when served. */
    bodyHtml: Type.String({ maxLength: MAX_ARTICLE_BODY }),
    coverMediaId: Type.Union([Uuid(), Type.Null()]),
    /** The audio file made for the loudspeakers (mp3 or m4a). */
    audioMediaId: Type.Union([Uuid(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type ArticleInputT = Static<typeof ArticleInput>;

/** Saving over an article names the version it was read at (409 when someone saved in between). */
export const ArticleSaveBody = Type.Object({ ...ArticleInput.properties, version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export type ArticleSaveBodyT = Static<typeof ArticleSaveBody>;

export const ArticlePublishBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    /** The published date (default: today in Viet Nam); never in the future. */
    publishedOn: Type.Optional(Day),
  },
  { additionalProperties: false },
);
export const ArticleVersionBody = Type.Object({ version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

export const ArticleParams = Type.Object({ unit: Slug, id: Int4Id() });
export const ArticleUnitParams = Type.Object({ unit: Slug });

/** An article as the console sees it, with its reader counts. */
export const ConsoleArticle = Type.Object({
  id: Type.Integer(),
  unit: Type.Object({ slug: Type.String(), name: Type.String() }),
  title: Type.String(),
  summary: Type.String(),
  bodyHtml: Type.String(),
  cover: Type.Union([ArticleMedia, Type.Null()]),
  audio: Type.Union([ArticleMedia, Type.Null()]),
  status: ArticleStatus,
  publishedOn: Type.Union([Day, Type.Null()]),
  version: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  /** Unique readers summed over the days (a reader counts once per day per article). */
  readers: Type.Integer(),
  shares: Type.Integer(),
});
export type ConsoleArticleT = Static<typeof ConsoleArticle>;

export const ConsoleArticleQuery = Type.Object({
  status: Type.Optional(ArticleStatus),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000, default: 0 })),
});
export const ConsoleArticlePage = Type.Object({ items: Type.Array(ConsoleArticle), total: Type.Integer() });
export type ConsoleArticlePageT = Static<typeof ConsoleArticlePage>;

/** A published article in the Mini App's feed. */
export const ArticleSummary = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  summary: Type.String(),
  coverUrl: Type.Union([Type.String(), Type.Null()]),
  hasAudio: Type.Boolean(),
  publishedOn: Day,
});
export type ArticleSummaryT = Static<typeof ArticleSummary>;

export const ArticleDetail = Type.Intersect([
  ArticleSummary,
  Type.Object({ unit: Type.Object({ slug: Type.String(), name: Type.String() }), bodyHtml: Type.String(), audioUrl: Type.Union([Type.String(), Type.Null()]) }),
]);
export type ArticleDetailT = Static<typeof ArticleDetail>;

export const ArticleFeedQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000, default: 0 })),
});
export const ArticleFeedPage = Type.Object({ items: Type.Array(ArticleSummary), total: Type.Integer() });
export type ArticleFeedPageT = Static<typeof ArticleFeedPage>;

/** The answer to a view or share: whether this reader was counted (false when already counted today). */
export const ReaderEventResult = Type.Object({ counted: Type.Boolean() });
