import type { Kysely } from 'kysely';
import type { CreateTopicBodyT, TopicSettingT, UpdateTopicBodyT } from '@cchc/shared/api/settings';
import { cleanText } from '@cchc/shared/text/normalize';
import type { DB } from '../../db/schema.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../lib/domain-errors.ts';
import { uniqueViolation } from '../../lib/database-errors.ts';
import type { Executor } from '../../db/executor.ts';
import type { ConsoleUnit } from '../units/console-unit.ts';
import { topicCode } from './default-topics.ts';
import { ensureDefaultTopics, type TopicsService } from './topics.service.ts';
import * as repo from './topics.repository.ts';

/** How many PAKN each topic of a unit has: the feedback feature answers (it owns the feedback table). */
export interface TopicUsage {
  countByTopic(db: Executor, unitId: number): Promise<Map<number, number>>;
}

type TopicRow = repo.TopicRow & { feedback_count: number };

const topicNotFound = () =>
  new NotFoundError('TOPIC_NOT_FOUND', 'Không tìm thấy chủ đề này trong danh sách của đơn vị. Vui lòng tải lại trang.');

const sameName = (name: string) =>
  new ConflictError('CONFLICT', `Đơn vị đã có chủ đề "${name}" (hoặc một tên chỉ khác dấu, hoa thường). Vui lòng chọn tên khác hoặc bật lại chủ đề cũ.`);

/**
 * The unit's PAKN topics. Each topic keeps the service code it was created with,
 * so city systems speaking Open311 keep working after a rename. A topic that has
 * PAKN is only ever deactivated (hidden from citizens), never deleted.
 */
export class TopicSettingsService {
  /** @param rules the submission rules, whose cached copy this service clears after every change. */
  constructor(
    private readonly db: Kysely<DB>,
    private readonly usage: TopicUsage,
    private readonly rules: TopicsService,
  ) {}

  async list(unit: ConsoleUnit): Promise<TopicSettingT[]> {
    await ensureDefaultTopics(this.db, unit.id);
    return (await this.withUsage(this.db, unit.id)).map(toSetting);
  }

  private async withUsage(db: Executor, unitId: number): Promise<TopicRow[]> {
    const [topics, counts] = await Promise.all([repo.listTopicSettings(db, unitId), this.usage.countByTopic(db, unitId)]);
    return topics.map((t) => ({ ...t, feedback_count: counts.get(t.id) ?? 0 }));
  }

  async create(unit: ConsoleUnit, body: CreateTopicBodyT): Promise<TopicSettingT> {
    const name = cleanName(body.name);
    const code = topicCode(name);
    // The defaults first: a unit's first own topic must not stand in for the whole list.
    await ensureDefaultTopics(this.db, unit.id);
    return this.db
      .transaction()
      .execute(async (tx) => {
        const topics = await repo.listTopicSettings(tx, unit.id);
        if (topics.some((t) => t.code === code || topicCode(t.name) === code)) throw sameName(name);
        const position = topics.reduce((max, t) => Math.max(max, t.position + 1), 0);
        const id = await repo.insertTopic(tx, unit.id, { name, code, position });
        return toSetting({ id, name, code, position, active: true, feedback_count: 0 });
      })
      .catch(conflictOn(name))
      .finally(() => this.rules.invalidate());
  }

  async update(unit: ConsoleUnit, id: number, body: UpdateTopicBodyT): Promise<TopicSettingT> {
    const conflict = conflictOn(body.name ?? '');
    return this.db.transaction().execute(async (tx) => {
      const topics = await repo.listTopicSettings(tx, unit.id);
      const topic = topics.find((t) => t.id === id);
      if (!topic) throw topicNotFound();
      const name = body.name === undefined ? undefined : cleanName(body.name);
      if (name !== undefined && name !== topic.name) {
        const key = topicCode(name);
        if (topics.some((t) => t.id !== id && (t.code === key || topicCode(t.name) === key))) throw sameName(name);
      }
      if (name !== undefined || body.active !== undefined) await repo.updateTopic(tx, unit.id, id, { name, active: body.active });
      if (body.position !== undefined) {
        const order = topics.filter((t) => t.id !== id);
        order.splice(Math.min(body.position, order.length), 0, topic);
        for (const [position, t] of order.entries()) {
          if (t.position !== position) await repo.setTopicPosition(tx, unit.id, t.id, position);
        }
      }
      const updated = (await this.withUsage(tx, unit.id)).find((t) => t.id === id)!;
      return toSetting(updated);
    }).catch(conflict).finally(() => this.rules.invalidate());
  }

  /** Deletes a topic no PAKN uses; one in use answers 409 and should be deactivated instead. */
  async remove(unit: ConsoleUnit, id: number): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const topic = (await this.withUsage(tx, unit.id)).find((t) => t.id === id);
      if (!topic) throw topicNotFound();
      if (Number(topic.feedback_count) > 0) {
        throw new ConflictError('CONFLICT', `Chủ đề "${topic.name}" đã có ${topic.feedback_count} phản ánh, kiến nghị nên không thể xóa. Hãy tắt chủ đề để người dân không chọn được nữa.`);
      }
      await repo.deleteTopic(tx, unit.id, id);
    }).catch((error: unknown) => {
      // A PAKN filed under it in the meantime (foreign key): still in use.
      if ((error as { code?: string }).code === '23503') throw new ConflictError('CONFLICT', 'Chủ đề vừa có phản ánh mới nên không thể xóa. Hãy tắt chủ đề.');
      throw error;
    }).finally(() => this.rules.invalidate());
  }
}

/** Two officers adding the same name at once: the unique constraint decides, the loser gets the 409. */
function conflictOn(name: string) {
  return (error: unknown): never => {
    const constraint = uniqueViolation(error);
    if (constraint === 'feedback_topics_unit_name_key' || constraint === 'feedback_topics_unit_code_key') throw sameName(cleanText(name));
    throw error;
  };
}

function cleanName(raw: string): string {
  const name = cleanText(raw).replace(/\s+/g, ' ');
  if (name.length < 2 || topicCode(name) === '') {
    throw new InvalidInputError('VALIDATION_FAILED', 'Tên chủ đề cần ít nhất 2 ký tự và có chữ hoặc số.');
  }
  return name;
}

function toSetting(row: TopicRow): TopicSettingT {
  return { id: row.id, name: row.name, code: row.code, position: row.position, active: row.active, feedbackCount: Number(row.feedback_count ?? 0) };
}
