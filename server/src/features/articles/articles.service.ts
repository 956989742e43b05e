import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  ArticleDetailT,
  ArticleFeedPageT,
  ArticleInputT,
  ArticleMediaT,
  ArticleSummaryT,
  ConsoleArticlePageT,
  ConsoleArticleT,
} from '@cchc/shared/api/articles';
import { vietnamDay } from '@cchc/shared/plan/periods';
import type { CountRowT, CountSource } from '@cchc/shared/plan/vocabulary';
import type { DB } from '../../db/schema.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../lib/domain-errors.ts';
import type { ConsoleUnit } from '../units/console-unit.ts';
import { MEDIA_PATH, mediaIdsIn, sanitizeArticleHtml } from './article-html.ts';
import type { ArticleMediaStorage } from './article-media-storage.ts';
import { checkMedia } from './article-media.ts';
import * as repo from './articles.repository.ts';
import { interactionsPerDay, totalsFor } from './reader-counts.repository.ts';

export const articleNotFound = () => new NotFoundError('NOT_FOUND', 'Không tìm thấy tin bài này. Có thể tin đã bị gỡ hoặc xóa.');
const stale = () =>
  new ConflictError('CONFLICT', 'Tin bài vừa được người khác sửa. Vui lòng tải lại trang để xem bản mới nhất rồi sửa tiếp.');

const mediaUrl = (m: { id: string; extension: string }) => `${MEDIA_PATH}${m.id}.${m.extension}`;
const toMedia = (m: repo.MediaRow): ArticleMediaT => ({ id: m.id, kind: m.kind, url: mediaUrl(m), contentType: m.content_type, sizeBytes: m.size_bytes });

/**
 * Articles of "Tin cải cách hành chính": the console writes, publishes and deletes them;
 * the Mini App reads the published ones. Bodies are sanitised on save and when served.
 * As a CountSource: a published article is mini_app/tin_bai 1 on its published day (and
 * mini_app/file_am_thanh 1 when it has audio); readers and shares per day are
 * mini_app/luot_truy_cap (shares count as interactions, as the plans' "lượt truy cập, tương tác").
 */
export class ArticlesService implements CountSource {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly storage: ArticleMediaStorage,
    private readonly onUnpublished: (articleId: number) => void = () => {},
  ) {}

  // ── console ──
  async list(unit: ConsoleUnit, q: { status?: 'draft' | 'published'; limit?: number; offset?: number }): Promise<ConsoleArticlePageT> {
    const { rows, total } = await repo.listArticles(this.db, unit.id, { status: q.status, limit: q.limit ?? 20, offset: q.offset ?? 0 });
    return { items: await this.toConsole(unit, rows), total };
  }

  async get(unit: ConsoleUnit, id: number): Promise<ConsoleArticleT> {
    const row = await repo.findArticle(this.db, unit.id, id);
    if (!row) throw articleNotFound();
    return (await this.toConsole(unit, [row]))[0]!;
  }

  async create(unit: ConsoleUnit, input: ArticleInputT): Promise<ConsoleArticleT> {
    const values = await this.clean(unit, input);
    const row = await repo.insertArticle(this.db, unit.id, values);
    return (await this.toConsole(unit, [row]))[0]!;
  }

  async update(unit: ConsoleUnit, id: number, version: number, input: ArticleInputT): Promise<ConsoleArticleT> {
    const values = await this.clean(unit, input);
    const row = await repo.updateArticle(this.db, unit.id, id, version, values);
    if (!row) throw await this.whyNot(unit, id);
    return (await this.toConsole(unit, [row]))[0]!;
  }

  async publish(unit: ConsoleUnit, id: number, version: number, publishedOn?: string, now = new Date()): Promise<ConsoleArticleT> {
    const today = vietnamDay(now);
    const day = publishedOn ?? today;
    if (day > today) throw new InvalidInputError('VALIDATION_FAILED', 'Ngày đăng không được sau hôm nay. Vui lòng chọn ngày hôm nay hoặc một ngày đã qua.');
    if (day < '2000-01-01') throw new InvalidInputError('VALIDATION_FAILED', 'Ngày đăng không hợp lệ. Vui lòng chọn lại ngày đăng.');
    const row = await repo.setPublished(this.db, unit.id, id, version, day);
    if (!row) throw await this.whyNot(unit, id);
    return (await this.toConsole(unit, [row]))[0]!;
  }

  async unpublish(unit: ConsoleUnit, id: number, version: number): Promise<ConsoleArticleT> {
    const row = await repo.setPublished(this.db, unit.id, id, version, null);
    if (!row) throw await this.whyNot(unit, id);
    this.onUnpublished(id);
    return (await this.toConsole(unit, [row]))[0]!;
  }

  async remove(unit: ConsoleUnit, id: number, version: number): Promise<void> {
    if (!(await repo.deleteArticle(this.db, unit.id, id, version))) throw await this.whyNot(unit, id);
    this.onUnpublished(id);
  }

  async upload(unit: ConsoleUnit, bytes: Buffer): Promise<ArticleMediaT> {
    const media = await checkMedia(bytes);
    const id = crypto.randomUUID();
    const relative = await this.storage.save(id, media.extension, media.bytes);
    const row = { id, unit_id: unit.id, kind: media.kind, content_type: media.contentType, extension: media.extension, size_bytes: media.bytes.length, path: relative };
    try {
      await repo.insertMedia(this.db, row);
    } catch (error) {
      await this.storage.remove(relative).catch(() => {});
      throw error;
    }
    return toMedia({ ...row, created_at: new Date() });
  }

  // ── Mini App ──
  async feed(unitId: number, limit = 10, offset = 0): Promise<ArticleFeedPageT> {
    const { rows, total } = await repo.listPublished(this.db, unitId, limit, offset);
    const media = await this.mediaById(rows);
    return { items: rows.map((r) => this.toSummary(r, media)), total };
  }

  async published(unit: { id: number; slug: string; name: string }, id: number): Promise<ArticleDetailT> {
    const row = await repo.findArticle(this.db, unit.id, id);
    if (!row || row.status !== 'published') throw articleNotFound();
    const media = await this.mediaById([row]);
    const audio = row.audio_media_id ? media.get(row.audio_media_id) : undefined;
    return {
      ...this.toSummary(row, media),
      unit: { slug: unit.slug, name: unit.name },
      bodyHtml: sanitizeArticleHtml(row.body_html),
      audioUrl: audio ? mediaUrl(audio) : null,
    };
  }

  /** A media file to serve: its row and stream (with an optional byte range), or a 404. */
  async mediaFile(id: string, extension: string, range?: { start: number; end: number }) {
    const row = await repo.findMedia(this.db, id);
    if (!row || row.extension !== extension) throw articleNotFound();
    const stream = await this.storage.open(row.path, range);
    if (!stream) throw articleNotFound();
    return { stream, contentType: row.content_type, sizeBytes: row.size_bytes };
  }

  async mediaInfo(id: string, extension: string) {
    const row = await repo.findMedia(this.db, id);
    if (!row || row.extension !== extension) throw articleNotFound();
    return { contentType: row.content_type, sizeBytes: row.size_bytes };
  }

  // ── CountSource ──
  async counts(unitIds: number[], fromDay: string, toDay: string, spans?: readonly string[]): Promise<CountRowT[]> {
    const [articles, readers] = await Promise.all([
      repo.publishedPerDay(this.db, unitIds, fromDay, toDay, spans),
      interactionsPerDay(this.db, unitIds, fromDay, toDay, spans),
    ]);
    const out: CountRowT[] = [];
    for (const a of articles) {
      out.push({ unitId: a.unit_id, day: a.day, channel: 'mini_app', kind: 'tin_bai', count: a.articles, attendees: 0 });
      if (a.audio > 0) out.push({ unitId: a.unit_id, day: a.day, channel: 'mini_app', kind: 'file_am_thanh', count: a.audio, attendees: 0 });
    }
    for (const r of readers) out.push({ unitId: r.unit_id, day: r.day, channel: 'mini_app', kind: 'luot_truy_cap', count: r.n, attendees: 0 });
    return out;
  }

  // ── helpers ──
  private async clean(unit: ConsoleUnit, input: ArticleInputT): Promise<repo.ArticleValues> {
    const bodyHtml = sanitizeArticleHtml(input.bodyHtml);
    const title = input.title.trim();
    if (title.length < 5) throw new InvalidInputError('VALIDATION_FAILED', 'Tiêu đề cần ít nhất 5 ký tự. Vui lòng nhập tiêu đề tin bài.');
    const wanted = [...new Set([...mediaIdsIn(bodyHtml), input.coverMediaId, input.audioMediaId].filter((x): x is string => Boolean(x)).map((x) => x.toLowerCase()))];
    const found = new Map((await repo.mediaOfUnit(this.db, unit.id, wanted)).map((m) => [m.id, m]));
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length > 0) throw new InvalidInputError('UPLOAD_NOT_FOUND', 'Có ảnh hoặc tệp âm thanh chưa được tải lên cho đơn vị này. Vui lòng tải lại tệp rồi lưu.');
    const cover = input.coverMediaId ? found.get(input.coverMediaId.toLowerCase())! : null;
    const audio = input.audioMediaId ? found.get(input.audioMediaId.toLowerCase())! : null;
    if (cover && cover.kind !== 'image') throw new InvalidInputError('VALIDATION_FAILED', 'Ảnh đại diện phải là một ảnh (JPEG, PNG hoặc WebP).');
    if (audio && audio.kind !== 'audio') throw new InvalidInputError('VALIDATION_FAILED', 'Tệp âm thanh phải là MP3 hoặc M4A.');
    return { title, summary: input.summary.trim(), bodyHtml, coverMediaId: cover?.id ?? null, audioMediaId: audio?.id ?? null };
  }

  private async whyNot(unit: ConsoleUnit, id: number) {
    return (await repo.findArticle(this.db, unit.id, id)) ? stale() : articleNotFound();
  }

  private async mediaById(rows: repo.ArticleRow[]): Promise<Map<string, repo.MediaRow>> {
    const byUnit = new Map<number, string[]>();
    for (const r of rows) for (const id of [r.cover_media_id, r.audio_media_id]) if (id) byUnit.set(r.unit_id, [...(byUnit.get(r.unit_id) ?? []), id]);
    const out = new Map<string, repo.MediaRow>();
    for (const [unitId, ids] of byUnit) for (const m of await repo.mediaOfUnit(this.db, unitId, ids)) out.set(m.id, m);
    return out;
  }

  private toSummary(row: repo.ArticleRow, media: Map<string, repo.MediaRow>): ArticleSummaryT {
    const cover = row.cover_media_id ? media.get(row.cover_media_id) : undefined;
    return { id: row.id, title: row.title, summary: row.summary, coverUrl: cover ? mediaUrl(cover) : null, hasAudio: row.audio_media_id !== null, publishedOn: row.published_on! };
  }

  private async toConsole(unit: ConsoleUnit, rows: repo.ArticleRow[]): Promise<ConsoleArticleT[]> {
    const [media, totals] = await Promise.all([this.mediaById(rows), totalsFor(this.db, rows.map((r) => r.id))]);
    return rows.map((r) => {
      const cover = r.cover_media_id ? media.get(r.cover_media_id) : undefined;
      const audio = r.audio_media_id ? media.get(r.audio_media_id) : undefined;
      const t = totals.get(r.id) ?? { readers: 0, shares: 0 };
      return {
        id: r.id,
        unit: { slug: unit.slug, name: unit.name },
        title: r.title,
        summary: r.summary,
        bodyHtml: sanitizeArticleHtml(r.body_html),
        cover: cover ? toMedia(cover) : null,
        audio: audio ? toMedia(audio) : null,
        status: r.status,
        publishedOn: r.published_on,
        version: r.version,
        createdAt: r.created_at.toISOString(),
        updatedAt: r.updated_at.toISOString(),
        readers: t.readers,
        shares: t.shares,
      };
    });
  }
}
